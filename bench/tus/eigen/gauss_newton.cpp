// Gauss-Newton / Levenberg-Marquardt for fitting a sum of exponentials:
// Jacobian filled block by block, damped normal equations, step control.
#include <Eigen/Dense>

#include <cmath>

// Model: y(t) = sum_k a_k * exp(-b_k * t); parameters stacked [a_0 b_0 a_1 b_1 ...].
Eigen::VectorXd model(const Eigen::VectorXd& p, const Eigen::VectorXd& t) {
  Eigen::VectorXd y = Eigen::VectorXd::Zero(t.size());
  for (Eigen::Index k = 0; k < p.size() / 2; ++k)
    y.array() += p(2 * k) * (-p(2 * k + 1) * t.array()).exp();
  return y;
}

Eigen::MatrixXd jacobian(const Eigen::VectorXd& p, const Eigen::VectorXd& t) {
  Eigen::MatrixXd J(t.size(), p.size());
  for (Eigen::Index k = 0; k < p.size() / 2; ++k) {
    Eigen::ArrayXd e = (-p(2 * k + 1) * t.array()).exp();
    J.col(2 * k) = e.matrix();
    J.col(2 * k + 1) = (-p(2 * k) * t.array() * e).matrix();
  }
  return J;
}

struct LmResult {
  Eigen::VectorXd params;
  double cost;
  int iterations;
};

LmResult levenberg_marquardt(Eigen::VectorXd p, const Eigen::VectorXd& t,
                             const Eigen::VectorXd& y, int max_iter) {
  double lambda = 1e-3;
  Eigen::VectorXd r = y - model(p, t);
  double cost = 0.5 * r.squaredNorm();
  int it = 0;
  for (; it < max_iter; ++it) {
    Eigen::MatrixXd J = jacobian(p, t);
    Eigen::MatrixXd A = J.transpose() * J;
    Eigen::VectorXd g = J.transpose() * r;
    Eigen::MatrixXd damped = A;
    damped.diagonal() += lambda * A.diagonal();
    Eigen::VectorXd step = damped.ldlt().solve(g);
    Eigen::VectorXd candidate = p + step;
    Eigen::VectorXd r_new = y - model(candidate, t);
    double cost_new = 0.5 * r_new.squaredNorm();
    if (cost_new < cost) {
      p = candidate;
      r = r_new;
      lambda *= 0.3;
      if (cost - cost_new < 1e-12 * cost)
        break;
      cost = cost_new;
    } else {
      lambda *= 10.0;
    }
  }
  return {p, cost, it};
}

// Parameter covariance estimate at the solution.
Eigen::MatrixXd covariance(const LmResult& res, const Eigen::VectorXd& t) {
  Eigen::MatrixXd J = jacobian(res.params, t);
  const double dof = std::max<double>(1.0, t.size() - res.params.size());
  const double sigma2 = 2.0 * res.cost / dof;
  return sigma2 * (J.transpose() * J).inverse();
}

int main() {
  Eigen::VectorXd t = Eigen::VectorXd::LinSpaced(60, 0.0, 5.0);
  Eigen::VectorXd truth(4);
  truth << 2.0, 1.5, 0.5, 0.2;
  Eigen::VectorXd y = model(truth, t);
  Eigen::VectorXd start(4);
  start << 1.0, 1.0, 1.0, 0.1;
  LmResult res = levenberg_marquardt(start, t, y, 100);
  Eigen::MatrixXd cov = covariance(res, t);
  return cov.allFinite() && res.cost < 1e-3 ? 0 : 1;
}
