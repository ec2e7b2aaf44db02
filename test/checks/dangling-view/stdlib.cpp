// The standard library has no mock: every case runs on the real libstdc++
// headers (Debian 12, /usr/include/c++/12).
// RUN: %check_clang_tidy %s aliasing-dangling-view %t -- -std=c++20
// The fixed file compiles:
// RUN: clang++ -fsyntax-only -std=c++20 %t.cpp
#include <span>
#include <valarray>
#include <vector>

std::valarray<double> makev();

// ===== Positives ==========================================================

// libstdc++ valarray arithmetic is lazy and holds valarray operands by
// reference (_ValArrayRef<valarray<T>> is `const valarray<T>&`).
// CHECK-FIXES: auto e = std::valarray(a + makev());
double tmpExpr(const std::valarray<double> &a) {
  auto e = a + makev();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'e' refers to the temporary 'makev()' through 'std::operator+', which is destroyed at the end of the full-expression; 'e' is used after that [aliasing-dangling-view]
  // CHECK-MESSAGES: :[[@LINE-2]]:23: note: the temporary is destroyed here
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'e' is used here
  return e[0];
}

// A slice_array of a local returned.
auto everyOther() {
  std::valarray<double> local(1.0, 8);
  return local[std::slice(0, 4, 2)];
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: returned view refers to 'local' through 'std::valarray::operator[]', which is destroyed when the function returns [aliasing-dangling-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:25: note: 'local' is declared here
  // CHECK-FIXES: return std::valarray(local[std::slice(0, 4, 2)]);
}

// ===== Negatives ==========================================================

// The temporary is bound to a valarray, which evaluates the expression.
double tmpExprEvaluated(const std::valarray<double> &a) {
  std::valarray<double> e = a + makev();
  return e[0];
}

// A span of a caller's vector outlives nothing. (std::vector is not an
// array type of the model, so a span over a temporary vector is not
// followed either: docs/models.md.)
std::span<double> tail(std::vector<double> &xs) {
  return std::span<double>(xs).subspan(1);
}

// The slice copied into a valarray before it is returned.
std::valarray<double> everyOtherCopy() {
  std::valarray<double> local(1.0, 8);
  return local[std::slice(0, 4, 2)];
}
