// case-library: eigen
// case-expect: aliasing-lost-write-to-copy@12
// case-why: A.col(j).eval() is a plain VectorXd copy; scaling it in the loop never reaches A.
#include <Eigen/Dense>

// Column scaling (Jacobi preconditioning) of the system matrix, in place.
void scale_columns(Eigen::MatrixXd& A) {
  for (Eigen::Index j = 0; j < A.cols(); ++j) {
    auto c = A.col(j).eval();
    double n = c.norm();
    if (n > 0.0) {
      c /= n;
    }
  }
}
