// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
// RUN: %aliaslint --dump-provenance %s -- %xtensor_flags | FileCheck %s
//
// What xtensor events carry beside the target's facts, on the mock and the
// real xtensor 0.24 headers (same output): a write's source (`assigns` for
// `=` and fill, `from` for `+=`), the facts of the variable a temporary comes
// from (`via`), and escapes. As in Eigen, assignment writes elements: a
// named view assigned is a write, never a rebind, and a container stored in
// a field is a copy, not an escape.
// (A named view returned by value: eigen-events-todo.cpp, which has the
// xtensor case too.)
#include <xtensor/xarray.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xmanipulation.hpp>
#include <xtensor/xnoalias.hpp>

// A transposed operand assigned into a view (safe with `=`: xtensor
// evaluates into a temporary), the same under noalias (wrong: no
// temporary; the target is then a view of a by noalias), and a lazy
// expression into a container.
// CHECK-LABEL: function 'assignSource'
void assignSource(xt::xarray<double> &a, const xt::xarray<double> &b,
                  const xt::xarray<double> &c, xt::xarray<double> &d) {
  xt::view(a, 0, xt::all()) = xt::transpose(b);
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {a: view must by xt::view at [[@LINE-1]]:3 borrows} assigns {b: view must by xt::transpose at [[@LINE-1]]:31 borrows} via a {a: same must} access-to {a: block at [[@LINE-1]]:3} access-from {b: transposed}{{$}}
  xt::noalias(a) = xt::transpose(a);
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {a: view must by xt::noalias at [[@LINE-1]]:3 borrows} assigns {a: view must by xt::transpose at [[@LINE-1]]:20 borrows} via a {a: same must} access-to {a: direct} access-from {a: transposed}{{$}}
  d = b + c;
  // CHECK: [[@LINE-1]]:3 write d assign operator= {d: same must} assigns {b: lazy must by xt::operator+ at [[@LINE-1]]:7 borrows; c: lazy must by xt::operator+ at [[@LINE-1]]:7 borrows}{{$}}
  // A scalar broadcast has no facts.
  xt::view(a, 1) = 3.0;
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {a: view must by xt::view at [[@LINE-1]]:3 borrows} via a {a: same must} access-to {a: block at [[@LINE-1]]:3}{{$}}
}

// Compound assignments: the operand is `from`.
// CHECK-LABEL: function 'compoundSource'
void compoundSource(xt::xarray<double> &a, const xt::xarray<double> &b) {
  auto row = xt::view(a, 1, xt::all());
  // CHECK: [[#CR:@LINE-1]]:3 create row {a: view must by xt::view at [[#@LINE-1]]:14 borrows}{{$}}
  a += b;
  // CHECK: [[@LINE-1]]:3 write a compound += {a: same must} from {b: same must}{{$}}
  row += xt::view(a, 0, xt::all());
  // CHECK: [[@LINE-1]]:3 write row compound += {a: view must by xt::view at [[#CR]]:14 borrows} from {a: view must by xt::view at [[@LINE-1]]:10 borrows} access-to {a: block at [[#CR]]:14} access-from {a: block at [[@LINE-1]]:10}{{$}}
}

// fill is `assigns: 0` (on containers and views): an element's facts are
// the source; a literal has none.
// CHECK-LABEL: function 'assignsMethods'
void assignsMethods(xt::xarray<double> &a) {
  auto row = xt::view(a, 1, xt::all());
  // CHECK: [[#MR:@LINE-1]]:3 create row {a: view must by xt::view at [[#@LINE-1]]:14 borrows}{{$}}
  a.fill(a(0, 0));
  // CHECK: [[@LINE-1]]:3 write a method xt::xcontainer::fill {a: same must} assigns {a: same must; element}{{$}}
  row.fill(1.0);
  // CHECK: [[@LINE-1]]:3 write row method xt::xview::fill {a: view must by xt::view at [[#MR]]:14 borrows}{{$}}
  xt::view(a, 0).fill(a(1, 1));
  // CHECK: [[@LINE-1]]:3 write <temporary> method xt::xview::fill result-discarded {a: view must by xt::view at [[@LINE-1]]:3 borrows} assigns {a: same must; element} via a {a: same must}{{$}}
}

// A view assigned writes the viewed elements: no rebind.
// CHECK-LABEL: function 'noRebind'
void noRebind(xt::xarray<double> &a) {
  auto row = xt::view(a, 0, xt::all());
  // CHECK: [[#NR:@LINE-1]]:3 create row {a: view must by xt::view at [[#@LINE-1]]:14 borrows}{{$}}
  row = xt::view(a, 1, xt::all());
  // CHECK-NOT: rebind
  // CHECK: [[@LINE-2]]:3 write row assign operator= {a: view must by xt::view at [[#NR]]:14 borrows} assigns {a: view must by xt::view at [[@LINE-2]]:9 borrows} access-to {a: block at [[#NR]]:14} access-from {a: block at [[@LINE-2]]:9}{{$}}
  // CHECK-NOT: rebind
}

// `via`: the named variable's own facts, through a named view too.
// CHECK-LABEL: function 'via'
void via(xt::xarray<double> &a) {
  auto v = xt::view(a, xt::range(0, 2));
  // CHECK: [[#VV:@LINE-1]]:3 create v {a: view must by xt::view at [[#@LINE-1]]:12 borrows}{{$}}
  xt::view(v, 0) = 3.0;
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {a: view must by xt::view at [[@LINE-1]]:3 borrows} via v {a: view must by xt::view at [[#VV]]:12 borrows} access-to {a: block at [[@LINE-1]]:3}{{$}}
}

// Escapes: a view returned, a view captured by reference. A container
// assigned to a field is copied into it: a write, no escape.
// CHECK-LABEL: function 'returnView'
auto returnView(xt::xarray<double> &a) {
  return xt::view(a, 0);
  // CHECK: [[@LINE-1]]:3 escape <temporary> returned {a: view must by xt::view at [[@LINE-1]]:10 borrows} via a {a: same must}{{$}}
}

struct Holder {
  xt::xarray<double> prev_;
  // CHECK-LABEL: function 'Holder::keep'
  void keep(const xt::xarray<double> &cur) {
    this->prev_ = cur;
    // CHECK-NOT: escape
    // CHECK: [[@LINE-2]]:5 write prev_ assign operator= {prev_: same must} assigns {cur: same must}{{$}}
    // CHECK-NOT: escape
  }
};

// CHECK-LABEL: function 'captured'
void captured(xt::xarray<double> &a) {
  auto v = xt::view(a, 0);
  auto f = [&] { v.fill(0.0); };
  // CHECK: [[@LINE-1]]:12 escape v captured {a: view must by xt::view at [[@LINE-2]]:12 borrows}{{$}}
  f();
}

// Passed to code neither modelled nor summarised.
template <class E> void keep(const E &e);
// CHECK-LABEL: function 'handOff'
void handOff(xt::xarray<double> &a) {
  auto v = xt::view(a, 0);
  keep(v);
  // CHECK: [[@LINE-1]]:3 escape v passed {a: view must by xt::view at [[@LINE-2]]:12 borrows}
}
