// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
// libtorch views, maybe-views, copies and index classification.
#include <torch/torch.h>
using namespace torch::indexing;

// Views: schema `Tensor(a) self -> Tensor(a)`.
// CHECK-LABEL: function 'views'
void views(torch::Tensor t) {
  auto r0 = t[0];
  // CHECK: [[#@LINE-1]]:3 create r0 {t: view must by at::Tensor::operator[] at [[#@LINE-1]]:13}
  auto n = t.narrow(0, 1, 2);
  // CHECK: [[#@LINE-1]]:3 create n {t: view must by at::Tensor::narrow at [[#@LINE-1]]:12}
  auto tr = t.t();
  // CHECK: [[#@LINE-1]]:3 create tr {t: view must by at::Tensor::t at [[#@LINE-1]]:13}
  auto p = t.permute({1, 0});
  // CHECK: [[#@LINE-1]]:3 create p {t: view must by at::Tensor::permute at [[#@LINE-1]]:12}
  auto v = t.view({-1});
  // CHECK: [[#@LINE-1]]:3 create v {t: view must by at::Tensor::view at [[#@LINE-1]]:12}
  auto d = t.detach();
  // CHECK: [[#@LINE-1]]:3 create d {t: view must by at::Tensor::detach at [[#@LINE-1]]:12}
  auto dg = t.diagonal();
  // CHECK: [[#@LINE-1]]:3 create dg {t: view must by at::Tensor::diagonal at [[#@LINE-1]]:13}
  auto sv = t.select(0, 0).unsqueeze(0);
  // CHECK: [[#@LINE-1]]:3 create sv {t: view must by at::Tensor::unsqueeze at [[#@LINE-1]]:13}
}

// Maybe-views: a view or a copy depending on layout at run time.
// CHECK-LABEL: function 'maybeViews'
void maybeViews(torch::Tensor t) {
  auto c = t.contiguous();
  // CHECK: [[#@LINE-1]]:3 create c {t: maybe-view must by at::Tensor::contiguous at [[#@LINE-1]]:12}
  auto f = t.flatten();
  // CHECK: [[#@LINE-1]]:3 create f {t: maybe-view must by at::Tensor::flatten at [[#@LINE-1]]:12}
  auto k = t.to(torch::kFloat);
  // CHECK: [[#@LINE-1]]:3 create k {t: maybe-view must by at::Tensor::to at [[#@LINE-1]]:12}
  auto sr = t.slice(0, 0, 2).reshape({-1});
  // CHECK: [[#@LINE-1]]:3 create sr {t: maybe-view must by at::Tensor::reshape at [[#@LINE-1]]:13}
}

// Copies: clone, index_select, masked_select, flip, arithmetic.
// CHECK-LABEL: function 'copies'
void copies(torch::Tensor t, torch::Tensor idx, torch::Tensor u) {
  auto is = t.index_select(0, idx);
  // CHECK: [[#@LINE-1]]:3 create is {is: same must; copy-of t must by at::Tensor::index_select at [[#@LINE-1]]:13}
  auto ms = t.masked_select(t > 0);
  // CHECK: [[#@LINE-1]]:3 create ms {ms: same must; copy-of t must by at::Tensor::masked_select at [[#@LINE-1]]:13}
  auto fp = t.flip({0});
  // CHECK: [[#@LINE-1]]:3 create fp {fp: same must; copy-of t must by at::Tensor::flip at [[#@LINE-1]]:13}
  auto sc = t.select(0, 1).clone();
  // CHECK: [[#@LINE-1]]:3 create sc {sc: same must; copy-of t must by at::Tensor::clone at [[#@LINE-1]]:13}
  auto sum = t + u;
  // CHECK: [[#@LINE-1]]:3 create sum {sum: same must}
  auto z = torch::zeros({2});
  // CHECK: [[#@LINE-1]]:3 create z {z: same must}
}

// index(): basic entries give a view, one tensor or bool entry a copy.
// CHECK-LABEL: function 'indexing'
void indexing(torch::Tensor t, torch::Tensor idx, int64_t i) {
  auto e = t.index({"..."});
  // CHECK: [[#@LINE-1]]:3 create e {t: view must by at::Tensor::index at [[#@LINE-1]]:12}
  auto b = t.index({i, Slice(), None, Ellipsis});
  // CHECK: [[#@LINE-1]]:3 create b {t: view must by at::Tensor::index at [[#@LINE-1]]:12}
  auto m = t.index({t > 0});
  // CHECK: [[#@LINE-1]]:3 create m {m: same must; copy-of t must by at::Tensor::index at [[#@LINE-1]]:12 advanced-index}
  auto mixed = t.index({Slice(), idx});
  // CHECK: [[#@LINE-1]]:3 create mixed {mixed: same must; copy-of t must by at::Tensor::index at [[#@LINE-1]]:16 advanced-index}
  auto bo = t.index({false});
  // CHECK: [[#@LINE-1]]:3 create bo {bo: same must; copy-of t must by at::Tensor::index at [[#@LINE-1]]:13 advanced-index}
  auto am = t.index({t.argmax()});
  // CHECK: [[#@LINE-1]]:3 create am {t: view must by at::Tensor::index at [[#@LINE-1]]:13}
  auto one = t.index({torch::tensor(1)});
  // CHECK: [[#@LINE-1]]:3 create one {t: view must by at::Tensor::index at [[#@LINE-1]]:14}
  auto rows = t.index({t.argmax(0)});
  // CHECK: [[#@LINE-1]]:3 create rows {rows: same must; copy-of t must by at::Tensor::index at [[#@LINE-1]]:15 advanced-index}
}

// Assignment: an rvalue Tensor is written (copy_/fill_), an lvalue rebound.
// CHECK-LABEL: function 'assignments'
void assignments(torch::Tensor t, torch::Tensor u, torch::Tensor idx) {
  t.slice(0, 0, 1) = u;
  // CHECK: [[#@LINE-1]]:3 write <temporary> assign operator= result-discarded {t: view must by at::Tensor::slice at [[#@LINE-1]]:3}
  t[0] = 1;
  // CHECK: [[#@LINE-1]]:3 write <temporary> assign operator= result-discarded {t: view must by at::Tensor::operator[] at [[#@LINE-1]]:3}
  t.index({0}) = u;
  // CHECK: [[#@LINE-1]]:3 write <temporary> assign operator= result-discarded {t: view must by at::Tensor::index at [[#@LINE-1]]:3}
  t.index({idx}) += 1;
  // CHECK: [[#@LINE-1]]:3 write <temporary> compound += result-discarded {copy-of t must by at::Tensor::index at [[#@LINE-1]]:3 advanced-index}
  t.index({idx}).fill_(0);
  // CHECK: [[#@LINE-1]]:3 write <temporary> method at::Tensor::fill_ result-discarded {copy-of t must by at::Tensor::index at [[#@LINE-1]]:3 advanced-index}
  auto n = t.narrow(0, 0, 2);
  n = u;
  // CHECK: [[#@LINE-1]]:3 rebind n {u: same must}
  n.copy_(t);
  // CHECK: [[#@LINE-1]]:3 write n method at::Tensor::copy_ {u: same must}
  t.index_put_({idx}, u);
  // CHECK: [[#@LINE-1]]:3 write t method at::Tensor::index_put_ {t: same must}
}

// In-place ops (`*_`) write; metadata-only ones (t_) do not. `const
// Tensor&` is shallow.
// CHECK-LABEL: function 'inPlace'
void inPlace(torch::Tensor t, const torch::Tensor &ct) {
  t.t_();
  // CHECK-NOT: write t method at::Tensor::t_
  ct.add_(1);
  // CHECK: [[#@LINE-1]]:3 write ct method at::Tensor::add_ {ct: same must}
  ct.select(0, 0).clamp_(0.0, 1.0);
  // CHECK: [[#@LINE-1]]:3 write <temporary> method at::Tensor::clamp_ result-discarded {ct: view must by at::Tensor::select at [[#@LINE-1]]:3}
  auto y = t.relu_();
  // CHECK: [[#@LINE-1]]:3 create y {t: same must}
  // CHECK: [[#@LINE-2]]:12 write t method at::Tensor::relu_ {t: same must}
  t.masked_fill_(t < 0, 0);
  // CHECK: [[#@LINE-1]]:3 write t method at::Tensor::masked_fill_ {t: same must}
  t.data_ptr<float>()[0] = 1;
  // CHECK: [[#@LINE-1]]:3 write <temporary> element result-discarded {t: same must; element}
  t.select(0, 1).data_ptr<float>()[2] += 1;
  // CHECK: [[#@LINE-1]]:3 write <temporary> element += result-discarded {t: view must by at::Tensor::select at [[#@LINE-1]]:3; element}
}

// Shape queries read no elements; grad() is another tensor.
// CHECK-LABEL: function 'metadataAndGrad'
int64_t metadataAndGrad(torch::Tensor t) {
  int64_t n = t.size(0) + t.numel() + t.dim();
  // CHECK: [[#@LINE-1]]:15 read t metadata {t: same must}
  // CHECK: [[#@LINE-2]]:27 read t metadata {t: same must}
  // CHECK: [[#@LINE-3]]:39 read t metadata {t: same must}
  auto g = t.grad();
  // CHECK: [[#@LINE-1]]:3 create g {g: same must}
  return n;
}
