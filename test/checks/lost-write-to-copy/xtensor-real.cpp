// Further cases on the real Debian headers only (the main cases, in xtensor.cpp, run on both).
// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t -- %xtensor_flags
// The real xtensor 0.24 headers: the main shapes of xtensor.cpp, and
// roll(), which the mocks leave out.
#include <xtensor/xarray.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xindex_view.hpp>
#include <xtensor/xmanipulation.hpp>
#include <xtensor/xeval.hpp>
#include <vector>

using arr = xt::xarray<double>;

// P2: a filter materialised into a container is a copy.
void zeroPositives(arr &a) {
  arr f = xt::filter(a, a > 0.0);
  f.fill(0.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'f' is never read: 'f' is a copy of 'a', so 'a' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: 'f' is made a copy of 'a' by 'xt::xarray_container' here
}

// xt::eval of a view, and roll(), copy.
void fillCopies(arr &a) {
  xt::eval(xt::view(a, 0)).fill(0.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 'a' is lost: 'xt::eval' returns a copy, so 'a' is NOT modified [aliasing-lost-write-to-copy]
  auto r = xt::roll(a, 1);
  r.fill(0.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'r' is never read: 'r' is a copy of 'a', so 'a' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 'r' is made a copy of 'a' by 'xt::roll' here
}

// Negatives: keep(), index_view() and filter() are views in xtensor;
// xt::eval of a container is the container.
void writeSelections(arr &a, const std::vector<std::size_t> &idx) {
  auto k = xt::view(a, xt::keep(0, 2));
  k = 0.0;
  xt::index_view(a, idx) = 1.0;
  xt::filter(a, a < 0.0) = 0.0;
  auto &&same = xt::eval(a);
  same.fill(0.0);
}
