// Pooling layers of a tiny CNN inference path on (C, H, W) xtensor arrays:
// max/average pooling through range views, global pooling, ReLU in place
// and a dense layer.
#include <xtensor/xtensor.hpp>
#include <xtensor/xarray.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xrandom.hpp>

using Volume = xt::xtensor<float, 3>; // C, H, W

Volume max_pool(const Volume& in, std::size_t k) {
  const std::size_t c = in.shape(0), oh = in.shape(1) / k, ow = in.shape(2) / k;
  Volume out = xt::zeros<float>({c, oh, ow});
  for (std::size_t dy = 0; dy < k; ++dy)
    for (std::size_t dx = 0; dx < k; ++dx) {
      auto shifted = xt::view(in, xt::all(), xt::range(dy, oh * k, k), xt::range(dx, ow * k, k));
      out = xt::maximum(out, shifted);
    }
  return out;
}

Volume avg_pool(const Volume& in, std::size_t k) {
  const std::size_t c = in.shape(0), oh = in.shape(1) / k, ow = in.shape(2) / k;
  Volume out = xt::zeros<float>({c, oh, ow});
  for (std::size_t dy = 0; dy < k; ++dy)
    for (std::size_t dx = 0; dx < k; ++dx)
      out += xt::view(in, xt::all(), xt::range(dy, oh * k, k), xt::range(dx, ow * k, k));
  out /= static_cast<float>(k * k);
  return out;
}

xt::xtensor<float, 1> global_avg_pool(const Volume& in) {
  return xt::mean(in, {1, 2});
}

// Rectifies the activations in place.
void relu_(Volume& v) { v = xt::maximum(v, 0.f); }

xt::xtensor<float, 1> dense(const xt::xtensor<float, 2>& w, const xt::xtensor<float, 1>& b,
                            const xt::xtensor<float, 1>& x) {
  xt::xtensor<float, 1> y = b;
  for (std::size_t o = 0; o < w.shape(0); ++o)
    y(o) += xt::sum(xt::view(w, o, xt::all()) * x)();
  return y;
}

// Zeroes one channel of the activations (ablation study), in place.
void ablate_channel(Volume& v, std::size_t channel) {
  auto ch = xt::view(v, channel, xt::all(), xt::all());
  ch = 0.f;
}

int main() {
  xt::random::seed(5);
  Volume act = xt::random::randn<float>({4, 16, 16});
  relu_(act);
  Volume m = max_pool(act, 2);
  Volume a = avg_pool(m, 2);
  ablate_channel(a, 1);
  auto g = global_avg_pool(a);
  xt::xtensor<float, 2> w = xt::random::randn<float>({3, 4});
  xt::xtensor<float, 1> b = xt::zeros<float>({3});
  auto logits = dense(w, b, g);
  return logits.size() == 3 && g(1) == 0.f ? 0 : 1;
}
