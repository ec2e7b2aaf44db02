// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
// RUN: %aliaslint --dump-provenance %s -- %torch_flags | FileCheck %s
//
// What libtorch events carry beside the target's facts, on the mock and the
// real libtorch 1.13 headers (same output): a write's source (`assigns` for
// `=`, `copy_`, `fill_`; `from` for `+=`), a rebind's `was`, the facts of
// the variable a temporary comes from (`via`), and escapes.
#include <torch/torch.h>
using namespace torch::indexing;

// An rvalue Tensor assigned writes through it (`operator=(...) &&` calls
// copy_): the source is the right-hand side's value, a view of t for the
// self-overlapping `t[0] = t[1]` and a clone for `= c`. An advanced index
// is a copy, whatever the source (lost-write's case).
// CHECK-LABEL: function 'assignSource'
void assignSource(torch::Tensor t, torch::Tensor u, torch::Tensor idx) {
  auto s = t.slice(0, 0, 2);
  // CHECK: [[#AS:@LINE-1]]:3 create s {t: view must by at::Tensor::slice at [[#@LINE-1]]:12}{{$}}
  auto c = t.clone();
  // CHECK: [[#AC:@LINE-1]]:3 create c {c: same must; copy-of t must by at::Tensor::clone at [[#@LINE-1]]:12}{{$}}
  t.slice(0, 2, 4) = u;
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {t: view must by at::Tensor::slice at [[@LINE-1]]:3} assigns {u: same must} via t {t: same must}{{$}}
  t[0] = t[1];
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {t: view must by at::Tensor::operator[] at [[@LINE-1]]:3} assigns {t: view must by at::Tensor::operator[] at [[@LINE-1]]:10} via t {t: same must}{{$}}
  t.index({Slice(0, 2)}) = c;
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {t: view must by at::Tensor::index at [[@LINE-1]]:3} assigns {c: same must; copy-of t must by at::Tensor::clone at [[#AC]]:12} via t {t: same must}{{$}}
  t.index({idx}) = s;
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {copy-of t must by at::Tensor::index at [[@LINE-1]]:3 advanced-index} assigns {t: view must by at::Tensor::slice at [[#AS]]:12} via t {t: same must}{{$}}
  // A scalar has no facts: no `assigns`.
  t.narrow(0, 0, 1) = 5;
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {t: view must by at::Tensor::narrow at [[@LINE-1]]:3} via t {t: same must}{{$}}
}

// A compound assignment updates the old value: its operand is `from`, not
// `assigns`; on a named view there is no `via`.
// CHECK-LABEL: function 'compoundSource'
void compoundSource(torch::Tensor t) {
  auto s = t.slice(0, 0, 2);
  // CHECK: [[#CS:@LINE-1]]:3 create s {t: view must by at::Tensor::slice at [[#@LINE-1]]:12}{{$}}
  auto c = t.clone();
  // CHECK: [[#CC:@LINE-1]]:3 create c {c: same must; copy-of t must by at::Tensor::clone at [[#@LINE-1]]:12}{{$}}
  s += t;
  // CHECK: [[@LINE-1]]:3 write s compound += {t: view must by at::Tensor::slice at [[#CS]]:12} from {t: same must}{{$}}
  t.slice(0, 1, 3) += s;
  // CHECK: [[@LINE-1]]:3 write <temporary> compound += result-discarded {t: view must by at::Tensor::slice at [[@LINE-1]]:3} from {t: view must by at::Tensor::slice at [[#CS]]:12} via t {t: same must}{{$}}
  s *= c;
  // CHECK: [[@LINE-1]]:3 write s compound *= {t: view must by at::Tensor::slice at [[#CS]]:12} from {c: same must; copy-of t must by at::Tensor::clone at [[#CC]]:12}{{$}}
}

// The model's `assigns: 0`: copy_ and fill_ give every element their
// argument's value; mul_ updates (no source recorded); fill_(0) has none.
// CHECK-LABEL: function 'assignsMethods'
void assignsMethods(torch::Tensor t, torch::Tensor idx) {
  auto s = t.slice(0, 0, 2);
  // CHECK: [[#MS:@LINE-1]]:3 create s {t: view must by at::Tensor::slice at [[#@LINE-1]]:12}{{$}}
  auto c = t.clone();
  // CHECK: [[#MC:@LINE-1]]:3 create c {c: same must; copy-of t must by at::Tensor::clone at [[#@LINE-1]]:12}{{$}}
  s.copy_(c);
  // CHECK: [[@LINE-1]]:3 write s method at::Tensor::copy_ {t: view must by at::Tensor::slice at [[#MS]]:12} assigns {c: same must; copy-of t must by at::Tensor::clone at [[#MC]]:12}{{$}}
  t.select(0, 0).copy_(s);
  // CHECK: [[@LINE-1]]:3 write <temporary> method at::Tensor::copy_ result-discarded {t: view must by at::Tensor::select at [[@LINE-1]]:3} assigns {t: view must by at::Tensor::slice at [[#MS]]:12} via t {t: same must}{{$}}
  s.fill_(0);
  // CHECK: [[@LINE-1]]:3 write s method at::Tensor::fill_ {t: view must by at::Tensor::slice at [[#MS]]:12}{{$}}
  t.index({idx}).fill_(1);
  // CHECK: [[@LINE-1]]:3 write <temporary> method at::Tensor::fill_ result-discarded {copy-of t must by at::Tensor::index at [[@LINE-1]]:3 advanced-index} via t {t: same must}{{$}}
  s.mul_(t);
  // CHECK: [[@LINE-1]]:3 write s method at::Tensor::mul_ {t: view must by at::Tensor::slice at [[#MS]]:12}{{$}}
}

// A named Tensor assigned rebinds (lvalue `operator=(...) &`): `was` is the
// view it was, the main facts what it shares now; `s = s * 2` makes it its
// own storage (a fresh result), and a rebind from it shares that.
// CHECK-LABEL: function 'rebinds'
void rebinds(torch::Tensor t, torch::Tensor u) {
  auto s = t.slice(0, 0, 2);
  s = u;
  // CHECK: [[@LINE-1]]:3 rebind s {u: same must} was {t: view must by at::Tensor::slice at [[@LINE-2]]:12}{{$}}
  s = t.select(0, 1);
  // CHECK: [[@LINE-1]]:3 rebind s {t: view must by at::Tensor::select at [[@LINE-1]]:7} was {u: same must}{{$}}
  s = s * 2;
  // CHECK: [[@LINE-1]]:3 rebind s {s: same must} was {t: view must by at::Tensor::select at [[@LINE-3]]:7}{{$}}
  auto w = t.clone();
  w = s;
  // CHECK: [[@LINE-1]]:3 rebind w {s: same must} was {w: same must; copy-of t must by at::Tensor::clone at [[@LINE-2]]:12}{{$}}
}

// `via`: the facts of the named variable a temporary is derived from. From
// a view, via gives the view's own facts (how `s` came to be a view of t).
// CHECK-LABEL: function 'via'
void via(torch::Tensor t) {
  auto s = t.slice(0, 0, 2);
  s.select(0, 0).zero_();
  // CHECK: [[@LINE-1]]:3 write <temporary> method at::Tensor::zero_ result-discarded {t: view must by at::Tensor::select at [[@LINE-1]]:3} via s {t: view must by at::Tensor::slice at [[@LINE-2]]:12}{{$}}
  t.select(0, 0).zero_();
  // CHECK: [[@LINE-1]]:3 write <temporary> method at::Tensor::zero_ result-discarded {t: view must by at::Tensor::select at [[@LINE-1]]:3} via t {t: same must}{{$}}
}

// Escapes: returned (a named view, a view expression), stored in a field
// (a rebind of the field: `was` is the field's own storage), captured by
// reference; a by-copy capture is only a read.
// CHECK-LABEL: function 'returnView'
torch::Tensor returnView(torch::Tensor t) {
  auto s = t.slice(0, 0, 2);
  return s;
  // CHECK: [[@LINE-1]]:3 escape s returned {t: view must by at::Tensor::slice at [[@LINE-2]]:12}{{$}}
}
// CHECK-LABEL: function 'returnExpr'
torch::Tensor returnExpr(torch::Tensor t) {
  return t.select(0, 0);
  // CHECK: [[@LINE-1]]:3 escape <temporary> returned {t: view must by at::Tensor::select at [[@LINE-1]]:10} via t {t: same must}{{$}}
}

struct Holder {
  torch::Tensor prev_;
  // CHECK-LABEL: function 'Holder::keep'
  void keep(torch::Tensor cur) {
    this->prev_ = cur;
    // CHECK: [[@LINE-1]]:5 rebind prev_ {cur: same must} was {prev_: same must}{{$}}
    // CHECK: [[@LINE-2]]:5 escape cur stored {cur: same must}{{$}}
  }
  // CHECK-LABEL: function 'Holder::keepView'
  void keepView(torch::Tensor cur) {
    prev_ = cur.slice(0, 0, 1);
    // CHECK: [[@LINE-1]]:5 rebind prev_ {cur: view must by at::Tensor::slice at [[@LINE-1]]:13} was {prev_: same must}{{$}}
    // CHECK: [[@LINE-2]]:5 escape <temporary> stored {cur: view must by at::Tensor::slice at [[@LINE-2]]:13} via cur {cur: same must}{{$}}
  }
};

// CHECK-LABEL: function 'captured'
void captured(torch::Tensor t) {
  auto s = t.slice(0, 0, 2);
  auto f = [&] { s.zero_(); };
  // CHECK: [[@LINE-1]]:12 escape s captured {t: view must by at::Tensor::slice at [[@LINE-2]]:12}{{$}}
  auto g = [s] { return s.sum(); };
  // CHECK-NOT: escape s
  // CHECK: [[@LINE-2]]:12 read s {t: view must by at::Tensor::slice at [[@LINE-5]]:12}{{$}}
  f();
  g();
}

// Passed to code neither modelled nor summarised: it may keep the handle.
void keep(torch::Tensor t);
// CHECK-LABEL: function 'handOff'
void handOff(torch::Tensor &t) {
  auto v = t.slice(0, 0, 2);
  keep(v);
  // CHECK: [[@LINE-1]]:3 escape v passed {t: view must by at::Tensor::slice at [[@LINE-2]]:12}
}
