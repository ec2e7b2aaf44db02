// Every case runs on the mock headers and on the real Debian headers
// (Armadillo 11.4).
// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-write-through-view %t.real -- %armadillo_flags
// The fixed file compiles:
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %armadillo_flags %t.real.cpp
#include <armadillo>

// ===== Positives ==========================================================

// `auto` hides a subview: the "backup" is the block itself.
double blockChange(arma::mat &A) {
  auto backup = A.submat(0, 0, 1, 1);
  backup *= 2.0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'backup' also modifies 'A': 'backup' is a view of 'A' created by 'arma::Mat::submat' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'backup' is made a view of 'A' here
  // CHECK-MESSAGES: :[[@LINE+2]]:21: note: 'A' is used together with 'backup' here, after the write
  // CHECK-FIXES: auto backup = A.submat(0, 0, 1, 1).eval();
  return arma::accu(A.submat(0, 0, 1, 1) - backup);
}

// A column named like a copy, written, then the matrix read.
double columnDrift(arma::mat &A, double s) {
  auto old = A.col(0);
  old *= s;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'old' also modifies 'A': 'old' is a view of 'A' created by 'arma::Mat::col' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: 'old' is made a view of 'A' here
  // CHECK-MESSAGES: :[[@LINE+1]]:21: note: 'A' is read here, after the write
  return arma::accu(A);
}

// unsafe_col() returns a Col that uses the matrix's memory.
double centredNorm(arma::mat &X, double mean) {
  arma::vec tmp = X.unsafe_col(0);
  tmp -= arma::vec(X.n_rows, arma::fill::ones) * mean;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'tmp' also modifies 'X': 'tmp' is a view of 'X' created by 'arma::Mat::unsafe_col' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:19: note: 'tmp' is made a view of 'X' here
  // CHECK-MESSAGES: :[[@LINE+2]]:21: note: 'X' is read here, after the write
  // CHECK-FIXES: arma::vec tmp = X.unsafe_col(0).eval();
  return arma::norm(X.col(0) - tmp);
}

// elem() is a writable view, not a copy (unlike NumPy fancy indexing).
double clippedTotal(arma::mat &A, const arma::uvec &idx) {
  auto saved = A.elem(idx);
  saved.zeros();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'saved' also modifies 'A': 'saved' is a view of 'A' created by 'arma::Mat::elem' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: 'saved' is made a view of 'A' here
  // CHECK-MESSAGES: :[[@LINE+2]]:21: note: 'A' is used together with 'saved' here, after the write
  // CHECK-FIXES: auto saved = A.elem(idx).eval();
  return arma::accu(A) - arma::accu(saved);
}

// A matrix over the memory of another (copy_aux_mem = false) is a view.
double aliasedScale(arma::mat &A) {
  arma::mat work(A.memptr(), A.n_rows, A.n_cols, false);
  work *= 0.5;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'work' also modifies 'A': 'work' is a view of 'A' created by 'arma::Mat' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:13: note: 'work' is made a view of 'A' here
  // CHECK-MESSAGES: :[[@LINE+1]]:21: note: 'A' is used together with 'work' here, after the write
  return arma::accu(A - work);
}

// ===== Negatives ==========================================================

// Assignment into a subview writes the matrix: the point of the call.
void setColumn(arma::mat &A, const arma::vec &x) {
  A.col(0) = x;
  A.row(1).zeros();
  A.submat(0, 0, 1, 1) = arma::mat(2, 2, arma::fill::ones);
  A.diag().ones();
}

// A named view written on purpose, then the matrix returned.
arma::mat clearBlock(arma::mat A) {
  auto blk = A.submat(0, 0, 1, 1);
  blk.zeros();
  return A;
}

// An owning copy of the subview: the matrix keeps its values.
double copiedBlock(const arma::mat &A) {
  arma::mat backup = A.submat(0, 0, 1, 1);
  backup *= 2.0;
  return arma::accu(A.submat(0, 0, 1, 1) - backup);
}

// eval() makes an owning copy.
double evaluated(arma::mat &A) {
  auto old = A.col(0).eval();
  old *= 2.0;
  return arma::accu(A.col(0) - old);
}

// The default copy_aux_mem = true copies the memory.
double copiedMemory(arma::mat &A) {
  arma::mat work(A.memptr(), A.n_rows, A.n_cols);
  work *= 0.5;
  return arma::accu(A - work);
}

// A reference names the original on purpose.
double byReference(arma::mat &A) {
  arma::mat &tmp = A;
  tmp.zeros();
  return arma::accu(A);
}
