// case-library: xtensor
// case-expect: clean
// case-why: old is a view named like a copy, but decaying the older entries in place is the intent and hist is not read afterwards (early return on the other path).
#include <xtensor/xtensor.hpp>
#include <xtensor/xview.hpp>

// Exponential forgetting of the older entries of a history buffer (rows = time).
void decay_history(xt::xtensor<double, 2>& hist, std::size_t n_recent, double gamma) {
  if (n_recent >= hist.shape(0)) {
    return;
  }
  auto old = xt::view(hist, xt::range(0, hist.shape(0) - n_recent), xt::all());
  old *= gamma;
}
