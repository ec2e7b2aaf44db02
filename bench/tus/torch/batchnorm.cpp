// Batch normalisation written out by hand: running statistics updated in place
// under no-grad, train/eval paths, and folding into a preceding linear layer.
#include <torch/types.h>
#include <torch/utils.h>

struct BatchNormState {
  torch::Tensor weight, bias;             // (C)
  torch::Tensor running_mean, running_var; // (C), buffers updated in place
  double momentum = 0.1;
  double eps = 1e-5;
  int64_t batches_seen = 0;
};

BatchNormState make_batchnorm(int64_t channels) {
  BatchNormState s;
  s.weight = torch::ones({channels});
  s.bias = torch::zeros({channels});
  s.running_mean = torch::zeros({channels});
  s.running_var = torch::ones({channels});
  return s;
}

// x: (N, C, H, W). Training mode normalises with the batch statistics and
// folds them into the running estimates.
torch::Tensor batchnorm_forward(BatchNormState& s, const torch::Tensor& x, bool training) {
  torch::Tensor mean, var;
  if (training) {
    mean = x.mean(at::IntArrayRef{0, 2, 3});
    var = x.var(at::IntArrayRef{0, 2, 3}, /*unbiased=*/false);
    torch::NoGradGuard guard;
    const int64_t n = x.numel() / x.size(1);
    torch::Tensor unbiased = var * (static_cast<double>(n) / std::max<int64_t>(n - 1, 1));
    s.running_mean.mul_(1.0 - s.momentum).add_(mean, s.momentum);
    s.running_var.mul_(1.0 - s.momentum).add_(unbiased, s.momentum);
    ++s.batches_seen;
  } else {
    mean = s.running_mean;
    var = s.running_var;
  }
  torch::Tensor inv = (var + s.eps).rsqrt();
  torch::Tensor scale = (s.weight * inv).view({1, -1, 1, 1});
  torch::Tensor shift = (s.bias - mean * s.weight * inv).view({1, -1, 1, 1});
  return x * scale + shift;
}

// Folds an eval-mode batch norm into the weights of the preceding 1x1
// convolution expressed as a (C_out, C_in) matrix; returns new tensors.
std::pair<torch::Tensor, torch::Tensor> fold_into_linear(const BatchNormState& s,
                                                         const torch::Tensor& w,
                                                         const torch::Tensor& b) {
  torch::Tensor inv = (s.running_var + s.eps).rsqrt() * s.weight;
  torch::Tensor folded_w = w * inv.unsqueeze(1);
  torch::Tensor folded_b = (b - s.running_mean) * inv + s.bias;
  return {folded_w, folded_b};
}

// Re-estimates running statistics over a few calibration batches.
void recalibrate(BatchNormState& s, const std::vector<torch::Tensor>& batches) {
  s.running_mean.zero_();
  s.running_var.fill_(1.0);
  s.batches_seen = 0;
  const double saved = s.momentum;
  for (const auto& b : batches) {
    s.momentum = 1.0 / static_cast<double>(s.batches_seen + 1);
    batchnorm_forward(s, b, /*training=*/true);
  }
  s.momentum = saved;
}

int main() {
  BatchNormState s = make_batchnorm(4);
  std::vector<torch::Tensor> batches;
  for (int i = 0; i < 3; ++i)
    batches.push_back(torch::randn({8, 4, 5, 5}));
  recalibrate(s, batches);
  torch::Tensor y = batchnorm_forward(s, batches[0], /*training=*/false);
  auto folded = fold_into_linear(s, torch::randn({4, 4}), torch::zeros({4}));
  return y.size(1) == folded.first.size(0) ? 0 : 1;
}
