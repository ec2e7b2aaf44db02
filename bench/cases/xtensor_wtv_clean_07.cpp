// case-library: xtensor
// case-expect: clean
// case-why: The same-file helper writes its view parameter on purpose; centring each channel of img in place is the caller's intent.
#include <xtensor/xtensor.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xview.hpp>

template <class V>
static void subtract_mean(V&& v) {
  v -= xt::mean(v)();
}

// Per-channel mean removal of a [C, H, W] image, in place.
void center_channels(xt::xtensor<float, 3>& img) {
  for (std::size_t c = 0; c < img.shape(0); ++c) {
    subtract_mean(xt::view(img, c, xt::all(), xt::all()));
  }
}
