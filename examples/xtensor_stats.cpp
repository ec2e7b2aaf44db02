// Statistics with xtensor: centring a window of samples.
#include <xtensor/xarray.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xmath.hpp>

// Centres the first window, then compares with the raw data: both are the
// same memory, so the difference is always zero.
double windowShift(xt::xarray<double> &samples) {
  auto orig = xt::view(samples, xt::range(0, 8));
  orig -= xt::mean(orig)();
  return xt::amax(xt::abs(xt::view(samples, xt::range(0, 8)) - orig))();
}

// A materialised copy of the view, written and thrown away.
void clipWindow(xt::xarray<double> &samples) {
  xt::xarray<double> w = xt::view(samples, xt::range(0, 8));
  w.fill(0.0);
}
