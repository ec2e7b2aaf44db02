// case-library: xtensor
// case-expect: clean
// case-why: work is an owning copy of the interior, so the change is measured against the untouched u before the result is written back on purpose.
#include <xtensor/xtensor.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xview.hpp>

static auto interior(xt::xtensor<double, 2>& u) {
  return xt::view(u, xt::range(1, u.shape(0) - 1), xt::range(1, u.shape(1) - 1));
}

// Damped smoothing of the interior; returns the largest change for the convergence check.
double smooth_interior(xt::xtensor<double, 2>& u, int sweeps, double w) {
  xt::xtensor<double, 2> work = interior(u);
  for (int s = 0; s < sweeps; ++s) {
    work = (1.0 - w) * work + w * xt::mean(work)();
  }
  double change = xt::amax(xt::abs(interior(u) - work))();
  interior(u) = work;
  return change;
}
