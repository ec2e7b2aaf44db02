// case-library: eigen
// case-expect: clean
// case-why: The const Ref is only read (into an owning matrix); the diagonal view written belongs to the new matrix S.
#include <Eigen/Dense>

// Symmetric matrix from the upper triangle, with Tikhonov regularisation.
Eigen::MatrixXd regularized_symmetric(const Eigen::Ref<const Eigen::MatrixXd>& A, double eps) {
  Eigen::MatrixXd S = A.selfadjointView<Eigen::Upper>();
  S.diagonal().array() += eps;
  return S;
}
