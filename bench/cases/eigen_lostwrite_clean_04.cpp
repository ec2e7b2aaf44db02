// case-library: eigen
// case-expect: clean
// case-why: The column copy is normalised and then written back into A, so the write is observed.
#include <Eigen/Dense>

// Column scaling (Jacobi preconditioning) of the system matrix, in place.
void scale_columns(Eigen::MatrixXd& A) {
  for (Eigen::Index j = 0; j < A.cols(); ++j) {
    Eigen::VectorXd c = A.col(j);
    double n = c.norm();
    if (n > 0.0) {
      c /= n;
    }
    A.col(j) = c;
  }
}
