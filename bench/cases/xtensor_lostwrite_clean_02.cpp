// case-library: xtensor
// case-expect: clean
// case-why: xt::index_view is a view in xtensor (unlike NumPy fancy indexing), so assigning to it writes v as intended.
#include <xtensor/xarray.hpp>
#include <xtensor/xindex_view.hpp>

#include <vector>

// Zeroes the listed entries of a 1-D vector.
void zero_entries(xt::xarray<double>& v, const std::vector<std::size_t>& idx) {
  auto sel = xt::index_view(v, idx);
  sel = 0.0;
}
