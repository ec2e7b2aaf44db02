// 1-D and 2-D heat equation solvers on xtensor arrays with Jacobi iteration
// for the implicit step, red-black ordering through strided views.
#include <xtensor/xtensor.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xnorm.hpp>

using Field1 = xt::xtensor<double, 1>;
using Field2 = xt::xtensor<double, 2>;

// Explicit step, u updated in place; the stencil reads a snapshot copy.
void explicit_step_1d(Field1& u, double r) {
  const std::size_t n = u.size();
  Field1 old = u;
  xt::view(u, xt::range(1, n - 1)) = xt::view(old, xt::range(1, n - 1)) +
      r * (xt::view(old, xt::range(0, n - 2)) - 2.0 * xt::view(old, xt::range(1, n - 1)) +
           xt::view(old, xt::range(2, n)));
}

// Implicit (backward Euler) step solved by Jacobi iterations.
Field2 implicit_step_2d(const Field2& u, double r, int iterations) {
  Field2 x = u;
  const std::size_t h = u.shape(0), w = u.shape(1);
  for (int it = 0; it < iterations; ++it) {
    Field2 next = x;
    auto in = xt::view(next, xt::range(1, h - 1), xt::range(1, w - 1));
    in = (xt::view(u, xt::range(1, h - 1), xt::range(1, w - 1)) +
          r * (xt::view(x, xt::range(0, h - 2), xt::range(1, w - 1)) +
               xt::view(x, xt::range(2, h), xt::range(1, w - 1)) +
               xt::view(x, xt::range(1, h - 1), xt::range(0, w - 2)) +
               xt::view(x, xt::range(1, h - 1), xt::range(2, w)))) /
         (1.0 + 4.0 * r);
    x = next;
  }
  return x;
}

// Red-black Gauss-Seidel sweep on a 1-D Poisson problem, in place.
void red_black_sweep(Field1& u, const Field1& f, double h2) {
  const std::size_t n = u.size();
  for (std::size_t colour = 1; colour <= 2; ++colour) {
    for (std::size_t i = colour; i + 1 < n; i += 2)
      u(i) = 0.5 * (u(i - 1) + u(i + 1) - h2 * f(i));
  }
}

double residual(const Field1& u, const Field1& f, double h2) {
  const std::size_t n = u.size();
  auto lap = (xt::view(u, xt::range(0, n - 2)) - 2.0 * xt::view(u, xt::range(1, n - 1)) +
              xt::view(u, xt::range(2, n))) / h2;
  return xt::norm_l2(lap - xt::view(f, xt::range(1, n - 1)))();
}

int main() {
  Field1 u = xt::zeros<double>({64});
  xt::view(u, xt::range(28, 36)) = 1.0;
  for (int s = 0; s < 20; ++s)
    explicit_step_1d(u, 0.25);
  Field2 v = xt::zeros<double>({16, 16});
  v(8, 8) = 100.0;
  Field2 w = implicit_step_2d(v, 0.5, 30);
  Field1 p = xt::zeros<double>({33});
  Field1 f = xt::ones<double>({33});
  for (int s = 0; s < 200; ++s)
    red_black_sweep(p, f, 1.0 / (32.0 * 32.0));
  return xt::sum(w)() > 0.0 && residual(p, f, 1.0 / (32.0 * 32.0)) < 10.0 ? 0 : 1;
}
