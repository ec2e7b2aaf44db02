// case-library: xtensor
// case-expect: clean
// case-why: scores is an owning by-value copy; boosting it through a keep view and returning it is intended.
#include <xtensor/xarray.hpp>
#include <xtensor/xview.hpp>

#include <vector>

// Scores with the promoted items boosted.
xt::xarray<double> boosted_scores(xt::xarray<double> scores, const std::vector<std::size_t>& ids,
                                  double factor) {
  auto boosted = xt::view(scores, xt::keep(ids));
  boosted *= factor;
  return scores;
}
