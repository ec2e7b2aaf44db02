// RUN: %aliaslint --dump-provenance %s -- %torch_flags | FileCheck %s
// The real libtorch 1.13 headers (one parse, ~8 s) give the same facts as
// the mocks (torch-basics.cpp, torch-index.cpp, torch-flow.cpp).
#include <torch/torch.h>
using namespace torch::indexing;

// CHECK-LABEL: function 'facts'
void facts(torch::Tensor t, const torch::Tensor &ct, torch::Tensor idx, torch::Tensor u) {
  auto s = t.slice(0, 0, 2);
  // CHECK: [[#S:@LINE-1]]:3 create s {t: view must by at::Tensor::slice at [[#@LINE-1]]:12}
  auto r0 = t[0];
  // CHECK: [[#@LINE-1]]:3 create r0 {t: view must by at::Tensor::operator[] at [[#@LINE-1]]:13}
  auto c = t.clone();
  // CHECK: [[#C:@LINE-1]]:3 create c {c: same must; copy-of t must by at::Tensor::clone at [[#@LINE-1]]:12}
  auto a = t.index({idx});
  // CHECK: [[#@LINE-1]]:3 create a {a: same must; copy-of t must by at::Tensor::index at [[#@LINE-1]]:12 advanced-index}
  auto m = t.index({t > 0});
  // CHECK: [[#@LINE-1]]:3 create m {m: same must; copy-of t must by at::Tensor::index at [[#@LINE-1]]:12 advanced-index}
  auto b = t.index({Slice(0, 2), 1, None, "..."});
  // CHECK: [[#@LINE-1]]:3 create b {t: view must by at::Tensor::index at [[#@LINE-1]]:12}
  auto bo = t.index({true});
  // CHECK: [[#@LINE-1]]:3 create bo {bo: same must; copy-of t must by at::Tensor::index at [[#@LINE-1]]:13 advanced-index}
  auto rs = t.reshape({-1});
  // CHECK: [[#@LINE-1]]:3 create rs {t: maybe-view must by at::Tensor::reshape at [[#@LINE-1]]:13}
  auto d = t.detach();
  // CHECK: [[#@LINE-1]]:3 create d {t: view must by at::Tensor::detach at [[#@LINE-1]]:12}
  auto is = t.index_select(0, idx);
  // CHECK: [[#@LINE-1]]:3 create is {is: same must; copy-of t must by at::Tensor::index_select at [[#@LINE-1]]:13}
  torch::Tensor h = t;
  // CHECK: [[#@LINE-1]]:3 create h {t: same must}
  s.mul_(2);
  // CHECK: [[#@LINE-1]]:3 write s method at::Tensor::mul_ {t: view must by at::Tensor::slice at [[#S]]:12}
  h += 1;
  // CHECK: [[#@LINE-1]]:3 write h compound += {t: same must}
  s = c;
  // CHECK: [[#@LINE-1]]:3 rebind s {c: same must; copy-of t must by at::Tensor::clone at [[#C]]:12}
  t.index({idx}) = 0;
  // CHECK: [[#@LINE-1]]:3 write <temporary> assign operator= result-discarded {copy-of t must by at::Tensor::index at [[#@LINE-1]]:3 advanced-index}
  t.index({Slice(0, 2)}) = 0;
  // CHECK: [[#@LINE-1]]:3 write <temporary> assign operator= result-discarded {t: view must by at::Tensor::index at [[#@LINE-1]]:3}
  t.slice(0, 0, 1) = u;
  // CHECK: [[#@LINE-1]]:3 write <temporary> assign operator= result-discarded {t: view must by at::Tensor::slice at [[#@LINE-1]]:3}
  ct.select(0, 0).fill_(2);
  // CHECK: [[#@LINE-1]]:3 write <temporary> method at::Tensor::fill_ result-discarded {ct: view must by at::Tensor::select at [[#@LINE-1]]:3}
  t.index_put_({idx}, u);
  // CHECK: [[#@LINE-1]]:3 write t method at::Tensor::index_put_ {t: same must}
  t.t_();
  // CHECK-NOT: write t method at::Tensor::t_
}
