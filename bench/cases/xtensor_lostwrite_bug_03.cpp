// case-library: xtensor
// case-expect: aliasing-lost-write-to-copy@15
// case-expect: aliasing-lost-write-to-copy@17
// case-why: Each bad sample is materialised into an owning xarray and modified on either branch, then discarded; batch is untouched.
#include <xtensor/xarray.hpp>
#include <xtensor/xview.hpp>

#include <vector>

// Zeroes (or attenuates) corrupted samples of a [N, D] batch.
void mask_bad_samples(xt::xarray<float>& batch, const std::vector<std::size_t>& bad, bool zero) {
  for (std::size_t i : bad) {
    xt::xarray<float> sample = xt::view(batch, i, xt::all());
    if (zero) {
      sample.fill(0.0f);
    } else {
      sample *= 0.5f;
    }
  }
}
