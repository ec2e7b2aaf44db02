#include <torch/torch.h>

// Two identical findings on identical lines: told apart by rank.
void twice(torch::Tensor t, torch::Tensor idx) {
  t.index({idx}) = 0;
  t.index({idx}) = 0;
}

float fourth(torch::Tensor data) {
  auto backup = data.slice(0, 0, 5);
  backup.mul_(2);
  return data.sum().item<float>() + backup.sum().item<float>();
}
