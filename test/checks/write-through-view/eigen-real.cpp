// Further cases on the real Debian headers only (the main cases, in eigen.cpp, run on both).
// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %eigen_flags
// The fixed file compiles:
// RUN: clang++ -fsyntax-only %eigen_flags %t.cpp
// The real Eigen 3.4 headers: the main positive shapes and the idiomatic
// negatives, so that the mock-header results (eigen.cpp) are known to
// hold on the real expression templates.
#include <Eigen/Dense>
#include <vector>
using Eigen::MatrixXd;
using Eigen::VectorXd;

// A transposed view written, the original read.
double resetTransposed(MatrixXd &A) {
  auto orig = A.transpose();
  orig.setIdentity();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'orig' also modifies 'A': 'orig' is a view of 'A' created by 'Eigen::DenseBase::transpose' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'orig' is made a view of 'A' here
  // CHECK-MESSAGES: :[[@LINE+2]]:14: note: 'A' is read here, after the write
  // CHECK-FIXES: auto orig = A.transpose().eval();
  double t = A.trace();
  return t - orig.trace();
}
