// case-library: xtensor
// case-expect: clean
// case-why: Writing through xt::filter on purpose zeroes the negative entries of a (ReLU), and the following normalisation expects that.
#include <xtensor/xarray.hpp>
#include <xtensor/xindex_view.hpp>
#include <xtensor/xmath.hpp>

// ReLU followed by max-normalisation, in place on a.
xt::xarray<double> relu_normalize(xt::xarray<double>& a) {
  xt::filter(a, a < 0.0) = 0.0;
  double m = xt::amax(a)();
  return a / (m > 0.0 ? m : 1.0);
}
