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

// xt::eval of a view, and roll(), copy.
void fillCopies(arr &a) {
  xt::eval(xt::view(a, 0)).fill(0.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 'a' is lost: 'xt::eval' returns a copy, so 'a' is NOT modified [aliasing-lost-write-to-copy]
  auto r = xt::roll(a, 1);
  r.fill(0.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'r' is never read: 'r' is a copy of 'a', so 'a' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 'r' is made a copy of 'a' by 'xt::roll' here
}
