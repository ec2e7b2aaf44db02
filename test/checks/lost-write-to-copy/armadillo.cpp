// Every case runs on the mock headers and on the real Debian headers
// (Armadillo 11.4).
// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t.real -- %armadillo_flags
#include <armadillo>

void consume(const arma::mat &m);

// ===== Positives ==========================================================

// An owning Mat initialised from a subview is a copy.
void clearTopLeft(arma::mat &A) {
  arma::mat s = A.submat(0, 0, 1, 1);
  s.fill(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 's' is never read: 's' is a copy of 'A', so 'A' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 's' is made a copy of 'A' by 'arma::Mat' here
  consume(A);
}

// elem() is a view, but a vec initialised from it copies.
void zeroSelected(arma::mat &A, const arma::uvec &idx) {
  arma::vec e = A.elem(idx);
  e.zeros();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'e' is never read: 'e' is a copy of 'A', so 'A' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'e' is made a copy of 'A' by 'arma::Col' here
}

// eval() of a column makes a copy.
void scaleFirstColumn(arma::mat &A) {
  auto c = A.col(0).eval();
  c *= 2.0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'c' is never read: 'c' is a copy of 'A', so 'A' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 'c' is made a copy of 'A' by 'arma::Base_eval_expr::eval' here
}

// ===== Negatives ==========================================================

// The copy is used afterwards.
double normOfCleared(const arma::mat &A) {
  arma::mat s = A.submat(0, 0, 1, 1);
  s.zeros();
  return arma::accu(s);
}

// Writes through views reach the matrix.
void clearThroughViews(arma::mat &A, const arma::uvec &idx) {
  auto blk = A.submat(0, 0, 1, 1);
  blk.zeros();
  A.elem(idx).fill(-1.0);
  A.rows(0, 1) *= 2.0;
  arma::vec c = A.unsafe_col(0);
  c.ones();
}

// A matrix over another's memory (copy_aux_mem = false) writes it.
void halve(arma::mat &A) {
  arma::mat work(A.memptr(), A.n_rows, A.n_cols, false, true);
  work *= 0.5;
}
