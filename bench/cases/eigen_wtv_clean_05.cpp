// case-library: eigen
// case-expect: clean
// case-why: The same-file helper writes its Ref parameter on purpose; passing Q.col(k) to it is the intended in-place Gram-Schmidt.
#include <Eigen/Dense>

static void orthogonalize_against(Eigen::Ref<Eigen::VectorXd> v, const Eigen::MatrixXd& Q, Eigen::Index k) {
  for (Eigen::Index j = 0; j < k; ++j) {
    v -= Q.col(j).dot(v) * Q.col(j);
  }
  v.normalize();
}

// Modified Gram-Schmidt orthonormalisation of the columns of Q, in place.
void gram_schmidt(Eigen::MatrixXd& Q) {
  for (Eigen::Index k = 0; k < Q.cols(); ++k) {
    orthogonalize_against(Q.col(k), Q, k);
  }
}
