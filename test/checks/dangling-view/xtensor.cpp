// Every case runs on the mock headers and on the real Debian headers; the
// fixed file compiles and has nothing left to report.
// RUN: %check_clang_tidy %s aliasing-dangling-view %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-dangling-view %t.real -- %xtensor_flags
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %xtensor_flags %t.real.cpp
// RUN: %aliaslint --quiet --checks=aliasing-dangling-view %t.cpp -- %mock_flags
// RUN: %aliaslint --quiet --checks=aliasing-dangling-view %t.real.cpp -- %xtensor_flags
#include <xtensor/xadapt.hpp>
#include <xtensor/xarray.hpp>
#include <xtensor/xview.hpp>
#include <cstddef>
#include <utility>
#include <vector>

xt::xarray<double> make();

// ===== Positives ==========================================================

// xtensor keeps an lvalue operand by reference (xtl closure_type): a view of
// a local, returned, outlives it.
auto firstRow() {
  xt::xarray<double> local = make();
  return xt::view(local, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: returned view refers to 'local' through 'xt::view', which is destroyed when the function returns [aliasing-dangling-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:22: note: 'local' is declared here
  // CHECK-FIXES: return xt::eval(xt::view(local, 0));
}

// A lazy function of a local.
auto shifted(const xt::xarray<double> &a) {
  xt::xarray<double> centred = a - 1.0;
  return centred * 2.0;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: returned lazy expression refers to 'centred' through 'xt::operator*', which is destroyed when the function returns [aliasing-dangling-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:22: note: 'centred' is declared here
  // CHECK-FIXES: return xt::eval(centred * 2.0);
}

// An adaptor over a temporary's buffer does not own it.
double adaptTemporary(std::size_t n) {
  auto v = xt::adapt(make().data(), n, xt::no_ownership(), std::vector<std::size_t>{n});
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'v' refers to the temporary 'make()' through 'xt::adapt', which is destroyed at the end of the full-expression; 'v' is used after that [aliasing-dangling-view]
  // CHECK-MESSAGES: :[[@LINE-2]]:88: note: the temporary is destroyed here
  // CHECK-FIXES: auto v = xt::eval(xt::adapt(make().data(), n, xt::no_ownership(), std::vector<std::size_t>{n}));
  return v(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'v' is used here
}

// ===== Negatives ==========================================================

// An rvalue operand is moved into the expression, which owns it.
double viewOfTemporary() {
  auto v = xt::view(make(), 0);
  auto e = v + make();
  return e(0);
}

auto movedIn() {
  xt::xarray<double> local = make();
  return xt::view(std::move(local), 0);
}

// Views of what the caller owns.
auto rowOf(const xt::xarray<double> &a) { return xt::view(a, 0); }

// Evaluated before it is returned.
auto evaluated() {
  xt::xarray<double> local = make();
  return xt::eval(xt::view(local, 0));
}
