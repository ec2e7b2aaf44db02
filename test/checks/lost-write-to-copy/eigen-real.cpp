// Further cases on the real Debian headers only (the main cases, in eigen.cpp, run on both).
// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t -- %eigen_flags
// The real Eigen 3.4 headers: the main shapes of eigen.cpp.
#include <Eigen/Dense>
#include <vector>
using Eigen::MatrixXd;

// A block materialised into a Matrix is a copy.
void zeroTopLeft(const MatrixXd &A) {
  MatrixXd blk = A.block(0, 0, 2, 2);
  blk.setZero();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'blk' is never read: 'blk' is a copy of 'A', so 'A' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: 'blk' is made a copy of 'A' by 'Eigen::Matrix' here
}

// eval() of a block expression is a plain copy; so is a temporary Matrix.
void resetCopies(MatrixXd &A) {
  auto b = A.block(0, 0, 2, 2).eval();
  b.setConstant(1.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'b' is never read: 'b' is a copy of 'A', so 'A' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 'b' is made a copy of 'A' by 'Eigen::DenseBase::eval' here
  MatrixXd(A.topRows(2)).setZero();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 'A' is lost: 'Eigen::Matrix' returns a copy, so 'A' is NOT modified [aliasing-lost-write-to-copy]
}

// Negatives: an IndexedView and temporary blocks are views; a copy written
// and returned is observed.
void doubleRows(MatrixXd &A, const std::vector<int> &idx) {
  auto sel = A(idx, Eigen::all);
  sel *= 2.0;
  A.block(0, 0, 2, 2).setZero();
  A.col(1) *= 2.0;
}
MatrixXd zeroedCorner(const MatrixXd &A) {
  MatrixXd blk = A.block(0, 0, 2, 2);
  blk.setZero();
  return blk;
}
