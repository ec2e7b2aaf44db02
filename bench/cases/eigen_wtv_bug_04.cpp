// case-library: eigen
// case-expect: aliasing-write-through-view@11
// case-why: X(rows, Eigen::all) is a writable IndexedView (not a NumPy-style copy), so clipping it modifies X and the changed-entry count compares X with itself.
#include <Eigen/Dense>

#include <vector>

// Clips the selected rows to [-lim, lim]; returns how many entries were changed.
Eigen::Index clip_rows(Eigen::MatrixXd& X, const std::vector<Eigen::Index>& rows, double lim) {
  auto sel = X(rows, Eigen::all);
  sel = sel.cwiseMax(-lim).cwiseMin(lim);
  return (X(rows, Eigen::all).array() != sel.array()).count();
}
