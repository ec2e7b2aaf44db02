// case-library: torch
// case-expect: clean
// case-why: The mask-indexed copy is only read (for the mean); the write uses index_put_, which modifies x in place.
#include <torch/torch.h>

// Replaces invalid entries with the mean of the valid ones.
torch::Tensor impute_mean(torch::Tensor x, const torch::Tensor& valid) {
  double m = x.index({valid}).mean().item<double>();
  x.index_put_({valid.logical_not()}, m);
  return x;
}
