// Smoke-test TU for bench/cost.py --smoke: a small libtorch-style training
// utility compiled against the mock headers (-isystem test/Inputs/mock), so
// that it parses in well under a second.
#include <torch/torch.h>

// Clips every row of the gradient to a maximum norm, in place.
void clip_rows_(torch::Tensor grad, double max_norm) {
  for (int64_t i = 0; i < grad.size(0); ++i) {
    auto row = grad.select(0, i);
    double n = row.abs().sum().item<double>();
    if (n > max_norm)
      row.mul_(max_norm / n);
  }
}

// Momentum SGD step on one parameter tensor; the velocity is updated in place.
void sgd_step_(torch::Tensor param, torch::Tensor velocity, const torch::Tensor& grad,
               double lr, double momentum) {
  velocity.mul_(momentum).add_(grad);
  param.sub_(velocity * lr);
}

// A held-out copy of the first rows, independent of later updates.
torch::Tensor snapshot_head(const torch::Tensor& weights, int64_t rows) {
  return weights.narrow(0, 0, rows).clone();
}

double train(int64_t steps) {
  torch::Tensor w = torch::randn({8, 4});
  torch::Tensor v = torch::zeros({8, 4});
  torch::Tensor before = snapshot_head(w, 2);
  for (int64_t s = 0; s < steps; ++s) {
    torch::Tensor g = torch::randn({8, 4});
    clip_rows_(g, 1.0);
    sgd_step_(w, v, g, 0.1, 0.9);
  }
  return (w.narrow(0, 0, 2) - before).abs().sum().item<double>();
}
