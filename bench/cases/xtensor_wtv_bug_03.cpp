// case-library: xtensor
// case-expect: aliasing-write-through-view@11
// case-why: xt::flip is a view in xtensor (unlike libtorch), so dimming the flipped image dims img too and the concatenated batch has no original sample.
#include <xtensor/xarray.hpp>
#include <xtensor/xbuilder.hpp>
#include <xtensor/xmanipulation.hpp>

// Batch of the original image and its dimmed horizontal mirror.
xt::xarray<float> mirror_augment(xt::xarray<float>& img, float dim) {
  auto flipped = xt::flip(img, 1);
  flipped *= dim;
  return xt::concatenate(xt::xtuple(img, flipped), 0);
}
