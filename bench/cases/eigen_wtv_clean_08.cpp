// case-library: eigen
// case-expect: clean
// case-why: v_new is an owning VectorXd, so the change is measured before V.col(j) is deliberately overwritten.
#include <Eigen/Dense>

#include <algorithm>

// One block power-iteration step; returns the largest column change for the convergence test.
double power_step(const Eigen::MatrixXd& A, Eigen::MatrixXd& V) {
  double delta = 0.0;
  for (Eigen::Index j = 0; j < V.cols(); ++j) {
    Eigen::VectorXd v_new = (A * V.col(j)).normalized();
    delta = std::max(delta, (v_new - V.col(j)).norm());
    V.col(j) = v_new;
  }
  return delta;
}
