// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
// libtorch facts through handles, helpers, loops and lambdas.
#include <torch/torch.h>

#include <vector>

using torch::indexing::Slice;

// Same-TU helpers: by-value Tensor parameters share the caller's storage,
// so a helper writing one writes the argument.
static void scaleInPlace(torch::Tensor x, double s) { x.mul_(s); }
static torch::Tensor head(const torch::Tensor &x) { return x.index({Slice(0, 2)}); }
static torch::Tensor identity(torch::Tensor x) { return x; }
static torch::Tensor fresh(const torch::Tensor &x) { return x.clone(); }
// CHECK-LABEL: function 'helpers'
void helpers(torch::Tensor t) {
  auto h = head(t);
  // CHECK: [[#H:@LINE-1]]:3 create h {t: view must by head at [[#@LINE-1]]:12}
  scaleInPlace(h, 2.0);
  // CHECK: [[#@LINE-1]]:3 write h callee scaleInPlace {t: view must by head at [[#H]]:12}
  auto same = identity(t);
  // CHECK: [[#@LINE-1]]:3 create same {t: same must}
  auto f = fresh(t);
  // CHECK: [[#@LINE-1]]:3 create f {f: same must}
  scaleInPlace(t.slice(0, 0, 1), 0.5);
  // CHECK: [[#@LINE-1]]:3 write <temporary> callee scaleInPlace result-discarded {t: view must by at::Tensor::slice at [[#@LINE-1]]:16}
}

// Elements of a std::vector<Tensor> are roots of their own; a handle copy
// of one shares it.
// CHECK-LABEL: function 'vectors'
void vectors(std::vector<torch::Tensor> &params) {
  for (auto &p : params) {
    torch::Tensor g = p;
    // CHECK: [[#@LINE-1]]:5 create g {p: same must}
    g.zero_();
    // CHECK: [[#@LINE-1]]:5 write g method at::Tensor::zero_ {p: same must}
  }
}

// A rebinding in one branch: must-facts become may-facts at the join; a
// rebinding on every path keeps them must.
// CHECK-LABEL: function 'branches'
void branches(torch::Tensor t, torch::Tensor u, bool f) {
  torch::Tensor v = t.select(0, 0);
  if (f)
    v = u;
  v.add_(1);
  // CHECK: [[#@LINE-1]]:3 write v method at::Tensor::add_ {t: view may by at::Tensor::select at [[#@LINE-4]]:21; u: same may}
  if (f)
    v = t.clone();
  else
    v = u.clone();
  v.sub_(1);
  // CHECK: [[#@LINE-1]]:3 write v method at::Tensor::sub_ {v: same must; copy-of t may by at::Tensor::clone at [[#@LINE-4]]:9; copy-of u may by at::Tensor::clone at [[#@LINE-2]]:9}
}

// The conditional operator joins its arms like a branch.
// CHECK-LABEL: function 'conditional'
void conditional(torch::Tensor t, torch::Tensor u, bool f) {
  torch::Tensor w = f ? t.clone() : t.select(0, 0);
  // CHECK: [[#@LINE-1]]:3 create w {t: view may by at::Tensor::select at [[#@LINE-1]]:37; copy-of t may by at::Tensor::clone at [[#@LINE-1]]:25}
  (f ? t : u).add_(1);
  // CHECK: [[#@LINE-1]]:3 write <temporary> method at::Tensor::add_ result-discarded {t: same may; u: same may}
}

// A lambda capturing a tensor reads it.
// CHECK-LABEL: function 'lambdas'
void lambdas(torch::Tensor t) {
  auto view = t.narrow(0, 0, 1);
  view.zero_();
  auto total = [&t] { return t.sum(); };
  // CHECK: [[#@LINE-1]]:16 read t {t: same must}
  total();
}
