// Every case runs on the mock headers and on the real Debian headers.
// RUN: %check_clang_tidy %s aliasing-const-write-through-view %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-const-write-through-view %t.real -- %eigen_flags
// Eigen's const is deep: a view of a const Matrix is read-only, and writing
// through it does not compile (`C.row(0).setZero()` on `const MatrixXd &C`).
// Const-correct code — reading through views of const parameters, writing
// into local copies — is reported nothing.
#include <Eigen/Dense>
#include <vector>
using Eigen::MatrixXd;
using Eigen::VectorXd;

// Reads through views of a const parameter.
double rowNorms(const MatrixXd &C) {
  double total = 0.0;
  for (int i = 0; i < C.rows(); ++i) {
    auto r = C.row(i);
    total += r.norm();
  }
  auto corner = C.topLeftCorner(2, 2);
  auto t = C.transpose();
  return total + corner.sum() + t.trace();
}

// An IndexedView of a const matrix is read-only as well.
double pickedSum(const MatrixXd &C, const std::vector<int> &idx) {
  auto picked = C(idx, Eigen::all);
  return picked.sum();
}

// Writes go to local copies made from views of the const parameter.
MatrixXd normalisedRows(const MatrixXd &C) {
  MatrixXd out = C;
  for (int i = 0; i < out.rows(); ++i)
    out.row(i).normalize();
  return out;
}
VectorXd clampedColumn(const MatrixXd &C, int j) {
  VectorXd c = C.col(j);
  c = c.cwiseMax(VectorXd::Zero(c.size()));
  c(0) = 1.0;
  return c;
}
MatrixXd zeroedCorner(const MatrixXd &C) {
  auto copy = C.topLeftCorner(2, 2).eval();
  copy.setZero();
  return copy;
}

// A const Ref<const> parameter: read only.
double dot(const Eigen::Ref<const VectorXd> &x, const Eigen::Ref<const VectorXd> &y) {
  return x.dot(y);
}

// A by-value const Matrix is the function's own copy.
double byValue(const MatrixXd C) { return C.row(0).sum(); }

// Writes to a non-const parameter are not this check's business.
void scaleRow(MatrixXd &M, const MatrixXd &C) {
  M.row(0) = C.row(0) * 2.0;
  auto r = M.row(1);
  r.setZero();
}
