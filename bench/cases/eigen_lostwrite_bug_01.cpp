// case-library: eigen
// case-expect: aliasing-lost-write-to-copy@10
// case-expect: aliasing-lost-write-to-copy@12
// case-why: Both corner blocks are materialised into owning MatrixXd locals, zeroed and dropped; H keeps its off-diagonal blocks.
#include <Eigen/Dense>

// Decouples the two parameter groups of a Hessian by zeroing the off-diagonal blocks.
void decouple_blocks(Eigen::MatrixXd& H, Eigen::Index n) {
  Eigen::MatrixXd upper = H.topRightCorner(n, H.cols() - n);
  upper.setZero();
  Eigen::MatrixXd lower = H.bottomLeftCorner(H.rows() - n, n);
  lower.setZero();
}
