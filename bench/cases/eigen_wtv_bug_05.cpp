// case-library: eigen
// case-expect: aliasing-write-through-view@13
// case-why: v_new is a col() view of V, so the assignment overwrites V.col(j) and the convergence measure (v_new - V.col(j)) is always zero.
#include <Eigen/Dense>

#include <algorithm>

// One block power-iteration step; returns the largest column change for the convergence test.
double power_step(const Eigen::MatrixXd& A, Eigen::MatrixXd& V) {
  double delta = 0.0;
  for (Eigen::Index j = 0; j < V.cols(); ++j) {
    auto v_new = V.col(j);
    v_new = (A * V.col(j)).normalized();
    delta = std::max(delta, (v_new - V.col(j)).norm());
  }
  return delta;
}
