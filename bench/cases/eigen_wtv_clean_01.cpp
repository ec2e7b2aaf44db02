// case-library: eigen
// case-expect: clean
// case-why: Normalising each row in place through a row() view is the function's whole purpose.
#include <Eigen/Dense>

// Row-wise L2 normalisation, in place.
void normalize_rows(Eigen::MatrixXd& M) {
  for (Eigen::Index i = 0; i < M.rows(); ++i) {
    auto r = M.row(i);
    double n = r.norm();
    if (n > 0.0) {
      r /= n;
    }
  }
}
