// case-library: torch
// case-expect: clean
// case-why: ATen convention: a tensor modified in place is passed as const Tensor&; libtorch const-write is not reported by default.
#include <torch/torch.h>

// In-place gradient norm clipping.
void clip_grad_norm_(const torch::Tensor& grad, double max_norm) {
  double n = grad.norm().item<double>();
  if (n > max_norm) {
    grad.mul_(max_norm / (n + 1e-6));
  }
}
