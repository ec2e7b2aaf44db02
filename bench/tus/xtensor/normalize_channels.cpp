// Per-channel image statistics and normalisation on an (H, W, C) xtensor
// array, clipping through views, and conversion to a CHW layout.
#include <xtensor/xarray.hpp>
#include <xtensor/xtensor.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xmanipulation.hpp>

#include <vector>

using Image = xt::xtensor<float, 3>; // H, W, C

struct ChannelStats {
  std::vector<float> mean, stddev;
};

ChannelStats channel_stats(const Image& img) {
  ChannelStats s;
  for (std::size_t c = 0; c < img.shape(2); ++c) {
    auto plane = xt::view(img, xt::all(), xt::all(), c);
    float m = xt::mean(plane)();
    float sd = std::sqrt(xt::mean(xt::square(plane - m))());
    s.mean.push_back(m);
    s.stddev.push_back(sd);
  }
  return s;
}

// Normalises the channels of `img` in place.
void normalize_in_place(Image& img, const ChannelStats& s) {
  for (std::size_t c = 0; c < img.shape(2); ++c) {
    auto plane = xt::view(img, xt::all(), xt::all(), c);
    plane = (plane - s.mean[c]) / (s.stddev[c] + 1e-6f);
  }
}

Image normalized_copy(const Image& img, const ChannelStats& s) {
  Image out = img;
  normalize_in_place(out, s);
  return out;
}

void clip_in_place(Image& img, float lo, float hi) {
  img = xt::clip(img, lo, hi);
}

// (H, W, C) -> (C, H, W), materialised.
xt::xtensor<float, 3> to_chw(const Image& img) {
  return xt::transpose(img, {2, 0, 1});
}

// Crops the centre of the image: a copy, independent of the source.
Image center_crop(const Image& img, std::size_t h, std::size_t w) {
  const std::size_t y0 = (img.shape(0) - h) / 2, x0 = (img.shape(1) - w) / 2;
  Image out = xt::view(img, xt::range(y0, y0 + h), xt::range(x0, x0 + w), xt::all());
  return out;
}

int main() {
  Image img = xt::ones<float>({32, 48, 3});
  xt::view(img, xt::all(), xt::all(), 1) *= 2.0f;
  xt::view(img, xt::range(0, 16), xt::all(), 2) = 5.0f;
  ChannelStats s = channel_stats(img);
  Image crop = center_crop(img, 16, 16);
  Image n = normalized_copy(crop, s);
  clip_in_place(n, -3.f, 3.f);
  auto chw = to_chw(n);
  return chw.shape(0) == 3 ? 0 : 1;
}
