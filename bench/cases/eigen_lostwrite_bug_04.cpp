// case-library: eigen
// case-expect: aliasing-lost-write-to-copy@11
// case-why: The IndexedView is materialised into an owning MatrixXd, so scaling it does not reach X's outlier rows.
#include <Eigen/Dense>

#include <vector>

// Down-weights outlier observations (rows of X) before the least-squares fit.
void downweight_outliers(Eigen::MatrixXd& X, const std::vector<Eigen::Index>& outliers, double w) {
  Eigen::MatrixXd rows = X(outliers, Eigen::all);
  rows *= w;
}
