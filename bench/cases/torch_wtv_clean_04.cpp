// case-library: torch
// case-expect: clean
// case-why: The slice handle is rebound to a clone before mul_, so x is untouched and concatenating x with the scaled copy is correct.
#include <torch/torch.h>

// Appends a rescaled copy of the first d channels as extra features.
torch::Tensor append_scaled(const torch::Tensor& x, int64_t d, double scale) {
  torch::Tensor extra = x.slice(1, 0, d);
  extra = extra.clone();
  extra.mul_(scale);
  return torch::cat({x, extra}, 1);
}
