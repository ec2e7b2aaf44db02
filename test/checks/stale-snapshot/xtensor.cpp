// Every case runs on the mock headers and on the real Debian headers; the
// fixed file compiles and has nothing left to report.
// RUN: %check_clang_tidy %s aliasing-stale-snapshot %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-stale-snapshot %t.real -- %xtensor_flags
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %xtensor_flags %t.real.cpp
// RUN: %aliaslint --quiet --checks=aliasing-stale-snapshot %t.cpp -- %mock_flags
// RUN: %aliaslint --quiet --checks=aliasing-stale-snapshot %t.real.cpp -- %xtensor_flags
#include <xtensor/xarray.hpp>
#include <xtensor/xeval.hpp>
#include <xtensor/xview.hpp>

// ===== Positives ==========================================================

// `auto prev = a * 1.0` is a lazy xfunction over `a`: after `a += 1` it
// reads the new values.
xt::xarray<double> lazyPrev(xt::xarray<double> &a) {
  auto prev = a * 1.0;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'prev' does not keep the old value of 'a': it is a lazy expression that reads it when evaluated, and 'a' is written before 'prev' is read [aliasing-stale-snapshot]
  // CHECK-FIXES: auto prev = xt::eval(a * 1.0);
  a += 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'a' is written here by '+='
  xt::xarray<double> d = a - prev;
  // CHECK-MESSAGES: :[[@LINE-1]]:30: note: 'prev' is read here together with 'a', as if it held the old value
  return d;
}

// fill() before the sum is evaluated.
xt::xarray<double> lazySum(xt::xarray<double> &a, const xt::xarray<double> &b) {
  auto s = a + b;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 's' does not keep the old value of 'a': it is a lazy expression that reads it when evaluated, and 'a' is written before 's' is read [aliasing-stale-snapshot]
  // CHECK-FIXES: auto s = xt::eval(a + b);
  a.fill(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'a' is written here by 'xt::xcontainer::fill'
  xt::xarray<double> r = s;
  // CHECK-MESSAGES: :[[@LINE-1]]:26: note: 's' is read here, as if it held the old value
  return r;
}

// ===== Negatives ==========================================================

xt::xarray<double> evaluated(xt::xarray<double> &a, const xt::xarray<double> &b) {
  auto s = xt::eval(a + b);
  a.fill(0);
  xt::xarray<double> r = s;
  return r;
}

xt::xarray<double> usedFirst(xt::xarray<double> &a, const xt::xarray<double> &b) {
  auto s = a + b;
  xt::xarray<double> r = s;
  a.fill(0);
  return r;
}

// A view follows its array on purpose.
double rowAfterUpdate(xt::xarray<double> &a) {
  auto r = xt::view(a, 0, xt::all());
  a.fill(0);
  return r(0);
}
