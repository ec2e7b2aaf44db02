// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
// xtensor: facts carried through references, auto, parameters, branches,
// loops and same-TU helpers.
#include <xtensor/xarray.hpp>
#include <xtensor/xtensor.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xeval.hpp>

using arr = xt::xarray<double>;

// CHECK-LABEL: function 'references'
void references(arr &a, const arr &c) {
  arr &alias = a;
  // CHECK: [[@LINE-1]]:3 create alias {a: same must}
  auto &&fwd = alias;
  // CHECK: [[@LINE-1]]:3 create fwd {a: same must}
  auto v = xt::view(fwd, 0);
  // CHECK: [[@LINE-1]]:3 create v {a: view must by xt::view at [[@LINE-1]]:12 borrows}
  auto &vr = v;
  // CHECK: [[@LINE-1]]:3 create vr {a: view must by xt::view at [[@LINE-3]]:12 borrows}
  vr.fill(1.0);
  // CHECK: [[@LINE-1]]:3 write vr method xt::xview::fill {a: view must by xt::view at [[@LINE-5]]:12 borrows}
  const auto &cv = xt::view(c, 1);
  // CHECK: [[@LINE-1]]:3 create cv {c: view must by xt::view at [[@LINE-1]]:20 borrows}
}

// CHECK-LABEL: function 'autoChains'
void autoChains(arr &a) {
  auto top = xt::view(a, xt::range(0, 3));
  auto again = top;
  // CHECK: [[@LINE-2]]:3 create top {a: view must by xt::view at [[@LINE-2]]:14 borrows}
  // CHECK: [[@LINE-2]]:3 create again {a: view must by xt::view at [[@LINE-3]]:14 borrows}
  auto part = xt::view(top, xt::all(), 0);
  // CHECK: [[@LINE-1]]:3 create part {a: view must by xt::view at [[@LINE-1]]:15 borrows}
  arr snap = part;
  // CHECK: [[@LINE-1]]:3 create snap {snap: same must; copy-of a must by xt::xarray_container at [[@LINE-1]]:14}
  part(1) = 2.0;
  // CHECK: [[@LINE-1]]:3 write <temporary> element result-discarded {a: view must by xt::view at [[@LINE-5]]:15 borrows; element}
}

// A copy on one arm only is a may-fact after the join.
// CHECK-LABEL: function 'branches'
void branches(arr &a, arr &b, bool flag) {
  arr own = a;
  if (flag)
    own = xt::view(b, 0);
  own.fill(0.0);
  // CHECK: [[@LINE-4]]:3 create own {own: same must; copy-of a must by xt::xarray_container at [[@LINE-4]]:13}
  // CHECK: [[@LINE-3]]:5 write own assign operator= {own: same must; copy-of a must by xt::xarray_container at [[@LINE-5]]:13}
  // CHECK: [[@LINE-3]]:3 write own method xt::xcontainer::fill {own: same must; copy-of a may by xt::xarray_container at [[@LINE-6]]:13; copy-of b may by operator= at [[@LINE-4]]:11}
}

// CHECK-LABEL: function 'branchesCopy'
void branchesCopy(arr &a, arr &b, bool flag) {
  arr w;
  if (flag)
    w = xt::view(a, 0);
  else
    w = xt::view(b, 0);
  w.fill(0.0);
  // CHECK: [[@LINE-6]]:3 create w {w: same must}
  // CHECK: [[@LINE-5]]:5 write w assign operator= {w: same must}
  // CHECK: [[@LINE-4]]:5 write w assign operator= {w: same must}
  // CHECK: [[@LINE-4]]:3 write w method xt::xcontainer::fill {w: same must; copy-of a may by operator= at [[@LINE-7]]:9; copy-of b may by operator= at [[@LINE-5]]:9}
}

// The copy of the second iteration only exists through the back edge.
// CHECK-LABEL: function 'loop'
void loop(arr &a, arr &b, int n) {
  arr acc = xt::view(a, 0);
  for (int i = 0; i < n; ++i) {
    acc *= 0.5;
    // CHECK: [[@LINE-3]]:3 create acc {acc: same must; copy-of a must by xt::xarray_container at [[@LINE-3]]:13}
    // CHECK: [[@LINE-2]]:5 write acc compound *= {acc: same must; copy-of a may by xt::xarray_container at [[@LINE-4]]:13; copy-of b may by operator= at [[@LINE+1]]:11}
    acc = xt::view(b, i);
  }
}

// Same-TU helpers: one returns a view of its parameter, one writes its
// reference parameter; a by-value container parameter is the callee's own.
auto firstRow(arr &x) { return xt::view(x, 0, xt::all()); }
void zeroOut(arr &x) { x.fill(0.0); }
void zeroCopy(arr x) { x.fill(0.0); }
// CHECK-LABEL: function 'helpers'
void helpers(arr &a, arr &b) {
  auto r = firstRow(a);
  // CHECK: [[@LINE-1]]:3 create r {a: view must by firstRow at [[@LINE-1]]:12 borrows}
  zeroOut(b);
  // CHECK: [[@LINE-1]]:3 write b callee zeroOut {b: same must}
  zeroCopy(a);
  // CHECK-NOT: callee zeroCopy
  arr c = b;
  zeroOut(c);
  // CHECK: [[@LINE-2]]:3 create c {c: same must; copy-of b must by xt::xarray_container at [[@LINE-2]]:11}
  // CHECK: [[@LINE-2]]:3 write c callee zeroOut {c: same must; copy-of b must by xt::xarray_container at [[@LINE-3]]:11}
}

struct Layer {
  xt::xtensor<double, 2> w;
  // CHECK-LABEL: function 'Layer::reset'
  void reset() {
    auto w0 = xt::view(w, 0, xt::all());
    // CHECK: [[@LINE-1]]:5 create w0 {w: view must by xt::view at [[@LINE-1]]:15 borrows}
    w0.fill(0.0);
    // CHECK: [[@LINE-1]]:5 write w0 method xt::xview::fill {w: view must by xt::view at [[@LINE-3]]:15 borrows}
  }
};
