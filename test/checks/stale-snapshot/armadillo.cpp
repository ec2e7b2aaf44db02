// Every case runs on the mock headers and on the real Debian headers
// (Armadillo 11.4).
// RUN: %check_clang_tidy %s aliasing-stale-snapshot %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-stale-snapshot %t.real -- %armadillo_flags
// The fixed file compiles
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %armadillo_flags %t.real.cpp
// and has nothing left to report:
// RUN: %aliaslint --quiet --checks=aliasing-stale-snapshot %t.cpp -- %mock_flags
// RUN: %aliaslint --quiet --checks=aliasing-stale-snapshot %t.real.cpp -- %armadillo_flags
#include <armadillo>

// ===== Positives ==========================================================

// `auto` keeps A.t() as a delayed Op: it reads A when evaluated.
double transposeAfterEdit(arma::mat &A) {
  auto tr = A.t();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'tr' does not keep the old value of 'A': it is a lazy expression that reads it when evaluated, and 'A' is written before 'tr' is read [aliasing-stale-snapshot]
  // CHECK-MESSAGES: :[[@LINE+3]]:3: note: 'A' is written here
  // CHECK-MESSAGES: :[[@LINE+3]]:17: note: 'tr' is read here, as if it held the old value
  // CHECK-FIXES: auto tr = A.t().eval();
  A(0, 1) = 5;
  arma::mat M = tr;
  return arma::accu(M);
}

// ===== Negatives ==========================================================

// Evaluated before the write.
double evaluatedFirst(arma::mat &A) {
  arma::mat tr = A.t();
  auto old = A.row(0).eval();
  A.zeros();
  return arma::accu(tr) + arma::accu(old);
}

// An expression read only after the write, as the new value on purpose:
// nothing was read before.
double updated(arma::mat &A, const arma::mat &B) {
  A.zeros();
  auto s = A + B;
  return arma::accu(s);
}
