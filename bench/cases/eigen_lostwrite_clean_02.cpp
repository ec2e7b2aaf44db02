// case-library: eigen
// case-expect: clean
// case-why: Eigen's IndexedView X(idx, Eigen::all) is a writable view, so *= scales X's rows as intended.
#include <Eigen/Dense>

#include <vector>

// Down-weights outlier observations (rows of X) before the least-squares fit.
void downweight_outliers(Eigen::MatrixXd& X, const std::vector<Eigen::Index>& outliers, double w) {
  X(outliers, Eigen::all) *= w;
}
