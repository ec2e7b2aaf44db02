// A second view of the same coefficients (the same row, column or block, made
// again after the write) used with the written view: the author expected it
// to hold the old values. Other blocks of the same matrix read together with
// the written one are idiomatic and not reported.
// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-write-through-view %t.real -- %eigen_flags
// The fixed file compiles:
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %eigen_flags %t.real.cpp
#include <Eigen/Dense>
using Eigen::MatrixXd;

// ===== Positives ==========================================================

// The change of the rescaled column, measured against the column made again:
// always zero.
double columnChange(MatrixXd &M, Eigen::Index j, double s) {
  auto c = M.col(j);
  c *= s;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'c' also modifies 'M': 'c' is a view of 'M' created by 'Eigen::DenseBase::col' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 'c' is made a view of 'M' here
  // CHECK-MESSAGES: :[[@LINE+3]]:11: note: 'unscaled', a second view of the same elements of 'M', is used together with 'c' here, after the write
  // CHECK-FIXES: auto c = M.col(j).eval();
  auto unscaled = M.col(j);
  return (unscaled - c).norm();
}

// A block clamped in place, then compared with the block made again.
double clampedAmount(MatrixXd &K) {
  auto corner = K.block(0, 0, 2, 2);
  corner = corner.cwiseMax(-1.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'corner' also modifies 'K': 'corner' is a view of 'K' created by 'Eigen::DenseBase::block' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'corner' is made a view of 'K' here
  // CHECK-MESSAGES: :[[@LINE+3]]:11: note: 'input', a second view of the same elements of 'K', is used together with 'corner' here, after the write
  // CHECK-FIXES: auto corner = K.block(0, 0, 2, 2).eval();
  auto input = K.block(0, 0, 2, 2);
  return (input - corner).squaredNorm();
}

// ===== Negatives ==========================================================

// The distance of two rows: other coefficients of the same matrix.
double rowDistance(MatrixXd &M, Eigen::Index i, Eigen::Index j) {
  auto a = M.row(i);
  a *= 2.0;
  auto b = M.row(j);
  return (a - b).norm();
}

// Modified Gram-Schmidt over named column views, checked against the
// earlier columns.
double gramSchmidt(MatrixXd &Q) {
  double worst = 0;
  for (Eigen::Index k = 0; k < Q.cols(); ++k) {
    auto qk = Q.col(k);
    for (Eigen::Index j = 0; j < k; ++j) {
      auto qj = Q.col(j);
      qk -= qj.dot(qk) * qj;
    }
    qk *= 1.0 / qk.norm();
    for (Eigen::Index j = 0; j < k; ++j) {
      auto qj = Q.col(j);
      double d = qk.dot(qj);
      worst = d > worst ? d : worst;
    }
  }
  return worst;
}

// A block written from its neighbour, then the two compared.
double shiftBlock(MatrixXd &M) {
  auto dst = M.block(0, 0, 2, 2);
  auto src = M.block(0, 2, 2, 2);
  dst = src;
  auto rest = M.block(2, 0, 2, 2);
  return (dst - rest).norm();
}

// The same column made again after the write, used on its own.
double normAfterScale(MatrixXd &M, Eigen::Index j) {
  auto c = M.col(j);
  c *= 2.0;
  auto scaled = M.col(j);
  return scaled.norm();
}

// The same column of another matrix.
double otherMatrix(MatrixXd &A, MatrixXd &B) {
  auto a = A.col(0);
  a *= 2.0;
  auto b = B.col(0);
  return (a - b).norm();
}

// An owning vector made after the write: a copy, not a view.
double ownedAfter(MatrixXd &M) {
  auto c = M.col(0);
  c *= 2.0;
  Eigen::VectorXd v = M.col(0);
  return (v - c).norm();
}
