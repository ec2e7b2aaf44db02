// Further cases on the real Debian headers only (the main cases, in xtensor.cpp, run on both).
// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %xtensor_flags
// The fixed file compiles:
// RUN: clang++ -fsyntax-only %xtensor_flags %t.cpp
// The real xtensor 0.24 headers: the main positive shapes and the idiomatic
// negatives, so that the mock-header results (xtensor.cpp) are known to
// hold on the real views.
#include <xtensor/xarray.hpp>
#include <xtensor/xtensor.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xindex_view.hpp>
#include <xtensor/xeval.hpp>
#include <xtensor/xmath.hpp>

using arr = xt::xarray<double>;

// keep() is a view in xtensor.
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

// Negatives: in-place normalisation and clamping are the functions' job.
void normaliseRows(xt::xtensor<double, 2> &m) {
  for (std::size_t i = 0; i < m.shape()[0]; ++i) {
    auto r = xt::row(m, i);
    r /= xt::sum(r)();
  }
}
void clampNegatives(arr &a, double floor) {
  auto neg = xt::filter(a, a < floor);
  neg = floor;
}

// An explicit copy before the write.
double bumpRealBackup(arr &a) {
  auto backup = xt::eval(xt::view(a, xt::keep(0, 2)));
  backup += 1.0;
  return xt::sum(a)() - xt::sum(backup)();
}
