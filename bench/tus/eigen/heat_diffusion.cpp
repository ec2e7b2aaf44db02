// Explicit finite-difference heat diffusion on a 2-D grid held in an
// Eigen::ArrayXXd: interior updates through blocks, Dirichlet and Neumann
// boundaries, and a stability-limited time loop.
#include <Eigen/Dense>

#include <algorithm>

struct Grid {
  Eigen::ArrayXXd u;
  double dx = 1.0;
  double alpha = 1.0;
};

// Laplacian of the interior, as a fresh array of the interior size.
Eigen::ArrayXXd laplacian(const Eigen::ArrayXXd& u, double dx) {
  const Eigen::Index r = u.rows() - 2, c = u.cols() - 2;
  return (u.block(0, 1, r, c) + u.block(2, 1, r, c) + u.block(1, 0, r, c) +
          u.block(1, 2, r, c) - 4.0 * u.block(1, 1, r, c)) / (dx * dx);
}

void apply_dirichlet(Eigen::ArrayXXd& u, double value) {
  u.row(0).setConstant(value);
  u.row(u.rows() - 1).setConstant(value);
  u.col(0).setConstant(value);
  u.col(u.cols() - 1).setConstant(value);
}

void apply_neumann(Eigen::ArrayXXd& u) {
  u.row(0) = u.row(1);
  u.row(u.rows() - 1) = u.row(u.rows() - 2);
  u.col(0) = u.col(1);
  u.col(u.cols() - 1) = u.col(u.cols() - 2);
}

// One explicit Euler step; the Laplacian is evaluated before the update.
void step(Grid& g, double dt, bool insulated) {
  Eigen::ArrayXXd lap = laplacian(g.u, g.dx);
  g.u.block(1, 1, lap.rows(), lap.cols()) += g.alpha * dt * lap;
  if (insulated)
    apply_neumann(g.u);
  else
    apply_dirichlet(g.u, 0.0);
}

double stable_dt(const Grid& g) { return 0.2 * g.dx * g.dx / g.alpha; }

double simulate(Grid& g, double t_end, bool insulated) {
  const double dt = stable_dt(g);
  double t = 0.0;
  int steps = 0;
  while (t < t_end) {
    double h = std::min(dt, t_end - t);
    step(g, h, insulated);
    t += h;
    ++steps;
  }
  return steps;
}

double total_heat(const Grid& g) {
  return g.u.block(1, 1, g.u.rows() - 2, g.u.cols() - 2).sum() * g.dx * g.dx;
}

int main() {
  Grid g;
  g.u = Eigen::ArrayXXd::Zero(40, 40);
  g.u.block(15, 15, 10, 10).setConstant(100.0);
  g.dx = 0.1;
  g.alpha = 0.5;
  const double before = total_heat(g);
  simulate(g, 0.05, /*insulated=*/true);
  const double after = total_heat(g);
  return std::abs(after - before) / before < 0.2 ? 0 : 1;
}
