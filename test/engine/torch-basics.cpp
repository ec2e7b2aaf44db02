// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
#include <torch/torch.h>
using namespace torch::indexing;

// CHECK-LABEL: function 'views'
void views(torch::Tensor t, torch::Tensor idx) {
  auto s = t.slice(0, 0, 2);
  // CHECK: 7:3 create s {t: view must by at::Tensor::slice at 7:12}
  auto c = t.clone();
  // CHECK: 9:3 create c {c: same must; copy-of t must by at::Tensor::clone at 9:12}
  auto a = t.index({idx});
  // CHECK: 11:3 create a {a: same must; copy-of t must by at::Tensor::index at 11:12 advanced-index}
  auto b = t.index({Slice(0, 2), 1});
  // CHECK: 13:3 create b {t: view must by at::Tensor::index at 13:12}
  auto r = t.reshape({-1});
  // CHECK: 15:3 create r {t: maybe-view must by at::Tensor::reshape at 15:12}
  torch::Tensor h = t;
  // CHECK: 17:3 create h {t: same must}
  s.mul_(2);
  // CHECK: 19:3 write s method at::Tensor::mul_ {t: view must by at::Tensor::slice at 7:12}
  h += 1;
  // CHECK: 21:3 write h compound += {t: same must}
  s = c;
  // CHECK: 23:3 rebind s {c: same must; copy-of t must by at::Tensor::clone at 9:12}
  t.index({idx}) = 0;
  // CHECK: 25:3 write <temporary> assign operator= result-discarded {copy-of t must by at::Tensor::index at 25:3 advanced-index}
}

// Both arms of a branch: the view is a may-fact after the join.
// CHECK-LABEL: function 'branches'
void branches(torch::Tensor t, bool flag) {
  torch::Tensor v = t.clone();
  if (flag)
    v = t.select(0, 0);
  v.zero_();
  // CHECK: 35:3 write v method at::Tensor::zero_ {t: view may by at::Tensor::select at 34:9; v: same may; copy-of t may by at::Tensor::clone at 32:21}
}

// A loop whose second iteration changes the facts: `cur` becomes a view of
// `t` only through the back edge.
// CHECK-LABEL: function 'loop'
void loop(torch::Tensor t, int n) {
  torch::Tensor cur = torch::zeros({4});
  for (int i = 0; i < n; ++i) {
    cur.add_(1);
    // CHECK: 45:5 write cur method at::Tensor::add_ {cur: same may; t: view may by at::Tensor::narrow at 47:11}
    cur = t.narrow(0, 0, 4);
  }
}

// Same-TU helpers: one returns a view of its parameter, one writes it.
torch::Tensor firstRow(torch::Tensor x) { return x.select(0, 0); }
void bump(torch::Tensor &x) { x.add_(1); }
// CHECK-LABEL: function 'helpers'
void helpers(torch::Tensor t) {
  auto row = firstRow(t);
  // CHECK: 56:3 create row {t: view must by firstRow at 56:14}
  bump(row);
  // CHECK: 58:3 write row callee bump {t: view must by firstRow at 56:14}
}
