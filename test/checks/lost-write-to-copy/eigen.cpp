// Every case runs on the mock headers and on the real Debian headers.
// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t.real -- %eigen_flags
#include <Eigen/Dense>
#include <vector>
using Eigen::MatrixXd;
using Eigen::VectorXd;

void consume(const MatrixXd &m);

// ---------------------------------------------------------------------------
// Positives: a copy is written and the write can never be observed.
// ---------------------------------------------------------------------------

// P2: a block materialised into a Matrix is a copy.
void zeroTopLeft(const MatrixXd &A) {
  MatrixXd blk = A.block(0, 0, 2, 2);
  blk.setZero();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'blk' is never read: 'blk' is a copy of 'A', so 'A' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: 'blk' is made a copy of 'A' by 'Eigen::Matrix' here
}

// A row copied into a row vector, scaled, dropped.
void scaleFirstRow(MatrixXd &A) {
  Eigen::RowVectorXd r = A.row(0);
  r *= 2.0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'r' is never read: 'r' is a copy of 'A', so 'A' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:26: note: 'r' is made a copy of 'A' by 'Eigen::Matrix' here
}

// `auto` on eval() of a plain matrix copies it.
void resetCopy(MatrixXd &A) {
  auto c = A.eval();
  c.setIdentity();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'c' is never read: 'c' is a copy of 'A', so 'A' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 'c' is made a copy of 'A' by 'Eigen::Matrix' here
}

// eval() of a block expression is a plain copy.
void resetBlockCopy(MatrixXd &A) {
  auto b = A.block(0, 0, 2, 2).eval();
  b.setConstant(1.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'b' is never read: 'b' is a copy of 'A', so 'A' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 'b' is made a copy of 'A' by 'Eigen::DenseBase::eval' here
}

// A temporary Matrix made from a block, written and dropped.
void zeroTemporary(MatrixXd &A) {
  MatrixXd(A.topRows(2)).setZero();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 'A' is lost: 'Eigen::Matrix' returns a copy, so 'A' is NOT modified [aliasing-lost-write-to-copy]
}

// A matrix assigned a transposed view holds a copy.
void transposeAndScale(MatrixXd &A) {
  MatrixXd w;
  w = A.transpose();
  w *= 2.0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'w' is never read: 'w' is a copy of 'A', so 'A' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: 'w' is made a copy of 'A' by 'operator=' here
}

// An Array made from a Matrix is a copy (array() on a Matrix is a view, the
// owning ArrayXXd is not).
void bumpArray(MatrixXd &A) {
  Eigen::ArrayXXd arr = A.array();
  arr += 1.0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'arr' is never read: 'arr' is a copy of 'A', so 'A' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:25: note: 'arr' is made a copy of 'A' by 'Eigen::Array' here
}

// A copy on both arms of a branch.
void zeroEnd(MatrixXd &A, bool top) {
  MatrixXd w;
  if (top)
    w = A.topRows(1);
  else
    w = A.bottomRows(1);
  w.setZero();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'w' is never read: 'w' is a copy of 'A', so 'A' is NOT modified [aliasing-lost-write-to-copy]
  // The note shows the first copy in source order, whichever branch the
  // CFG lists first.
  // CHECK-MESSAGES: :[[@LINE-7]]:9: note: 'w' is made a copy of 'A' by 'operator=' here
}

// Each row copied and normalised in a loop; the copies die unread.
void normaliseRowsWrongly(MatrixXd &A) {
  for (int i = 0; i < A.rows(); ++i) {
    Eigen::RowVectorXd r = A.row(i);
    r.normalize();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write to 'r' is never read: 'r' is a copy of 'A', so 'A' is NOT modified [aliasing-lost-write-to-copy]
    // CHECK-MESSAGES: :[[@LINE-3]]:28: note: 'r' is made a copy of 'A' by 'Eigen::Matrix' here
  }
}

// An element of a copy, and a block of a copy, written.
void setCorner(const MatrixXd &A, double x) {
  VectorXd c = A.col(0);
  c(0) = x;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'c' is never read: 'c' is a copy of 'A', so 'A' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: 'c' is made a copy of 'A' by 'Eigen::Matrix' here
}
void clearFirstRow(const MatrixXd &A) {
  MatrixXd w = A;
  w.row(0).setZero();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'w' is never read: 'w' is a copy of 'A', so 'A' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: 'w' is made a copy of 'A' by 'Eigen::Matrix' here
}

// A same-TU helper writes the copy.
void scaleAll(MatrixXd &x) { x *= 2.0; }
double scaleCopy(MatrixXd &A) {
  MatrixXd backup = A;
  scaleAll(backup);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'backup' is never read: 'backup' is a copy of 'A', so 'A' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:21: note: 'backup' is made a copy of 'A' by 'Eigen::Matrix' here
  return A.sum();
}

// ... or through its Ref<> parameter.
void halveRef(Eigen::Ref<VectorXd> x) { x *= 0.5; }
void halveColumnCopy(MatrixXd &A) {
  VectorXd c = A.col(0);
  halveRef(c);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'c' is never read: 'c' is a copy of 'A', so 'A' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: 'c' is made a copy of 'A' by 'Eigen::Matrix' here
}

// The copy dies at the end of its scope.
double clearInScope(MatrixXd &A) {
  {
    MatrixXd tmp = A.leftCols(1);
    tmp.setZero();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write to 'tmp' is never read: 'tmp' is a copy of 'A', so 'A' is NOT modified [aliasing-lost-write-to-copy]
    // CHECK-MESSAGES: :[[@LINE-3]]:20: note: 'tmp' is made a copy of 'A' by 'Eigen::Matrix' here
  }
  return A.sum();
}

// ---------------------------------------------------------------------------
// Negatives: the copy is observed, or it is no copy at all.
// ---------------------------------------------------------------------------

// A copy written and returned.
MatrixXd zeroedCorner(const MatrixXd &A) {
  MatrixXd blk = A.block(0, 0, 2, 2);
  blk.setZero();
  return blk;
}

// IndexedView is a view in Eigen: writes reach A.
void doubleRows(MatrixXd &A, const std::vector<int> &idx) {
  auto sel = A(idx, Eigen::all);
  sel *= 2.0;
  A(idx, Eigen::all).setZero();
}

// Writes through temporary blocks reach A.
void writeBlocks(MatrixXd &A, const VectorXd &v) {
  A.block(0, 0, 2, 2).setZero();
  A.row(0) = v.transpose();
  A.col(1) *= 2.0;
  A.topRows(1).array() += 1.0;
}

// A copy written, then passed on.
void scaleAndConsume(const MatrixXd &A) {
  MatrixXd w = A;
  w *= 2.0;
  consume(w);
}

// A copy written, then assigned back into the original.
void scaleTopRows(MatrixXd &A) {
  MatrixXd tmp = A.topRows(2);
  tmp *= 2.0;
  A.topRows(2) = tmp;
}

// A copy written in a loop and read in the next iteration.
int halveUntilSmall(const VectorXd &v, double tol) {
  VectorXd x = v;
  int steps = 0;
  while (steps < 100) {
    if (x.norm() < tol)
      break;
    x *= 0.5;
    ++steps;
  }
  return steps;
}

// Double buffering: the copy is swapped into the original.
void relax(MatrixXd &grid, int iters) {
  MatrixXd next = grid;
  for (int k = 0; k < iters; ++k) {
    next = grid * 0.5;
    grid.swap(next);
  }
}

// A copy read on one later path only is still observed.
double maybeNorm(const MatrixXd &A, bool want) {
  MatrixXd w = A;
  w *= 2.0;
  if (want)
    return w.norm();
  return 0.0;
}

// The copy's write is observed through a view of the copy.
double rowOfCopy(const MatrixXd &A) {
  MatrixXd w = A;
  auto r = w.row(0);
  w.setZero();
  return r.sum();
}

// A copy on one path only.
void maybeCopy(const MatrixXd &A, bool copy) {
  MatrixXd w(2, 2);
  if (copy)
    w = A.topLeftCorner(2, 2);
  w.setZero();
  consume(w.transpose());
}

// A by-value parameter is the function's own copy, returned.
MatrixXd doubled(MatrixXd m) {
  m *= 2.0;
  return m;
}

// A helper writing its reference parameter on purpose.
void zeroOut(MatrixXd &out) { out.setZero(); }
void resetAll(MatrixXd &A) { zeroOut(A); }

// Silenced.
void silenced(const MatrixXd &A) {
  MatrixXd blk = A.block(0, 0, 2, 2);
  blk.setZero(); // NOLINT(aliasing-lost-write-to-copy)
}
