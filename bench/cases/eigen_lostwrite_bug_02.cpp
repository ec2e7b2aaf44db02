// case-library: eigen
// case-expect: aliasing-lost-write-to-copy@10
// case-why: r is an owning RowVectorXd copy of the row; dividing it is never observed, so M stays unnormalised.
#include <Eigen/Dense>

// Row-wise L2 normalisation, in place.
void normalize_rows(Eigen::MatrixXd& M) {
  for (Eigen::Index i = 0; i < M.rows(); ++i) {
    Eigen::RowVectorXd r = M.row(i);
    r /= r.norm();
  }
}
