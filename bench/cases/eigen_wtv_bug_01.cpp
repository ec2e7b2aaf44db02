// case-library: eigen
// case-expect: aliasing-write-through-view@9
// case-why: auto Jt = J.transpose() is a writable Transpose view, so zeroing its first row zeroes J's first column and the product uses the modified J on both sides.
#include <Eigen/Dense>

// Gauss-Newton normal matrix with the gauge parameter (row 0 of J^T) fixed.
Eigen::MatrixXd gauge_fixed_normal_matrix(Eigen::MatrixXd& J) {
  auto Jt = J.transpose();
  Jt.row(0).setZero();
  return Jt * J;
}
