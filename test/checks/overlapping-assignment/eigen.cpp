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
  // Nested: on the right of a sum, scaled, or an operand of the product,
  // still evaluated straight into `c` (dst = b; dst += c * b; (2 * c) * b;
  // GEMM zeroes `c` before it evaluates `c * b`).
  c.noalias() = b + c * b;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'c' reads 'c' as a product operand through 'Eigen::MatrixBase::operator*', evaluated straight into 'c' by 'Eigen::MatrixBase::noalias': coefficients of 'c' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: 'c' is read as a product operand here by 'Eigen::MatrixBase::operator*'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'c' is written without a temporary because of 'Eigen::MatrixBase::noalias' here
  // CHECK-FIXES: {{^}}  c = b + c * b;{{$}}
  c.noalias() = 2 * (c * b);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'c' reads 'c' as a product operand through 'Eigen::MatrixBase::operator*', evaluated straight into 'c' by 'Eigen::MatrixBase::noalias': coefficients of 'c' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:22: note: 'c' is read as a product operand here by 'Eigen::MatrixBase::operator*'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'c' is written without a temporary because of 'Eigen::MatrixBase::noalias' here
  // CHECK-FIXES: {{^}}  c = 2 * (c * b);{{$}}
  c.noalias() = b * (c * b);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'c' reads 'c' as a product operand through 'Eigen::MatrixBase::operator*', evaluated straight into 'c' by 'Eigen::MatrixBase::noalias': coefficients of 'c' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:17: note: 'c' is read as a product operand here by 'Eigen::MatrixBase::operator*'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'c' is written without a temporary because of 'Eigen::MatrixBase::noalias' here
  // CHECK-FIXES: {{^}}  c = b * (c * b);{{$}}
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

// Shifted by a constant, both sizes the same expression (a size that is no
// constant is taken to exceed the shift); `n` is v.size(), read once.
void shiftedSegments(VectorXd &v, Eigen::Index i, Eigen::Index len, int n) {
  const Eigen::Index size = v.size();
  v.tail(size - 1) = v.head(size - 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'v' reads 'v' at shifted positions through 'Eigen::DenseBase::head': coefficients of 'v' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:22: note: 'v' is read at shifted positions here by 'Eigen::DenseBase::head'
  // CHECK-FIXES: {{^}}  v.tail(size - 1) = v.head(size - 1).eval();{{$}}
  v.tail(v.size() - 2) = 2 * v.head(v.size() - 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'v' reads 'v' at shifted positions through 'Eigen::DenseBase::head': coefficients of 'v' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:30: note: 'v' is read at shifted positions here by 'Eigen::DenseBase::head'
  // CHECK-FIXES: {{^}}  v.tail(v.size() - 2) = (2 * v.head(v.size() - 2)).eval();{{$}}
  v.segment(i + 1, len) = v.segment(i, len);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'v' reads 'v' at shifted positions through 'Eigen::DenseBase::segment': coefficients of 'v' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:27: note: 'v' is read at shifted positions here by 'Eigen::DenseBase::segment'
  // CHECK-FIXES: {{^}}  v.segment(i + 1, len) = v.segment(i, len).eval();{{$}}
  v.segment(1, n) += v.head(n);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'v' reads 'v' at shifted positions through 'Eigen::DenseBase::head': coefficients of 'v' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:22: note: 'v' is read at shifted positions here by 'Eigen::DenseBase::head'
  // CHECK-FIXES: {{^}}  v.segment(1, n) += v.head(n).eval();{{$}}
  auto first = v.head(3);
  v.segment(1, 3) = first;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'v' reads 'v' at shifted positions through 'Eigen::DenseBase::head': coefficients of 'v' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: 'v' is read at shifted positions here by 'Eigen::DenseBase::head'
  // CHECK-FIXES: {{^}}  v.segment(1, 3) = first.eval();{{$}}
}

// Two-dimensional blocks: the destination after the source along both
// dimensions, so in both storage orders (Eigen's Aliasing page:
// mat.block(1,1,2,2) = mat.block(0,0,2,2) of a 3x3 matrix).
void shiftedBlocks2D(MatrixXd &A) {
  A.block(1, 1, 2, 2) = A.block(0, 0, 2, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'A' reads 'A' at shifted positions through 'Eigen::DenseBase::block': coefficients of 'A' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: 'A' is read at shifted positions here by 'Eigen::DenseBase::block'
  // CHECK-FIXES: {{^}}  A.block(1, 1, 2, 2) = A.block(0, 0, 2, 2).eval();{{$}}
  A.rightCols(A.cols() - 1) = A.leftCols(A.cols() - 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'A' reads 'A' at shifted positions through 'Eigen::DenseBase::leftCols': coefficients of 'A' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:31: note: 'A' is read at shifted positions here by 'Eigen::DenseBase::leftCols'
  // CHECK-FIXES: {{^}}  A.rightCols(A.cols() - 1) = A.leftCols(A.cols() - 1).eval();{{$}}
  auto rows = A.rows();
  A.bottomRows(rows - 1) = A.topRows(rows - 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'A' reads 'A' at shifted positions through 'Eigen::DenseBase::topRows': coefficients of 'A' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:28: note: 'A' is read at shifted positions here by 'Eigen::DenseBase::topRows'
  // CHECK-FIXES: {{^}}  A.bottomRows(rows - 1) = A.topRows(rows - 1).eval();{{$}}
  A.middleRows(2, 3) = A.middleRows(1, 3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'A' reads 'A' at shifted positions through 'Eigen::DenseBase::middleRows': coefficients of 'A' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:24: note: 'A' is read at shifted positions here by 'Eigen::DenseBase::middleRows'
  // CHECK-FIXES: {{^}}  A.middleRows(2, 3) = A.middleRows(1, 3).eval();{{$}}
}

// Fixed sizes: the extents are the type's (Eigen's Aliasing page: the
// bottom-right and top-left 2x2 corners of a 3x3 matrix).
void fixedSizes(Eigen::Matrix3d &mat, Eigen::Vector4d &v4, Eigen::Matrix4d &m4) {
  mat.bottomRightCorner(2, 2) = mat.topLeftCorner(2, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'mat' reads 'mat' at shifted positions through 'Eigen::DenseBase::topLeftCorner': coefficients of 'mat' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:33: note: 'mat' is read at shifted positions here by 'Eigen::DenseBase::topLeftCorner'
  // CHECK-FIXES: {{^}}  mat.bottomRightCorner(2, 2) = mat.topLeftCorner(2, 2).eval();{{$}}
  v4.tail(3) = v4.head(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'v4' reads 'v4' at shifted positions through 'Eigen::DenseBase::head': coefficients of 'v4' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:16: note: 'v4' is read at shifted positions here by 'Eigen::DenseBase::head'
  // CHECK-FIXES: {{^}}  v4.tail(3) = v4.head(3).eval();{{$}}
  m4.bottomRightCorner(2, 2) = m4.topLeftCorner(2, 2);
  v4.tail(2) = v4.head(2);
}

// Sizes given as template arguments: block<r, c>(i, j) and the corners
// (BlockMethods.h, FixedBlockXpr), segment<n>(i) and head<n>() (a default
// size argument n = N).
void templateSizes(MatrixXd &A, VectorXd &v, Eigen::Index i) {
  A.block<2, 2>(1, 1) = A.block<2, 2>(0, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'A' reads 'A' at shifted positions through 'Eigen::DenseBase::block': coefficients of 'A' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: 'A' is read at shifted positions here by 'Eigen::DenseBase::block'
  // CHECK-FIXES: {{^}}  A.block<2, 2>(1, 1) = A.block<2, 2>(0, 0).eval();{{$}}
  A.block<3, 3>(1, 0) = A.topLeftCorner<3, 3>();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'A' reads 'A' at shifted positions through 'Eigen::DenseBase::topLeftCorner': coefficients of 'A' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: 'A' is read at shifted positions here by 'Eigen::DenseBase::topLeftCorner'
  // CHECK-FIXES: {{^}}  A.block<3, 3>(1, 0) = A.topLeftCorner<3, 3>().eval();{{$}}
  v.segment<3>(i + 1) = v.segment<3>(i);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'v' reads 'v' at shifted positions through 'Eigen::DenseBase::segment': coefficients of 'v' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: 'v' is read at shifted positions here by 'Eigen::DenseBase::segment'
  // CHECK-FIXES: {{^}}  v.segment<3>(i + 1) = v.segment<3>(i).eval();{{$}}
  // Silent: the destination first, disjoint, Dynamic sizes with their
  // arguments not known to be equal.
  A.topLeftCorner<2, 2>() = A.block<2, 2>(1, 1);
  A.block<2, 2>(2, 2) = A.block<2, 2>(0, 0);
  A.block<2, 2>(0, 2) = A.block<2, 2>(0, 0);
  v.segment<3>(i + 3) = v.segment<3>(i);
  A.block<Eigen::Dynamic, 2>(1, 0, i, 2) = A.block<Eigen::Dynamic, 2>(0, 0, 3, 2);
}

// Blocks of blocks, placed in the array they are made of: a segment of a
// column or row, a block of a block, a block of a local view variable.
void blocksOfBlocks(MatrixXd &A, VectorXd &v, Eigen::Index j) {
  A.col(j).segment(1, 3) = A.col(j).segment(0, 3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'A' reads 'A' at shifted positions through 'Eigen::DenseBase::segment': coefficients of 'A' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:28: note: 'A' is read at shifted positions here by 'Eigen::DenseBase::segment'
  // CHECK-FIXES: {{^}}  A.col(j).segment(1, 3) = A.col(j).segment(0, 3).eval();{{$}}
  A.row(2).segment(1, 3) = A.row(2).head(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'A' reads 'A' at shifted positions through 'Eigen::DenseBase::head': coefficients of 'A' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:28: note: 'A' is read at shifted positions here by 'Eigen::DenseBase::head'
  // CHECK-FIXES: {{^}}  A.row(2).segment(1, 3) = A.row(2).head(3).eval();{{$}}
  A.block(0, 0, 4, 4).block(1, 1, 2, 2) = A.block(0, 0, 4, 4).block(0, 0, 2, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'A' reads 'A' at shifted positions through 'Eigen::DenseBase::block': coefficients of 'A' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:43: note: 'A' is read at shifted positions here by 'Eigen::DenseBase::block'
  // CHECK-FIXES: {{^}}  A.block(0, 0, 4, 4).block(1, 1, 2, 2) = A.block(0, 0, 4, 4).block(0, 0, 2, 2).eval();{{$}}
  auto win = v.segment(2, 4);
  win.segment(1, 2) = v.segment(2, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'win' reads 'v' at shifted positions through 'Eigen::DenseBase::segment': coefficients of 'v' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:23: note: 'v' is read at shifted positions here by 'Eigen::DenseBase::segment'
  // CHECK-FIXES: {{^}}  win.segment(1, 2) = v.segment(2, 2).eval();{{$}}
  auto h = v.head(4);
  h.tail(3) = h.head(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'h' reads 'v' at shifted positions through 'Eigen::DenseBase::head': coefficients of 'v' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: 'v' is read at shifted positions here by 'Eigen::DenseBase::head'
  // CHECK-FIXES: {{^}}  h.tail(3) = h.head(3).eval();{{$}}
  // Silent: other columns or rows, disjoint within the block, the same
  // block reached two ways, a tail of a column of unknown length, the
  // destination first.
  A.col(j).segment(1, 3) = A.col(j + 1).segment(0, 3);
  A.row(2).segment(1, 3) = A.row(1).head(3);
  h.tail(2) = h.head(2);
  win.segment(0, 2) = v.segment(2, 2);
  A.col(1).tail(2) = A.col(1).head(2);
  A.col(j).head(3) = A.col(j).segment(1, 3);
}

// A block read reversed, shifted along a vector: the two index sequences
// cross inside the overlap when the starts differ by at most size - 2.
void reversedShifted(VectorXd &v) {
  v.segment(0, 5) = v.segment(1, 5).reverse();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'v' reads 'v' reversed through 'Eigen::DenseBase::reverse': coefficients of 'v' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: 'v' is read reversed here by 'Eigen::DenseBase::reverse'
  // CHECK-FIXES: {{^}}  v.segment(0, 5) = v.segment(1, 5).reverse().eval();{{$}}
  auto n = v.size();
  v.tail(n - 1) = v.head(n - 1).reverse();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'v' reads 'v' reversed through 'Eigen::DenseBase::reverse': coefficients of 'v' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: 'v' is read reversed here by 'Eigen::DenseBase::reverse'
  // CHECK-FIXES: {{^}}  v.tail(n - 1) = v.head(n - 1).reverse().eval();{{$}}
  // Silent: the sequences do not cross (v[i] from v[8 - i] reads each
  // coefficient before it is written), disjoint, a reversed copy.
  v.segment(0, 5) = v.segment(4, 5).reverse();
  v.segment(0, 2) = v.segment(5, 2).reverse();
  v.segment<4>(0) = v.segment<4>(3).reverse();
  v.segment(0, 5) = v.segment(1, 5).reverse().eval();
}

// The same block read transposed or reversed reads it at other positions,
// as the whole array would (Eigen's debug-only checkTransposeAliasing
// catches the first).
void sameBlockMapped(MatrixXd &A, VectorXd &v, Eigen::Index i) {
  A.topLeftCorner(2, 2) = A.topLeftCorner(2, 2).transpose();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'A' reads 'A' transposed through 'Eigen::DenseBase::transpose': coefficients of 'A' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:27: note: 'A' is read transposed here by 'Eigen::DenseBase::transpose'
  // CHECK-FIXES: {{^}}  A.topLeftCorner(2, 2) = A.topLeftCorner(2, 2).transpose().eval();{{$}}
  v.segment(i, 3) = v.segment(i, 3).reverse();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'v' reads 'v' reversed through 'Eigen::DenseBase::reverse': coefficients of 'v' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: 'v' is read reversed here by 'Eigen::DenseBase::reverse'
  // CHECK-FIXES: {{^}}  v.segment(i, 3) = v.segment(i, 3).reverse().eval();{{$}}
  v.head(3) = v.head(3).transpose();
}

// Mixed directions: the outer loop runs over the destination's columns
// (column-major, the default) or rows (Eigen::RowMajor) and finishes each
// before the next (AssignEvaluator.h, every dense_assignment_loop), so a
// read from an earlier outer slice reads an overwritten coefficient,
// packets or not; from a later one, a coefficient not yet written.
using RowMatrixXd = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
void mixedShifts(MatrixXd &A, RowMatrixXd &R, Eigen::Matrix4d &F,
                 Eigen::Ref<RowMatrixXd> V, Eigen::Index n) {
  A.block(0, 1, 2, 2) = A.block(1, 0, 2, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'A' reads 'A' at shifted positions through 'Eigen::DenseBase::block': coefficients of 'A' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: 'A' is read at shifted positions here by 'Eigen::DenseBase::block'
  // CHECK-FIXES: {{^}}  A.block(0, 1, 2, 2) = A.block(1, 0, 2, 2).eval();{{$}}
  R.block(1, 0, 2, 2) = R.block(0, 1, 2, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'R' reads 'R' at shifted positions through 'Eigen::DenseBase::block': coefficients of 'R' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: 'R' is read at shifted positions here by 'Eigen::DenseBase::block'
  // CHECK-FIXES: {{^}}  R.block(1, 0, 2, 2) = R.block(0, 1, 2, 2).eval();{{$}}
  F.block<2, 2>(0, 1) = F.block<2, 2>(1, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'F' reads 'F' at shifted positions through 'Eigen::DenseBase::block': coefficients of 'F' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: 'F' is read at shifted positions here by 'Eigen::DenseBase::block'
  // CHECK-FIXES: {{^}}  F.block<2, 2>(0, 1) = F.block<2, 2>(1, 0).eval();{{$}}
  V.block(1, 0, n, n) = V.block(0, 2, n, n);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'V' reads 'V' at shifted positions through 'Eigen::DenseBase::block': coefficients of 'V' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: 'V' is read at shifted positions here by 'Eigen::DenseBase::block'
  // CHECK-FIXES: {{^}}  V.block(1, 0, n, n) = V.block(0, 2, n, n).eval();{{$}}
  // Silent: the other direction in each order, disjoint columns, and a
  // forward shift within an inner slice that may be one packet (four
  // doubles: when aligned, loaded whole before it is stored, and right).
  A.block(1, 0, 2, 2) = A.block(0, 1, 2, 2);
  R.block(0, 1, 2, 2) = R.block(1, 0, 2, 2);
  V.block(0, 2, n, n) = V.block(1, 0, n, n);
  A.block(0, 2, 2, 2) = A.block(1, 0, 2, 2);
  R.block(0, 1, 3, 4) = R.block(0, 0, 3, 4);
  A.block(1, 0, 4, 3) = A.block(0, 0, 4, 3);
}

// A shifted two-dimensional block read transposed: a Transpose flips
// RowMajorBit (Transpose.h), the storage orders disagree, and the loop is
// the scalar DefaultTraversal: dst(i, j) reads src(j, i), overwritten if
// written at an earlier (outer, inner) step. Reversed (both directions):
// only reads from an earlier outer slice count (the reversed packets of
// one slice are loaded before they are stored), and only for a destination
// that provably does not span its array's inner extent (an inner panel may
// be traversed linearly, its packets crossing slices).
void mappedShifts(MatrixXd &A, RowMatrixXd &R, Eigen::Matrix4d &F, Eigen::Index n) {
  A.block(0, 0, 4, 4) = A.block(1, 1, 4, 4).transpose();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'A' reads 'A' transposed through 'Eigen::DenseBase::transpose': coefficients of 'A' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: 'A' is read transposed here by 'Eigen::DenseBase::transpose'
  // CHECK-FIXES: {{^}}  A.block(0, 0, 4, 4) = A.block(1, 1, 4, 4).transpose().eval();{{$}}
  R.block(0, 0, n, n) = R.block(1, 1, n, n).transpose();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'R' reads 'R' transposed through 'Eigen::DenseBase::transpose': coefficients of 'R' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: 'R' is read transposed here by 'Eigen::DenseBase::transpose'
  // CHECK-FIXES: {{^}}  R.block(0, 0, n, n) = R.block(1, 1, n, n).transpose().eval();{{$}}
  A.block(1, 1, 3, 3) = A.block(0, 0, 3, 3).reverse();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'A' reads 'A' reversed through 'Eigen::DenseBase::reverse': coefficients of 'A' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: 'A' is read reversed here by 'Eigen::DenseBase::reverse'
  // CHECK-FIXES: {{^}}  A.block(1, 1, 3, 3) = A.block(0, 0, 3, 3).reverse().eval();{{$}}
  F.block<3, 3>(1, 1) = F.block<3, 3>(0, 0).reverse();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'F' reads 'F' reversed through 'Eigen::DenseBase::reverse': coefficients of 'F' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: 'F' is read reversed here by 'Eigen::DenseBase::reverse'
  // CHECK-FIXES: {{^}}  F.block<3, 3>(1, 1) = F.block<3, 3>(0, 0).reverse().eval();{{$}}
  // Silent: a 3x3 block transposed from one a step down the diagonal
  // reads each coefficient before it is written (measured), disjoint, the
  // order not known (a reference to a Block), a destination that may be an
  // inner panel, a copy.
  A.block(0, 0, 3, 3) = A.block(1, 1, 3, 3).transpose();
  R.block(0, 0, 3, 3) = R.block(1, 1, 3, 3).transpose();
  A.block(0, 4, 3, 3) = A.block(0, 0, 3, 3).reverse();
  A.block(0, 0, n, n) = A.block(1, 1, n, n).reverse();
  A.block(0, 0, 4, 4) = A.block(1, 1, 4, 4).transpose().eval();
}

// Silent: blocks not proven to overlap (sizes or starts not known relative
// to each other, a tail of unknown size), disjoint, the same block, the
// destination before the source (a forward loop reads each coefficient
// before it overwrites it), .eval(), a variable written after its
// initialisation.
void blocksNotProven(VectorXd &v, MatrixXd &A, int n, Eigen::Index k) {
  v.tail(n - 1) = v.head(n - 1);
  v.segment(3, 2) = v.head(2);
  v.head(3) = v.segment(1, 3);
  v.tail(3) = v.head(3);
  v.head(k) = v.tail(k);
  v.head(3) = v.head(3) * 2;
  v.segment(1, 3) = v.head(3).eval();
  v.tail(v.size() - 1) = v.head(v.size() - 1).eval();
  Eigen::Index m = v.size();
  m -= 2;
  v.tail(m - 1) = v.head(m - 1);
  A.bottomRows(k) = A.topRows(k);
  A.block(2, 2, 2, 2) = A.block(0, 0, 2, 2);
  A.block(0, 0, 2, 2) = A.block(1, 1, 2, 2);
  A.row(1) = A.row(0);
  A.col(1) = 2 * A.col(0);
  A.leftCols(k) = A.rightCols(k);
}

// Silent: element-wise self-assignment, products without noalias() (a
// temporary), under noalias() a product on the left of a sum (evaluated into
// its evaluator's temporary first) or not reading the destination, the
// in-place forms, .eval(), the same transposition on both sides, a vector
// transposed, other arrays, blocks not proven to overlap.
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
  R.noalias() = R * dR + dR;
  R.noalias() = R + dR * b;
  R = dR + R * dR;
  a.row(0) = a.row(1);
  a.col(0) = a.row(0).transpose();
  v.head(2) = v.tail(2);
}
