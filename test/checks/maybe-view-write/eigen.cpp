// Eigen has no maybe-view operation; `Ref<const T>` is a view or an
// internal copy depending on the argument's layout (`const-form: may-copy`),
// but it cannot be written: nothing to report, on mock and real headers.
// RUN: %check_clang_tidy %s aliasing-maybe-view-write %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-maybe-view-write %t.real -- %eigen_flags
#include <Eigen/Dense>
using Eigen::MatrixXd;

double trace(const Eigen::Ref<const MatrixXd> &r) { return r.trace(); }

double blockTrace(MatrixXd &A) {
  Eigen::Ref<const MatrixXd> r = A.block(0, 0, 2, 2);
  A(0, 0) = 1;
  return r.sum() + trace(A.block(1, 1, 2, 2));
}

// reshaped() is always a view in Eigen: written on purpose.
void zeroReshaped(MatrixXd &A) {
  auto v = A.reshaped();
  v.setZero();
}
