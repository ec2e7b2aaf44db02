// Every case runs on the mock headers and on the real Debian headers.
// RUN: %check_clang_tidy %s aliasing-overlapping-assignment %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-overlapping-assignment %t.real -- %eigen_flags
// The fixed files compile, and leave nothing to report:
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %eigen_flags %t.real.cpp
// RUN: %check_clang_tidy %t.cpp aliasing-overlapping-assignment %t.refix -- %mock_flags
// RUN: %check_clang_tidy %t.real.cpp aliasing-overlapping-assignment %t.real.refix -- %eigen_flags
#include <Eigen/Dense>
using Eigen::MatrixXd;
using Eigen::VectorXd;

// Transposition, adjoint and reversal read (j, i) or the mirrored index
// while (i, j) is written: checkTransposeAliasing is a debug-only assert.
void transposes(MatrixXd &a) {
  a = a.transpose();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'a' reads 'a' transposed through 'Eigen::DenseBase::transpose': coefficients of 'a' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: 'a' is read transposed here by 'Eigen::DenseBase::transpose'
  // CHECK-FIXES: {{^}}  a.transposeInPlace();{{$}}
  a = a.adjoint();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'a' reads 'a' transposed through 'Eigen::MatrixBase::adjoint': coefficients of 'a' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: 'a' is read transposed here by 'Eigen::MatrixBase::adjoint'
  // CHECK-FIXES: {{^}}  a.adjointInPlace();{{$}}
  a = a.reverse();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'a' reads 'a' reversed through 'Eigen::DenseBase::reverse': coefficients of 'a' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: 'a' is read reversed here by 'Eigen::DenseBase::reverse'
  // CHECK-FIXES: {{^}}  a.reverseInPlace();{{$}}
}

// Inside a larger expression, in a compound assignment, through a view
// variable: no in-place form, the right-hand side is evaluated first.
void nested(MatrixXd &a, const MatrixXd &b) {
  a = 2 * a.transpose();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'a' reads 'a' transposed through 'Eigen::DenseBase::transpose': coefficients of 'a' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'a' is read transposed here by 'Eigen::DenseBase::transpose'
  // CHECK-FIXES: {{^}}  a = (2 * a.transpose()).eval();{{$}}
  a = 0.5 * (a + a.transpose());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'a' reads 'a' transposed through 'Eigen::DenseBase::transpose': coefficients of 'a' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:18: note: 'a' is read transposed here by 'Eigen::DenseBase::transpose'
  // CHECK-FIXES: {{^}}  a = (0.5 * (a + a.transpose())).eval();{{$}}
  a += a.transpose();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'a' reads 'a' transposed through 'Eigen::DenseBase::transpose': coefficients of 'a' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: 'a' is read transposed here by 'Eigen::DenseBase::transpose'
  // CHECK-FIXES: {{^}}  a += a.transpose().eval();{{$}}
  auto t = a.transpose();
  a = t;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'a' reads 'a' transposed through 'Eigen::DenseBase::transpose': coefficients of 'a' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 'a' is read transposed here by 'Eigen::DenseBase::transpose'
  // CHECK-FIXES: {{^}}  a = t.eval();{{$}}
  a.noalias() = a.transpose();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'a' reads 'a' transposed through 'Eigen::DenseBase::transpose', evaluated straight into 'a' by 'Eigen::MatrixBase::noalias': coefficients of 'a' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:17: note: 'a' is read transposed here by 'Eigen::DenseBase::transpose'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'a' is written without a temporary because of 'Eigen::MatrixBase::noalias' here
  // CHECK-FIXES: {{^}}  a.noalias() = a.transpose().eval();{{$}}
}

// A product under noalias() is evaluated straight into its destination;
// lazyProduct() always is (no evaluator_assume_aliasing).
void products(MatrixXd &c, const MatrixXd &b) {
  c.noalias() = c * b;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'c' reads 'c' as a product operand through 'Eigen::MatrixBase::operator*', evaluated straight into 'c' by 'Eigen::MatrixBase::noalias': coefficients of 'c' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:17: note: 'c' is read as a product operand here by 'Eigen::MatrixBase::operator*'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'c' is written without a temporary because of 'Eigen::MatrixBase::noalias' here
  // CHECK-FIXES: {{^}}  c = c * b;{{$}}
  c.noalias() += b * c;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'c' reads 'c' as a product operand through 'Eigen::MatrixBase::operator*', evaluated straight into 'c' by 'Eigen::MatrixBase::noalias': coefficients of 'c' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:18: note: 'c' is read as a product operand here by 'Eigen::MatrixBase::operator*'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'c' is written without a temporary because of 'Eigen::MatrixBase::noalias' here
  // CHECK-FIXES: {{^}}  c += b * c;{{$}}
  c = c.lazyProduct(b);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'c' reads 'c' at other positions through 'Eigen::MatrixBase::lazyProduct': coefficients of 'c' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: 'c' is read at other positions here by 'Eigen::MatrixBase::lazyProduct'
  // CHECK-FIXES: {{^}}  c = c.lazyProduct(b).eval();{{$}}
}

// Two blocks of one vector with constant starts and sizes, overlapping, the
// destination after the source: the forward loop reads what it wrote.
void shiftedBlocks(VectorXd &v) {
  v.segment(1, 3) = v.head(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'v' reads 'v' at shifted positions through 'Eigen::DenseBase::head': coefficients of 'v' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: 'v' is read at shifted positions here by 'Eigen::DenseBase::head'
  // CHECK-FIXES: {{^}}  v.segment(1, 3) = v.head(3).eval();{{$}}
  v.segment(2, 2) = 2 * v.segment(1, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'v' reads 'v' at shifted positions through 'Eigen::DenseBase::segment': coefficients of 'v' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: 'v' is read at shifted positions here by 'Eigen::DenseBase::segment'
  // CHECK-FIXES: {{^}}  v.segment(2, 2) = (2 * v.segment(1, 2)).eval();{{$}}
}

// Silent: blocks not proven to overlap (sizes or starts not constant, a
// tail, whose start depends on the size), disjoint, or the destination
// before the source (each element is read before it is overwritten).
void blocksNotProven(VectorXd &v, int n) {
  v.tail(n - 1) = v.head(n - 1);
  v.segment(1, n) = v.head(n);
  v.segment(3, 2) = v.head(2);
  v.head(3) = v.segment(1, 3);
  v.tail(3) = v.head(3);
}

// Silent: element-wise self-assignment, products without noalias() (a
// temporary), the in-place forms, .eval(), the same transposition on both
// sides, a vector transposed, other arrays, blocks not proven to overlap.
void negatives(MatrixXd &a, MatrixXd &R, const MatrixXd &dR, VectorXd &v,
               const VectorXd &w, const MatrixXd &b) {
  v = 2 * v + w;
  R = R * dR;
  R *= dR;
  a = a.transpose() * b;
  a.transposeInPlace();
  a.adjointInPlace();
  a = a.transpose().eval();
  a = a.reverse().eval();
  a.transpose() = a.transpose();
  v = v.transpose();
  a = b.transpose();
  R.noalias() = dR * b;
  a.row(0) = a.row(1);
  a.col(0) = a.row(0).transpose();
  v.head(2) = v.tail(2);
}
