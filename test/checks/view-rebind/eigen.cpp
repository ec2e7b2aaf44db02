// Every case runs on the mock headers and on the real Debian headers.
// RUN: %check_clang_tidy %s aliasing-view-rebind %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-view-rebind %t.real -- %eigen_flags
// Eigen's views (Block, Map) are not handles: assigning to one writes the
// viewed elements, named or temporary, so nothing here is a rebind and
// nothing is reported.
#include <Eigen/Dense>
using Eigen::MatrixXd;
using Eigen::VectorXd;

void swapRows(MatrixXd &A, const MatrixXd &B, int i, int j) {
  A.row(i) = B.row(j);
  auto r = A.row(j);
  r = B.row(i);
  A.block(0, 0, 2, 2) = B.block(1, 1, 2, 2);
}

void fillOut(MatrixXd out, const MatrixXd &x) { out = x; }

double mapped(VectorXd &v, const VectorXd &w) {
  Eigen::Map<VectorXd> m(v.data(), v.size());
  m = w;
  return v.sum();
}
