// case-library: torch
// case-expect: aliasing-lost-write-to-copy@14
// case-why: masked_select returns a copy, so zero_() on it never clears the NaN gradients of the parameters.
#include <torch/torch.h>

#include <vector>

// Zeroes NaN gradient entries of every parameter before the optimiser step.
void scrub_nan_grads(const std::vector<torch::Tensor>& params) {
  for (const auto& p : params) {
    if (!p.grad().defined()) {
      continue;
    }
    p.grad().masked_select(p.grad().isnan()).zero_();
  }
}
