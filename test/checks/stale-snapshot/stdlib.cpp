// The standard library has no mock: every case runs on the real libstdc++
// headers (Debian 12, /usr/include/c++/12).
// RUN: %check_clang_tidy %s aliasing-stale-snapshot %t -- -std=c++20
// The fixed file compiles
// RUN: clang++ -fsyntax-only -std=c++20 %t.cpp
// and has nothing left to report:
// RUN: %aliaslint --quiet --checks=aliasing-stale-snapshot %t.cpp -- -std=c++20
#include <valarray>

// ===== Positives ==========================================================

// `auto` keeps libstdc++'s _Expr, which reads a when it is evaluated.
double lazySum(std::valarray<double> &a, const std::valarray<double> &b) {
  auto before = a + b;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'before' does not keep the old value of 'a': it is a lazy expression that reads it when evaluated, and 'a' is written before 'before' is read [aliasing-stale-snapshot]
  // CHECK-FIXES: auto before = std::valarray(a + b);
  a[0] = 5;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'a' is written here
  std::valarray<double> r = before;
  // CHECK-MESSAGES: :[[@LINE-1]]:29: note: 'before' is read here, as if it held the old value
  return r.sum();
}

// ===== Negatives ==========================================================

// Evaluated into a valarray before the write.
double eagerSum(std::valarray<double> &a, const std::valarray<double> &b) {
  std::valarray<double> before = a + b;
  a[0] = 5;
  return before.sum();
}

// The expression is read before the operand changes.
double readFirst(std::valarray<double> &a, const std::valarray<double> &b) {
  auto e = a * b;
  double s = std::valarray<double>(e).sum();
  a[0] = 0;
  return s;
}
