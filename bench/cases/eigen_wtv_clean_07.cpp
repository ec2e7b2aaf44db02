// case-library: eigen
// case-expect: clean
// case-why: old is a view named like a copy, but decaying the old samples in place is the intent and window is not read afterwards (early return on the other path).
#include <Eigen/Dense>

// Exponential forgetting of the older samples in a sliding window (rows = time).
void decay_history(Eigen::MatrixXd& window, Eigen::Index n_recent, double gamma) {
  if (n_recent >= window.rows()) {
    return;
  }
  auto old = window.topRows(window.rows() - n_recent);
  old *= gamma;
}
