// Linear algebra with Eigen: a Gram-Schmidt step and a block update.
#include <Eigen/Dense>

// Subtracts the projection on the first column; meant to keep A's copy.
double residualNorm(Eigen::MatrixXd &A) {
  auto tmp = A.col(0);          // a Block: a view of A, not a copy
  tmp *= 2.0;
  return (A.col(0) - tmp).norm();
}

// Clears the top block of a copy that nobody reads.
void resetTop(const Eigen::MatrixXd &A) {
  Eigen::MatrixXd top = A.topRows(2);
  top.setZero();                // A is not modified, top is never read
}

// Intended: in-place row normalisation is this function's job.
void normaliseRows(Eigen::MatrixXd &M) {
  for (Eigen::Index i = 0; i < M.rows(); ++i) {
    auto r = M.row(i);
    r /= r.norm();
  }
}

// Symmetrises a covariance in place and applies a rotation increment.
void symmetrise(Eigen::MatrixXd &C, Eigen::MatrixXd &R, const Eigen::MatrixXd &dR) {
  C = 0.5 * (C + C.transpose());  // reads C transposed while writing C
  R = R * dR;                     // fine: Eigen evaluates a product into a temporary
}

// Shifts a history of samples by one and stores the newest first.
void pushSample(Eigen::VectorXd &history, double sample) {
  const Eigen::Index n = history.size();
  history.tail(n - 1) = history.head(n - 1);  // copies forward over itself
  history(0) = sample;
}
