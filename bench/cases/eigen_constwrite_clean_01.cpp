// case-library: eigen
// case-expect: clean
// case-why: Eigen const is deep: the const matrix is copied into an owning B, and only B's row view is written.
#include <Eigen/Dense>

// Design matrix with the first observation masked out.
Eigen::MatrixXd mask_first_observation(const Eigen::MatrixXd& A) {
  Eigen::MatrixXd B = A;
  B.row(0).setZero();
  return B;
}
