// Every case runs on the mock headers and on the real Debian headers.
// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-write-through-view %t.real -- %eigen_flags
// The fixed file compiles:
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %eigen_flags %t.real.cpp
#include <Eigen/Dense>
#include <vector>
using Eigen::MatrixXd;
using Eigen::VectorXd;

// ---------------------------------------------------------------------------
// Positives: the view is named like a copy and the original is read after the
// write, or the view and the original are used together after the write.
// ---------------------------------------------------------------------------

// P1 (array-api-semantics P1): topRows() is a Block, not a backup.
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

// A row zeroed, then the matrix and the row used together.
MatrixXd projectOut(MatrixXd &A) {
  auto r = A.bottomRows(1);
  r.setZero();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'r' also modifies 'A': 'r' is a view of 'A' created by 'Eigen::DenseBase::bottomRows' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 'r' is made a view of 'A' here
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'A' is used together with 'r' here, after the write
  // CHECK-FIXES: auto r = A.bottomRows(1).eval();
  return A * r.transpose();
}

// An IndexedView with an index list is a view in Eigen (NumPy would copy).
double doublePicked(MatrixXd &A, const std::vector<int> &idx) {
  auto prev = A(idx, Eigen::all);
  prev *= 2;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'prev' also modifies 'A': 'prev' is a view of 'A' created by 'Eigen::DenseBase::operator()' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'prev' is made a view of 'A' here
  // CHECK-MESSAGES: :[[@LINE+2]]:18: note: 'A' is read here, after the write
  // CHECK-FIXES: auto prev = A(idx, Eigen::all).eval();
  double total = A.sum();
  return total + prev.sum();
}

// head() of a vector.
double resetHead(VectorXd &v) {
  auto saved = v.head(3);
  saved.setConstant(0.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'saved' also modifies 'v': 'saved' is a view of 'v' created by 'Eigen::DenseBase::head' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: 'saved' is made a view of 'v' here
  // CHECK-MESSAGES: :[[@LINE+2]]:14: note: 'v' is read here, after the write
  // CHECK-FIXES: auto saved = v.head(3).eval();
  double s = v.sum();
  return s + saved.norm();
}

// Assigning to a view writes through it; it never rebinds.
double overwriteColumn(MatrixXd &A, const MatrixXd &B) {
  auto old = A.col(0);
  old = B.col(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'old' also modifies 'A': 'old' is a view of 'A' created by 'Eigen::DenseBase::col' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: 'old' is made a view of 'A' here
  // CHECK-MESSAGES: :[[@LINE+2]]:11: note: 'A' is used together with 'old' here, after the write
  // CHECK-FIXES: auto old = A.col(0).eval();
  return (A.col(1) - old).norm();
}

// A view of a view: the fix-it copies at the last view.
double zeroCorner(MatrixXd &A) {
  auto top = A.topRows(2);
  auto corner_copy = top.leftCols(2);
  corner_copy.setZero();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'corner_copy' also modifies 'A': 'corner_copy' is a view of 'A' created by 'Eigen::DenseBase::leftCols' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:22: note: 'corner_copy' is made a view of 'A' here
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'A' is used together with 'corner_copy' here, after the write
  // CHECK-FIXES: auto corner_copy = top.leftCols(2).eval();
  return A.sum() + corner_copy.sum();
}

// transpose() is a writable view.
double bumpTransposed(MatrixXd &A) {
  auto orig = A.transpose();
  orig.setIdentity();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'orig' also modifies 'A': 'orig' is a view of 'A' created by 'Eigen::DenseBase::transpose' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'orig' is made a view of 'A' here
  // CHECK-MESSAGES: :[[@LINE+2]]:14: note: 'A' is read here, after the write
  // CHECK-FIXES: auto orig = A.transpose().eval();
  double t = A.trace();
  return t - orig.trace();
}

// reshaped() never copies.
double clearFlat(MatrixXd &A) {
  auto flat_copy = A.reshaped();
  flat_copy.setZero();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'flat_copy' also modifies 'A': 'flat_copy' is a view of 'A' created by 'Eigen::DenseBase::reshaped' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: 'flat_copy' is made a view of 'A' here
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'A' is used together with 'flat_copy' here, after the write
  // CHECK-FIXES: auto flat_copy = A.reshaped().eval();
  return A.sum() + flat_copy.sum();
}

// Written in a loop, the original read after it.
double halveInLoop(MatrixXd &A, int n) {
  auto tmp = A.col(0);
  for (int i = 0; i < n; ++i)
    tmp *= 0.5;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write through 'tmp' also modifies 'A': 'tmp' is a view of 'A' created by 'Eigen::DenseBase::col' [aliasing-write-through-view]
    // CHECK-MESSAGES: :[[@LINE-4]]:14: note: 'tmp' is made a view of 'A' here
    // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'A' is used together with 'tmp' here, after the write
    // CHECK-FIXES: auto tmp = A.col(0).eval();
  return A.norm() / tmp.norm();
}

// Written on both arms of a branch: a view on every path.
double resetEitherWay(MatrixXd &A, bool ones) {
  auto scratch = A.col(1);
  if (ones)
    scratch.setOnes();
  else
    scratch.setZero();
    // Reported once, at the first write in source order (the then-arm).
    // CHECK-MESSAGES: :[[@LINE-4]]:5: warning: write through 'scratch' also modifies 'A': 'scratch' is a view of 'A' created by 'Eigen::DenseBase::col' [aliasing-write-through-view]
    // CHECK-MESSAGES: :[[@LINE-7]]:18: note: 'scratch' is made a view of 'A' here
    // CHECK-MESSAGES: :[[@LINE+2]]:14: note: 'A' is read here, after the write
    // CHECK-FIXES: auto scratch = A.col(1).eval();
  double n = A.norm();
  return n - scratch.norm();
}

// A member matrix.
struct Layer {
  MatrixXd W;
  double decayFirst() {
    auto prev = W.row(0);
    prev *= 0.9;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write through 'prev' also modifies 'W': 'prev' is a view of 'W' created by 'Eigen::DenseBase::row' [aliasing-write-through-view]
    // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'prev' is made a view of 'W' here
    // CHECK-MESSAGES: :[[@LINE+2]]:16: note: 'W' is read here, after the write
    // CHECK-FIXES: auto prev = W.row(0).eval();
    double s = W.squaredNorm();
    return s - prev.squaredNorm();
  }
};

// An element written through a named view.
double setTransposed(MatrixXd &A, double x) {
  auto old = A.transpose();
  old(0, 1) = x;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'old' also modifies 'A': 'old' is a view of 'A' created by 'Eigen::DenseBase::transpose' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: 'old' is made a view of 'A' here
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'A' is used together with 'old' here, after the write
  // CHECK-FIXES: auto old = A.transpose().eval();
  return A(1, 0) - old(0, 1);
}

// A same-TU helper writes the view through its Ref<> parameter.
void scaleCol(Eigen::Ref<VectorXd> x) { x *= 2.0; }
double scaleColumnBackup(MatrixXd &A) {
  auto backup = A.col(0);
  scaleCol(backup);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'backup' also modifies 'A': 'backup' is a view of 'A' created by 'Eigen::DenseBase::col' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'backup' is made a view of 'A' here
  // CHECK-MESSAGES: :[[@LINE+2]]:14: note: 'A' is read here, after the write
  // CHECK-FIXES: auto backup = A.col(0).eval();
  double s = A.sum();
  return s - backup.sum();
}

// A row normalised, then compared with the matrix it belongs to.
double normaliseAndCompare(MatrixXd &A) {
  auto r = A.row(0);
  r.normalize();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'r' also modifies 'A': 'r' is a view of 'A' created by 'Eigen::DenseBase::row' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 'r' is made a view of 'A' here
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'A' is used together with 'r' here, after the write
  // CHECK-FIXES: auto r = A.row(0).eval();
  return A.row(1).dot(r);
}

// ---------------------------------------------------------------------------
// Negatives: the intended, idiomatic uses of views.
// ---------------------------------------------------------------------------

// Normalising rows in place is the function's job.
void normaliseRows(MatrixXd &M) {
  for (int i = 0; i < M.rows(); ++i) {
    auto r = M.row(i);
    r /= r.norm();
  }
}

// Clamping a block in place is the function's job.
void clampCorner(MatrixXd &M) {
  auto b = M.topLeftCorner(2, 2);
  b = b.cwiseMax(0.0).cwiseMin(1.0);
}

// Gaussian elimination through a named row view.
void eliminate(MatrixXd &A) {
  for (int k = 0; k < A.rows(); ++k)
    for (int i = k + 1; i < A.rows(); ++i) {
      auto ri = A.row(i);
      ri -= (A(i, k) / A(k, k)) * A.row(k);
    }
}

// An explicit .eval() before the write: the backup is a copy.
double scaleRealBackup(MatrixXd &A) {
  auto backup = A.topRows(2).eval();
  backup *= 0.5;
  return A.sum() + backup.sum();
}

// A backup materialised into a Matrix is a copy.
double scaleMatrixBackup(MatrixXd &A) {
  MatrixXd backup = A.topRows(2);
  backup *= 0.5;
  return A.sum() + backup.sum();
}

// Writes through an IndexedView reach the original on purpose.
void zeroPicked(MatrixXd &A, const std::vector<int> &idx) {
  auto picked = A(idx, Eigen::all);
  picked.setZero();
}

// P11: eval() of a plain matrix is the matrix itself; a write to the matrix
// is not a write through a view (a stale-snapshot question, not this one).
double evalAlias(MatrixXd &M) {
  const auto &e = M.eval();
  M.setZero();
  return e.sum();
}

// A reference names the original on purpose, whatever its name.
double zeroThroughReference(MatrixXd &A) {
  MatrixXd &backup = A;
  backup.setZero();
  return A.sum();
}

// A helper writing its Ref<> parameter on purpose, called on a column.
void normaliseInPlace(Eigen::Ref<VectorXd> x) { x /= x.norm(); }
double normaliseFirstColumn(MatrixXd &A) {
  normaliseInPlace(A.col(0));
  return A.sum();
}

// The original is read only before the write.
double sumThenClear(MatrixXd &A) {
  double s = A.sum();
  auto tmp = A.col(0);
  tmp.setZero();
  return s;
}

// An early return: the read of the original is on a path without the write.
double clearUnlessAsked(MatrixXd &A, bool justSum) {
  auto tmp = A.col(0);
  if (justSum)
    return A.sum();
  tmp.setZero();
  return 0.0;
}

// A view whose name says nothing, then the original read: by default only
// named copies and joint uses count (the Strict option reports it).
double plainName(MatrixXd &A) {
  auto left = A.leftCols(1);
  left.setZero();
  return A.sum();
}

// Silenced.
double silenced(MatrixXd &A) {
  auto backup = A.topRows(2);
  backup *= 0.5; // NOLINT(aliasing-write-through-view)
  return A.sum();
}
