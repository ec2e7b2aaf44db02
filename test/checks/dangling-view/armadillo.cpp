// Every case runs on the mock headers and on the real Debian headers
// (Armadillo 11.4); the fixed file compiles and has nothing left to report.
// RUN: %check_clang_tidy %s aliasing-dangling-view %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-dangling-view %t.real -- %armadillo_flags
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %armadillo_flags %t.real.cpp
// RUN: %aliaslint --quiet --checks=aliasing-dangling-view %t.cpp -- %mock_flags 2>&1 | count 0
// RUN: %aliaslint --quiet --checks=aliasing-dangling-view %t.real.cpp -- %armadillo_flags 2>&1 | count 0
#include <armadillo>

arma::mat make();

// ===== Positives ==========================================================

// A product (Glue) holds its operands by reference: make() dies at the `;`.
double productOfTemporary(const arma::mat &A) {
  auto e = A * make();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'e' refers to the temporary 'make()' through 'arma::operator*', which is destroyed at the end of the full-expression; 'e' is used after that [aliasing-dangling-view]
  // CHECK-MESSAGES: :[[@LINE-2]]:22: note: the temporary is destroyed here
  // CHECK-MESSAGES: :[[@LINE+2]]:21: note: 'e' is used here
  // CHECK-FIXES: auto e = (A * make()).eval();
  return arma::accu(e);
}

// A subview of a temporary.
double blockOfTemporary() {
  auto s = make().submat(0, 0, 1, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 's' refers to the temporary 'make()' through 'arma::Mat::submat', which is destroyed at the end of the full-expression; 's' is used after that [aliasing-dangling-view]
  // CHECK-MESSAGES: :[[@LINE-2]]:37: note: the temporary is destroyed here
  // CHECK-MESSAGES: :[[@LINE+2]]:21: note: 's' is used here
  // CHECK-FIXES: auto s = make().submat(0, 0, 1, 1).eval();
  return arma::accu(s);
}

// A transpose (Op) of a temporary.
double transposeOfTemporary() {
  auto t = make().t();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 't' refers to the temporary 'make()' through 'arma::Base_trans_default::t', which is destroyed at the end of the full-expression; 't' is used after that [aliasing-dangling-view]
  // CHECK-MESSAGES: :[[@LINE-2]]:22: note: the temporary is destroyed here
  // CHECK-MESSAGES: :[[@LINE+2]]:21: note: 't' is used here
  // CHECK-FIXES: auto t = make().t().eval();
  return arma::accu(t);
}

// ===== Negatives ==========================================================

// Evaluated at once.
double evaluated(const arma::mat &A) {
  arma::mat e = A * make();
  auto f = (A * make()).eval();
  return arma::accu(e) + arma::accu(f);
}

// An expression of named matrices only.
double named(const arma::mat &A, const arma::mat &B) {
  auto e = A * B + A;
  return arma::accu(e);
}

// Used within the full-expression.
double inline_use(const arma::mat &A) {
  return arma::accu(A * make());
}
