// A second view of the same elements (the same xt::view / xt::row, made
// again after the write) used with the written view: the author expected it
// to hold the old values (bench cases xtensor_wtv_bug_04/05 with the view
// named). Other views of the same array read together with the written one
// are idiomatic and not reported.
// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-write-through-view %t.real -- %xtensor_flags
// The fixed file compiles:
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %xtensor_flags %t.real.cpp
#include <xtensor/xarray.hpp>
#include <xtensor/xtensor.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xmath.hpp>

using mat = xt::xtensor<double, 2>;

// ===== Positives ==========================================================

// How much rectifying one time step changed it: always zero.
double rectifiedChange(mat &signal, std::size_t t) {
  auto step = xt::row(signal, t);
  step = xt::abs(step);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'step' also modifies 'signal': 'step' is a view of 'signal' created by 'xt::row' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'step' is made a view of 'signal' here
  // CHECK-MESSAGES: :[[@LINE+3]]:26: note: 'raw', a second view of the same elements of 'signal', is used together with 'step' here, after the write
  // CHECK-FIXES: auto step = xt::eval(xt::row(signal, t));
  auto raw = xt::row(signal, t);
  return xt::sum(xt::abs(raw - step))();
}

// The interior smoothed in place, then compared with the interior made again.
double interiorChange(mat &u, double w) {
  auto inner = xt::view(u, xt::range(1, 3), xt::all());
  inner *= w;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'inner' also modifies 'u': 'inner' is a view of 'u' created by 'xt::view' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: 'inner' is made a view of 'u' here
  // CHECK-MESSAGES: :[[@LINE+3]]:35: note: 'input', a second view of the same elements of 'u', is used together with 'inner' here, after the write
  // CHECK-FIXES: auto inner = xt::eval(xt::view(u, xt::range(1, 3), xt::all()));
  auto input = xt::view(u, xt::range(1, 3), xt::all());
  return xt::amax(xt::abs(inner - input))();
}

// ===== Negatives ==========================================================

// A three-point stencil over shifted ranges: the written middle is read with
// its neighbours, which are other elements.
void smooth(xt::xarray<double> &v, std::size_t n) {
  auto mid = xt::view(v, xt::range(1, n - 1));
  mid *= 0.5;
  auto left = xt::view(v, xt::range(0, n - 2));
  auto right = xt::view(v, xt::range(2, n));
  mid += 0.25 * (left + right);
}

// The difference of two rows.
double rowDistance(mat &m, std::size_t i, std::size_t j) {
  auto a = xt::row(m, i);
  a *= 2.0;
  auto b = xt::row(m, j);
  return xt::sum(xt::abs(a - b))();
}

// The same row made again after the write, used on its own.
double sumAfterScale(mat &m, std::size_t i) {
  auto r = xt::row(m, i);
  r *= 2.0;
  auto scaled = xt::row(m, i);
  return xt::sum(scaled)();
}

// An owning copy of the row made after the write.
double ownedAfter(mat &m) {
  auto r = xt::row(m, 0);
  r *= 2.0;
  auto c = xt::eval(xt::row(m, 0));
  return xt::sum(c - r)();
}
