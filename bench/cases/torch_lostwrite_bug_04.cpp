// case-library: torch
// case-expect: aliasing-lost-write-to-copy@10
// case-why: The standardised clone x is written and then goes out of scope unread; the encoder still gets the raw input.
#include <torch/torch.h>

// Runs the encoder, optionally on standardised input.
torch::Tensor encode(torch::nn::Linear& enc, const torch::Tensor& input, bool standardize) {
  if (standardize) {
    torch::Tensor x = input.clone();
    x.sub_(x.mean(0)).div_(x.std(0) + 1e-6);
  }
  return enc->forward(input);
}
