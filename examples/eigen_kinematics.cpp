// aliasing-dangling-view: `auto` keeps a lazy product that refers to a
// temporary rotation matrix; the matrix is destroyed at the end of the
// declaration, and the product is evaluated afterwards.
#include <Eigen/Dense>

Eigen::Matrix2d rotation(double theta);

Eigen::Vector2d rotate(const Eigen::Vector2d &p, double theta) {
  auto rotated = rotation(theta) * p;
  return rotated;
}

// Intended use, not reported: an `auto` expression over live operands,
// evaluated before they change.
Eigen::Vector2d midpoint(const Eigen::Vector2d &a, const Eigen::Vector2d &b) {
  auto mid = (a + b) / 2.0;
  return mid;
}
