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

// topRows() is a Block, not a backup.
double scaleBackup(MatrixXd &A) {
  auto backup = A.topRows(2);
  backup *= 0.5;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'backup' also modifies 'A': 'backup' is a view of 'A' created by 'Eigen::DenseBase::topRows' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'backup' is made a view of 'A' here
  // CHECK-MESSAGES: :[[@LINE+2]]:16: note: 'A' is read here, after the write
  // CHECK-FIXES: auto backup = A.topRows(2).eval();
  double now = A.sum();
  return now - backup.sum();
}

// An IndexedView (index list) is a writable view.
double doublePicked(MatrixXd &A, const std::vector<int> &idx) {
  auto prev = A(idx, Eigen::all);
  prev *= 2;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'prev' also modifies 'A': 'prev' is a view of 'A' created by 'Eigen::DenseBase::operator()' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'prev' is made a view of 'A' here
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'A' is used together with 'prev' here, after the write
  // CHECK-FIXES: auto prev = A(idx, Eigen::all).eval();
  return A.sum() + prev.sum();
}

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

// Negatives: in-place normalisation and clamping are the functions' job.
void normaliseRows(MatrixXd &M) {
  for (int i = 0; i < M.rows(); ++i) {
    auto r = M.row(i);
    r /= r.norm();
  }
}
void clampCorner(MatrixXd &M) {
  auto b = M.topLeftCorner(2, 2);
  b = b.cwiseMax(0.0).cwiseMin(1.0);
}

// An explicit copy before the write.
double scaleRealBackup(MatrixXd &A) {
  auto backup = A.topRows(2).eval();
  backup *= 0.5;
  return A.sum() - backup.sum();
}
