// case-library: eigen
// case-expect: clean
// case-why: K is an owning by-value copy; regularising its diagonal and clamping a corner block through views and then returning K is intended.
#include <Eigen/Dense>

// Regularised kernel matrix with a bounded coupling block.
Eigen::MatrixXd regularize(Eigen::MatrixXd K, double eps) {
  K.diagonal().array() += eps;
  auto coupling = K.bottomRightCorner(2, 2);
  coupling = coupling.cwiseMax(-1.0).cwiseMin(1.0);
  return K;
}
