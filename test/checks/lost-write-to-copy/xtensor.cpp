// Every case runs on the mock headers and on the real Debian headers.
// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t.real -- %xtensor_flags
#include <xtensor/xarray.hpp>
#include <xtensor/xtensor.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xindex_view.hpp>
#include <xtensor/xmanipulation.hpp>
#include <xtensor/xeval.hpp>
#include <xtensor/xnoalias.hpp>
#include <xtensor/xmath.hpp>
#include <vector>

using arr = xt::xarray<double>;
void consume(const arr &x);

// ---------------------------------------------------------------------------
// Positives: a copy is written and the write can never be observed.
// ---------------------------------------------------------------------------

// P2: a filter materialised into a container is a copy
// (xt::filtration(a, a > 0.0) = 0.0 writes a).
void zeroPositives(arr &a) {
  arr f = xt::filter(a, a > 0.0);
  f.fill(0.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'f' is never read: 'f' is a copy of 'a', so 'a' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: 'f' is made a copy of 'a' by 'xt::xarray_container' here
}

// A view materialised into a container.
void doubleFirstRow(arr &a) {
  arr w = xt::view(a, 0, xt::all());
  w *= 2.0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'w' is never read: 'w' is a copy of 'a', so 'a' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: 'w' is made a copy of 'a' by 'xt::xarray_container' here
}

// keep() is a view, but an xtensor built from it owns a copy.
void clearKept(arr &a) {
  xt::xtensor<double, 1> k = xt::view(a, xt::keep(0, 2));
  k.fill(0.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'k' is never read: 'k' is a copy of 'a', so 'a' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:30: note: 'k' is made a copy of 'a' by 'xt::xtensor_container' here
}

// `auto` of a container copies it.
void resetCopy(arr &a) {
  auto c = a;
  c.fill(1.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'c' is never read: 'c' is a copy of 'a', so 'a' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 'c' is made a copy of 'a' by 'xt::xarray_container' here
}

// xt::eval of a view is a copy.
void bumpEvaluated(arr &a) {
  auto e = xt::eval(xt::view(a, xt::range(0, 2)));
  e += 1.0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'e' is never read: 'e' is a copy of 'a', so 'a' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 'e' is made a copy of 'a' by 'xt::eval' here
}

// roll() returns a rolled copy.
void clearRolled(arr &a) {
  auto r = xt::roll(a, 1);
  r.fill(0.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'r' is never read: 'r' is a copy of 'a', so 'a' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 'r' is made a copy of 'a' by 'xt::roll' here
}

// Temporary copies, written and dropped.
void fillTemporaries(arr &a) {
  xt::eval(xt::view(a, 0)).fill(0.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 'a' is lost: 'xt::eval' returns a copy, so 'a' is NOT modified [aliasing-lost-write-to-copy]
  arr(xt::view(a, 1)).fill(0.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 'a' is lost: 'xt::xarray_container' returns a copy, so 'a' is NOT modified [aliasing-lost-write-to-copy]
}

// A container assigned a transposed view holds a copy.
void transposeAndScale(arr &a) {
  arr w;
  w = xt::transpose(a);
  w *= 2.0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'w' is never read: 'w' is a copy of 'a', so 'a' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: 'w' is made a copy of 'a' by 'operator=' here
}

// A copy on both arms of a branch.
void zeroEnd(arr &a, bool first) {
  arr w;
  if (first)
    w = xt::view(a, 0);
  else
    w = xt::view(a, 1);
  w.fill(0.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'w' is never read: 'w' is a copy of 'a', so 'a' is NOT modified [aliasing-lost-write-to-copy]
  // The first copy in source order, whichever branch the CFG lists first.
  // CHECK-MESSAGES: :[[@LINE-6]]:9: note: 'w' is made a copy of 'a' by 'operator=' here
}

// An element of a copy, and a view of a copy, written.
void setFirst(const arr &a, double x) {
  arr c = xt::view(a, 0);
  c(0) = x;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'c' is never read: 'c' is a copy of 'a', so 'a' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: 'c' is made a copy of 'a' by 'xt::xarray_container' here
}
void clearFirstRow(const arr &a) {
  arr w = a;
  xt::view(w, 0) = 0.0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'w' is never read: 'w' is a copy of 'a', so 'a' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: 'w' is made a copy of 'a' by 'xt::xarray_container' here
}

// A same-TU helper writes the copy.
void scaleAll(arr &x) { x *= 2.0; }
double scaleCopy(arr &a) {
  arr backup = a;
  scaleAll(backup);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'backup' is never read: 'backup' is a copy of 'a', so 'a' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: 'backup' is made a copy of 'a' by 'xt::xarray_container' here
  return xt::sum(a)();
}

// The copy dies at the end of its scope.
double clearInScope(arr &a) {
  {
    arr tmp = xt::view(a, 0);
    tmp.fill(0.0);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write to 'tmp' is never read: 'tmp' is a copy of 'a', so 'a' is NOT modified [aliasing-lost-write-to-copy]
    // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'tmp' is made a copy of 'a' by 'xt::xarray_container' here
  }
  return xt::sum(a)();
}

// ---------------------------------------------------------------------------
// Negatives: the copy is observed, or it is no copy at all.
// ---------------------------------------------------------------------------

// keep(), index_view(), filter() and filtration() are views in xtensor:
// writes reach a.
void writeSelections(arr &a, const std::vector<std::size_t> &idx) {
  auto k = xt::view(a, xt::keep(0, 2));
  k = 0.0;
  xt::view(a, xt::drop(0)) *= 2.0;
  xt::index_view(a, idx) = 1.0;
  auto f = xt::filter(a, a > 5.0);
  f = 5.0;
  xt::filter(a, a < 0.0) = 0.0;
  xt::filtration(a, a > 10.0) = 10.0;
}

// P11: xt::eval of a container is the container itself.
void evalAlias(arr &a) {
  auto &&same = xt::eval(a);
  same.fill(0.0);
}

// noalias() writes a directly.
void addInPlace(arr &a, const arr &b) {
  xt::noalias(a) = a + b;
  xt::noalias(xt::view(a, 0)) += xt::view(b, 0);
}

// A copy written and returned.
arr zeroedRow(const arr &a) {
  arr w = xt::view(a, 0);
  w.fill(0.0);
  return w;
}

// A copy written, then passed on.
void scaleAndConsume(const arr &a) {
  arr w = a;
  w *= 2.0;
  consume(w);
}

// A copy written, then assigned back into the original.
void scaleFirstRow(arr &a) {
  arr tmp = xt::view(a, 0);
  tmp *= 2.0;
  xt::view(a, 0) = tmp;
}

// A copy written in a loop and read in the next iteration.
int halveUntilSmall(const arr &a, double tol) {
  arr x = a;
  int steps = 0;
  while (steps < 100) {
    if (xt::amax(x)() < tol)
      break;
    x *= 0.5;
    ++steps;
  }
  return steps;
}

// A copy read on one later path only is still observed.
double maybeSum(const arr &a, bool want) {
  arr w = a;
  w *= 2.0;
  if (want)
    return xt::sum(w)();
  return 0.0;
}

// A copy on one path only.
void maybeCopy(const arr &a, bool copy) {
  arr w = xt::zeros<double>({2});
  if (copy)
    w = xt::view(a, xt::range(0, 2));
  w.fill(1.0);
  consume(w + 1.0);
}

// A by-value parameter is the function's own copy, returned.
arr doubled(arr x) {
  x *= 2.0;
  return x;
}

// A helper writing its reference parameter on purpose.
void zeroOut(arr &out) { out.fill(0.0); }
void resetAll(arr &a) { zeroOut(a); }

// Silenced.
void silenced(arr &a) {
  arr f = xt::filter(a, a > 0.0);
  f.fill(0.0); // NOLINT(aliasing-lost-write-to-copy)
}
