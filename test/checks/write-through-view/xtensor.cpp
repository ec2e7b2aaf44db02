// Every case runs on the mock headers and on the real Debian headers.
// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-write-through-view %t.real -- %xtensor_flags
// The fixed file compiles:
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %xtensor_flags %t.real.cpp
#include <xtensor/xarray.hpp>
#include <xtensor/xtensor.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xstrided_view.hpp>
#include <xtensor/xindex_view.hpp>
#include <xtensor/xmanipulation.hpp>
#include <xtensor/xeval.hpp>
#include <xtensor/xmath.hpp>
#include <vector>

using arr = xt::xarray<double>;

// ---------------------------------------------------------------------------
// Positives: the view is named like a copy and the original is read after the
// write, or the view and the original are used together after the write.
// ---------------------------------------------------------------------------

// P1: keep() selects rows into a view, not a copy (NumPy would copy).
double bumpKept(arr &a) {
  auto backup = xt::view(a, xt::keep(0, 2));
  backup += 1.0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'backup' also modifies 'a': 'backup' is a view of 'a' created by 'xt::view' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'backup' is made a view of 'a' here
  // CHECK-MESSAGES: :[[@LINE+2]]:26: note: 'a' is read here, after the write
  // CHECK-FIXES: auto backup = xt::eval(xt::view(a, xt::keep(0, 2)));
  double total = xt::sum(a)();
  return total - xt::sum(backup)();
}

// A row filled, then the array and the row used together.
arr subtractRow(arr &a) {
  auto r = xt::view(a, 0, xt::all());
  r.fill(0.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'r' also modifies 'a': 'r' is a view of 'a' created by 'xt::view' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 'r' is made a view of 'a' here
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'a' is used together with 'r' here, after the write
  // CHECK-FIXES: auto r = xt::eval(xt::view(a, 0, xt::all()));
  return a - r;
}

// transpose() is a strided view.
double clearTransposed(xt::xtensor<double, 2> &m) {
  auto saved = xt::transpose(m);
  saved.fill(0.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'saved' also modifies 'm': 'saved' is a view of 'm' created by 'xt::transpose' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: 'saved' is made a view of 'm' here
  // CHECK-MESSAGES: :[[@LINE+2]]:22: note: 'm' is read here, after the write
  // CHECK-FIXES: auto saved = xt::eval(xt::transpose(m));
  double s = xt::sum(m)();
  return s + xt::sum(saved)();
}

// drop() is a view too.
double scaleDropped(arr &a) {
  auto rest_copy = xt::view(a, xt::drop(0));
  rest_copy *= 2.0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'rest_copy' also modifies 'a': 'rest_copy' is a view of 'a' created by 'xt::view' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: 'rest_copy' is made a view of 'a' here
  // CHECK-MESSAGES: :[[@LINE+2]]:18: note: 'a' is used together with 'rest_copy' here, after the write
  // CHECK-FIXES: auto rest_copy = xt::eval(xt::view(a, xt::drop(0)));
  return xt::sum(a)() + xt::sum(rest_copy)();
}

// index_view() is a writable view of the selected elements.
double clearPicked(arr &a, const std::vector<std::size_t> &idx) {
  auto orig = xt::index_view(a, idx);
  orig = 0.0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'orig' also modifies 'a': 'orig' is a view of 'a' created by 'xt::index_view' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'orig' is made a view of 'a' here
  // CHECK-MESSAGES: :[[@LINE+2]]:22: note: 'a' is read here, after the write
  // CHECK-FIXES: auto orig = xt::eval(xt::index_view(a, idx));
  double s = xt::sum(a)();
  return s + xt::sum(orig)();
}

// filter() is an index view: writes reach the original.
double zeroNegatives(arr &a) {
  auto old = xt::filter(a, a < 0.0);
  old = 0.0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'old' also modifies 'a': 'old' is a view of 'a' created by 'xt::filter' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: 'old' is made a view of 'a' here
  // CHECK-MESSAGES: :[[@LINE+2]]:19: note: 'a' is used together with 'old' here, after the write
  // CHECK-FIXES: auto old = xt::eval(xt::filter(a, a < 0.0));
  return xt::amax(a)() - xt::amin(old)();
}

// reshape_view() never copies.
double clearFlat(arr &a) {
  auto flat_copy = xt::reshape_view(a, {a.size()});
  flat_copy.fill(1.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'flat_copy' also modifies 'a': 'flat_copy' is a view of 'a' created by 'xt::reshape_view' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: 'flat_copy' is made a view of 'a' here
  // CHECK-MESSAGES: :[[@LINE+2]]:18: note: 'a' is used together with 'flat_copy' here, after the write
  // CHECK-FIXES: auto flat_copy = xt::eval(xt::reshape_view(a, {a.size()}));
  return xt::sum(a)() - xt::sum(flat_copy)();
}

// Assigning an expression to a view writes through it.
double overwriteRow(arr &a, const arr &b) {
  auto prev = xt::view(a, 1, xt::all());
  prev = xt::view(b, 0, xt::all());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'prev' also modifies 'a': 'prev' is a view of 'a' created by 'xt::view' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'prev' is made a view of 'a' here
  // CHECK-MESSAGES: :[[@LINE+2]]:22: note: 'a' is read here, after the write
  // CHECK-FIXES: auto prev = xt::eval(xt::view(a, 1, xt::all()));
  double s = xt::sum(a)();
  return s - xt::sum(prev)();
}

// A strided view, written in a loop, the original read after it.
double decay(arr &a, int n) {
  auto work = xt::strided_view(a, {0, xt::all()});
  for (int i = 0; i < n; ++i)
    work *= 0.5;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write through 'work' also modifies 'a': 'work' is a view of 'a' created by 'xt::strided_view' [aliasing-write-through-view]
    // CHECK-MESSAGES: :[[@LINE-4]]:15: note: 'work' is made a view of 'a' here
    // CHECK-MESSAGES: :[[@LINE+2]]:18: note: 'a' is used together with 'work' here, after the write
    // CHECK-FIXES: auto work = xt::eval(xt::strided_view(a, {0, xt::all()}));
  return xt::sum(a)() / xt::sum(work)();
}

// Written on both arms of a branch.
double resetEitherWay(arr &a, bool ones) {
  auto scratch = xt::view(a, xt::range(0, 2));
  if (ones)
    scratch.fill(1.0);
  else
    scratch.fill(0.0);
    // Reported once, at the first write in source order (the then-arm).
    // CHECK-MESSAGES: :[[@LINE-4]]:5: warning: write through 'scratch' also modifies 'a': 'scratch' is a view of 'a' created by 'xt::view' [aliasing-write-through-view]
    // CHECK-MESSAGES: :[[@LINE-7]]:18: note: 'scratch' is made a view of 'a' here
    // CHECK-MESSAGES: :[[@LINE+2]]:22: note: 'a' is read here, after the write
    // CHECK-FIXES: auto scratch = xt::eval(xt::view(a, xt::range(0, 2)));
  double s = xt::sum(a)();
  return s - xt::sum(scratch)();
}

// An element written through a named view.
double setThroughRow(arr &a, double x) {
  auto old = xt::view(a, 0, xt::all());
  old(1) = x;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'old' also modifies 'a': 'old' is a view of 'a' created by 'xt::view' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: 'old' is made a view of 'a' here
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'a' is used together with 'old' here, after the write
  // CHECK-FIXES: auto old = xt::eval(xt::view(a, 0, xt::all()));
  return a(0, 1) - old(1);
}

// A member tensor.
struct Layer {
  xt::xtensor<double, 2> w;
  double decayFirst() {
    auto snapshot = xt::row(w, 0);
    snapshot *= 0.9;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write through 'snapshot' also modifies 'w': 'snapshot' is a view of 'w' created by 'xt::row' [aliasing-write-through-view]
    // CHECK-MESSAGES: :[[@LINE-3]]:21: note: 'snapshot' is made a view of 'w' here
    // CHECK-MESSAGES: :[[@LINE+2]]:24: note: 'w' is read here, after the write
    // CHECK-FIXES: auto snapshot = xt::eval(xt::row(w, 0));
    double s = xt::sum(w)();
    return s - xt::sum(snapshot)();
  }
};

// ---------------------------------------------------------------------------
// Negatives: the intended, idiomatic uses of views.
// ---------------------------------------------------------------------------

// Normalising rows in place is the function's job.
void normaliseRows(xt::xtensor<double, 2> &m) {
  for (std::size_t i = 0; i < m.shape()[0]; ++i) {
    auto r = xt::row(m, i);
    r /= xt::sum(r)();
  }
}

// Clamping through a filter is the function's job.
void clampNegatives(arr &a, double floor) {
  auto neg = xt::filter(a, a < floor);
  neg = floor;
}

// Writes through keep() and index_view() reach the original on purpose.
void zeroRows(arr &a, const std::vector<std::size_t> &idx) {
  auto rows = xt::view(a, xt::keep(0, 2));
  rows = 0.0;
  auto picked = xt::index_view(a, idx);
  picked.fill(1.0);
}

// An explicit xt::eval before the write: the backup is a copy.
double bumpRealBackup(arr &a) {
  auto backup = xt::eval(xt::view(a, xt::keep(0, 2)));
  backup += 1.0;
  return xt::sum(a)() - xt::sum(backup)();
}

// A backup materialised into a container is a copy.
double bumpContainerBackup(arr &a) {
  arr backup = xt::view(a, xt::range(0, 2));
  backup += 1.0;
  return xt::sum(a)() - xt::sum(backup)();
}

// P11: xt::eval of a container is the container itself; writing through the
// forwarding reference names the original on purpose.
double evalAlias(arr &a) {
  auto &&same = xt::eval(a);
  same.fill(0.0);
  return xt::sum(a)();
}

// A reference names the original on purpose, whatever its name.
double zeroThroughReference(arr &a) {
  arr &backup = a;
  backup.fill(0.0);
  return xt::sum(a)();
}

// A helper writing its reference parameter on purpose.
void fillOnes(arr &x) { x.fill(1.0); }
double resetAll(arr &a) {
  fillOnes(a);
  return xt::sum(a)();
}

// The original is read only before the write.
double sumThenClear(arr &a) {
  double s = xt::sum(a)();
  auto tmp = xt::view(a, 0);
  tmp.fill(0.0);
  return s;
}

// An early return: the read of the original is on a path without the write.
double clearUnlessAsked(arr &a, bool justSum) {
  auto tmp = xt::view(a, 0);
  if (justSum)
    return xt::sum(a)();
  tmp.fill(0.0);
  return 0.0;
}

// A view whose name says nothing, then the original read: by default only
// named copies and joint uses count.
double plainName(arr &a) {
  auto head = xt::view(a, xt::range(0, 2));
  head.fill(0.0);
  return xt::sum(a)();
}

// Silenced.
double silenced(arr &a) {
  auto backup = xt::view(a, xt::keep(0, 2));
  backup += 1.0; // NOLINT(aliasing-write-through-view)
  return xt::sum(a)() - xt::sum(backup)();
}
