#include <torch/torch.h>

// A view named like a copy, written, then the original read.
float scaleBackup(torch::Tensor data) {
  auto backup = data.slice(0, 0, 5);
  backup.mul_(2);
  return data.sum().item<float>();
}
