// Data augmentation for an image batch (N, C, H, W): random crops, horizontal
// flips, colour jitter and cutout, written against the libtorch C++ API.
#include <torch/torch.h>

#include <cstdint>
#include <random>

struct AugmentConfig {
  int64_t crop = 24;
  double flip_prob = 0.5;
  double brightness = 0.2;
  int64_t cutout = 6;
};

// Random crop of every image in the batch (a fresh tensor, the input stays).
torch::Tensor random_crop(const torch::Tensor& batch, int64_t crop, std::mt19937& rng) {
  const int64_t n = batch.size(0), h = batch.size(2), w = batch.size(3);
  torch::Tensor out = torch::empty({n, batch.size(1), crop, crop}, batch.options());
  std::uniform_int_distribution<int64_t> dy(0, h - crop), dx(0, w - crop);
  for (int64_t i = 0; i < n; ++i) {
    int64_t y0 = dy(rng), x0 = dx(rng);
    torch::Tensor patch = batch[i].narrow(1, y0, crop).narrow(2, x0, crop);
    out[i].copy_(patch);
  }
  return out;
}

// Flips a random subset of images left-right, in place.
void random_flip_(torch::Tensor& batch, double prob, std::mt19937& rng) {
  std::bernoulli_distribution coin(prob);
  for (int64_t i = 0; i < batch.size(0); ++i) {
    if (!coin(rng))
      continue;
    torch::Tensor img = batch[i];
    img.copy_(img.flip({2}));
  }
}

// Brightness jitter, per image, clamped to [0, 1].
void jitter_brightness_(torch::Tensor& batch, double amount, std::mt19937& rng) {
  std::uniform_real_distribution<double> d(-amount, amount);
  for (int64_t i = 0; i < batch.size(0); ++i) {
    auto img = batch.select(0, i);
    img.add_(d(rng)).clamp_(0.0, 1.0);
  }
}

// Cutout: zeroes one square patch per image.
void cutout_(torch::Tensor& batch, int64_t size, std::mt19937& rng) {
  using torch::indexing::Slice;
  const int64_t h = batch.size(2), w = batch.size(3);
  std::uniform_int_distribution<int64_t> dy(0, h - size), dx(0, w - size);
  for (int64_t i = 0; i < batch.size(0); ++i) {
    int64_t y0 = dy(rng), x0 = dx(rng);
    batch.index_put_({i, Slice(), Slice(y0, y0 + size), Slice(x0, x0 + size)}, 0.0);
  }
}

torch::Tensor augment(const torch::Tensor& batch, const AugmentConfig& cfg, uint32_t seed) {
  std::mt19937 rng(seed);
  torch::Tensor out = random_crop(batch, cfg.crop, rng);
  random_flip_(out, cfg.flip_prob, rng);
  jitter_brightness_(out, cfg.brightness, rng);
  cutout_(out, cfg.cutout, rng);
  return out;
}

// Per-channel normalisation with dataset statistics; returns a new tensor.
torch::Tensor normalize(const torch::Tensor& batch, const std::vector<double>& mean,
                        const std::vector<double>& stddev) {
  torch::Tensor m = torch::tensor(mean, batch.options()).view({1, -1, 1, 1});
  torch::Tensor s = torch::tensor(stddev, batch.options()).view({1, -1, 1, 1});
  return (batch - m) / s;
}

int main() {
  torch::Tensor batch = torch::rand({8, 3, 32, 32});
  AugmentConfig cfg;
  torch::Tensor aug = augment(batch, cfg, 42);
  torch::Tensor norm = normalize(aug, {0.49, 0.48, 0.45}, {0.25, 0.24, 0.26});
  return norm.size(2) == cfg.crop ? 0 : 1;
}
