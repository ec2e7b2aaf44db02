// case-library: xtensor
// case-expect: clean
// case-why: xt::filtration writes the selected elements of a in place; it is the documented way to assign through a condition.
#include <xtensor/xarray.hpp>
#include <xtensor/xindex_view.hpp>

// Clamps the negative entries of a to zero.
void suppress_negatives(xt::xarray<double>& a) {
  xt::filtration(a, a < 0.0) = 0.0;
}
