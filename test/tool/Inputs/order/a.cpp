#include "shared.h"

float first(torch::Tensor data) {
  auto backup = data.slice(0, 0, 5);
  backup.mul_(2);
  return data.sum().item<float>() + backup.sum().item<float>();
}

void second(torch::Tensor t, torch::Tensor idx) {
  t.index({idx}) = 0;
}
