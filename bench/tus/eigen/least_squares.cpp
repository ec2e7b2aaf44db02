// Polynomial least-squares fitting: Vandermonde design matrix built through
// column views, QR and normal-equation solutions, residual diagnostics.
#include <Eigen/Dense>

#include <cmath>
#include <iostream>

Eigen::MatrixXd vandermonde(const Eigen::VectorXd& x, int degree) {
  Eigen::MatrixXd A(x.size(), degree + 1);
  A.col(0).setOnes();
  for (int j = 1; j <= degree; ++j)
    A.col(j) = A.col(j - 1).cwiseProduct(x);
  return A;
}

Eigen::VectorXd fit_qr(const Eigen::VectorXd& x, const Eigen::VectorXd& y, int degree) {
  Eigen::MatrixXd A = vandermonde(x, degree);
  return A.colPivHouseholderQr().solve(y);
}

Eigen::VectorXd fit_normal_equations(const Eigen::VectorXd& x, const Eigen::VectorXd& y,
                                     int degree, double ridge) {
  Eigen::MatrixXd A = vandermonde(x, degree);
  Eigen::MatrixXd AtA = A.transpose() * A;
  AtA.diagonal().array() += ridge;
  return AtA.ldlt().solve(A.transpose() * y);
}

Eigen::VectorXd evaluate(const Eigen::VectorXd& coeffs, const Eigen::VectorXd& x) {
  Eigen::VectorXd y = Eigen::VectorXd::Constant(x.size(), coeffs(coeffs.size() - 1));
  for (Eigen::Index k = coeffs.size() - 2; k >= 0; --k)
    y = y.cwiseProduct(x).array() + coeffs(k);
  return y;
}

struct FitReport {
  double rmse;
  double r2;
  Eigen::Index worst;
};

FitReport report(const Eigen::VectorXd& y, const Eigen::VectorXd& fitted) {
  Eigen::VectorXd r = y - fitted;
  FitReport rep;
  rep.rmse = std::sqrt(r.squaredNorm() / r.size());
  double ss_tot = (y.array() - y.mean()).square().sum();
  rep.r2 = 1.0 - r.squaredNorm() / ss_tot;
  r.cwiseAbs().maxCoeff(&rep.worst);
  return rep;
}

// Leave-one-out: refits without each sample in turn (small n only).
double loo_error(const Eigen::VectorXd& x, const Eigen::VectorXd& y, int degree) {
  const Eigen::Index n = x.size();
  double err = 0.0;
  for (Eigen::Index i = 0; i < n; ++i) {
    Eigen::VectorXd xs(n - 1), ys(n - 1);
    xs << x.head(i), x.tail(n - i - 1);
    ys << y.head(i), y.tail(n - i - 1);
    Eigen::VectorXd c = fit_qr(xs, ys, degree);
    Eigen::VectorXd xi(1);
    xi << x(i);
    err += std::pow(evaluate(c, xi)(0) - y(i), 2);
  }
  return err / n;
}

int main() {
  const int n = 40;
  Eigen::VectorXd x = Eigen::VectorXd::LinSpaced(n, -1.0, 1.0);
  Eigen::VectorXd y = x.array().cube() - 0.5 * x.array() + 0.1;
  y += 0.01 * Eigen::VectorXd::Random(n);
  Eigen::VectorXd c1 = fit_qr(x, y, 3);
  Eigen::VectorXd c2 = fit_normal_equations(x, y, 3, 1e-8);
  FitReport rep = report(y, evaluate(c1, x));
  double loo = loo_error(x, y, 3);
  std::cout << rep.rmse << " " << rep.r2 << " " << (c1 - c2).norm() << " " << loo << "\n";
  return rep.r2 > 0.9 ? 0 : 1;
}
