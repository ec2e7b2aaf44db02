// case-library: xtensor
// case-expect: clean
// case-why: xtensor const is deep: the view of the const input is materialised into an owning array, and only the copy is written and returned.
#include <xtensor/xarray.hpp>
#include <xtensor/xview.hpp>

// Rescaled copy of the first n rows of a feature matrix.
xt::xarray<double> scaled_head(const xt::xarray<double>& features, std::size_t n, double s) {
  xt::xarray<double> head = xt::view(features, xt::range(0, n), xt::all());
  head *= s;
  return head;
}
