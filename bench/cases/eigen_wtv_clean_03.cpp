// case-library: eigen
// case-expect: clean
// case-why: Row updates through temporary Block views are the in-place elimination itself; later reads of A expect them.
#include <Eigen/Dense>

// Eliminates column k below the pivot, in place (no pivoting).
void eliminate_below(Eigen::MatrixXd& A, Eigen::Index k) {
  const Eigen::Index n = A.cols() - k;
  for (Eigen::Index i = k + 1; i < A.rows(); ++i) {
    double f = A(i, k) / A(k, k);
    A.row(i).tail(n) -= f * A.row(k).tail(n);
  }
}
