// Further cases on the real Debian headers only (the main cases, in eigen.cpp, run on both).
// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t -- %eigen_flags
// Extra shapes on the real Eigen 3.4 headers.
#include <Eigen/Dense>
#include <vector>
using Eigen::MatrixXd;

// eval() of a block expression is a plain copy; so is a temporary Matrix.
void resetCopies(MatrixXd &A) {
  auto b = A.block(0, 0, 2, 2).eval();
  b.setConstant(1.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'b' is never read: 'b' is a copy of 'A', so 'A' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 'b' is made a copy of 'A' by 'Eigen::DenseBase::eval' here
  MatrixXd(A.topRows(2)).setZero();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 'A' is lost: 'Eigen::Matrix' returns a copy, so 'A' is NOT modified [aliasing-lost-write-to-copy]
}
