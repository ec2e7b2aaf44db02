// case-library: eigen
// case-expect: clean
// case-why: .eval() materialises the transpose into a new matrix, so zeroing its row leaves J unchanged and the copy is read in the product.
#include <Eigen/Dense>

// Gauss-Newton normal matrix with the gauge parameter (row 0 of J^T) fixed.
Eigen::MatrixXd gauge_fixed_normal_matrix(const Eigen::MatrixXd& J) {
  auto Jt = J.transpose().eval();
  Jt.row(0).setZero();
  return Jt * J;
}
