// case-library: xtensor
// case-expect: clean
// case-why: The flip is materialised into an owning array on purpose so that dimming it leaves img untouched; the copy is then read by concatenate.
#include <xtensor/xarray.hpp>
#include <xtensor/xbuilder.hpp>
#include <xtensor/xmanipulation.hpp>

// Batch of the original image and its dimmed horizontal mirror.
xt::xarray<float> mirror_augment(const xt::xarray<float>& img, float dim) {
  xt::xarray<float> flipped = xt::flip(img, 1);
  flipped *= dim;
  return xt::concatenate(xt::xtuple(img, flipped), 0);
}
