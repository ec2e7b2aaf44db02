// case-library: eigen
// case-expect: aliasing-write-through-view@14
// case-why: upper_half (same-file helper) returns a topRows Block of X, so negating it on the flip branch also negates X's upper rows and the stacked matrix has no unflipped copy.
#include <Eigen/Dense>

static auto upper_half(Eigen::MatrixXd& M) {
  return M.topRows(M.rows() / 2);
}

// Augments a design matrix with (optionally sign-flipped) copies of its upper half.
Eigen::MatrixXd augment_with_upper(Eigen::MatrixXd& X, bool flip_sign) {
  auto upper = upper_half(X);
  if (flip_sign) {
    upper *= -1.0;
  }
  Eigen::MatrixXd out(X.rows() + upper.rows(), X.cols());
  out << X, upper;
  return out;
}
