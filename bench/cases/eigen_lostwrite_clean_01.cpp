// case-library: eigen
// case-expect: clean
// case-why: The materialised block is the function's result: its diagonal is zeroed and it is returned.
#include <Eigen/Dense>

// Leading n x n block of the Hessian without its diagonal.
Eigen::MatrixXd off_diagonal_block(const Eigen::MatrixXd& H, Eigen::Index n) {
  Eigen::MatrixXd b = H.topLeftCorner(n, n);
  b.diagonal().setZero();
  return b;
}
