// case-library: xtensor
// case-expect: aliasing-write-through-view@13
// case-why: xt::keep is still a view in xtensor, so *= boosts scores itself and boosted - view(scores, keep(ids)) is always zero.
#include <xtensor/xarray.hpp>
#include <xtensor/xview.hpp>

#include <vector>

// Boosts the promoted items; returns the boost that was applied to each of them.
xt::xarray<double> boost_promoted(xt::xarray<double>& scores, const std::vector<std::size_t>& ids,
                                  double factor) {
  auto boosted = xt::view(scores, xt::keep(ids));
  boosted *= factor;
  return boosted - xt::view(scores, xt::keep(ids));
}
