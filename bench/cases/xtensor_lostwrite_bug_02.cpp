// case-library: xtensor
// case-expect: aliasing-lost-write-to-copy@10
// case-why: Assigning the filter view to an xarray copies the selected values; filling that copy never reaches a (should be xt::filtration(a, a < 0) = 0).
#include <xtensor/xarray.hpp>
#include <xtensor/xindex_view.hpp>

// Clamps the negative entries of a to zero.
void suppress_negatives(xt::xarray<double>& a) {
  xt::xarray<double> neg = xt::filter(a, a < 0.0);
  neg.fill(0.0);
}
