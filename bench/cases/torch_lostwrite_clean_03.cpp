// case-library: torch
// case-expect: clean
// case-why: The clone is the intended output: the cutout is written into it with basic indices and it is returned.
#include <torch/torch.h>

using torch::indexing::Slice;

// Cutout augmentation on a copy of an image batch [N, C, H, W].
torch::Tensor cutout(const torch::Tensor& images, int64_t y, int64_t x, int64_t size) {
  torch::Tensor out = images.clone();
  out.index({Slice(), Slice(), Slice(y, y + size), Slice(x, x + size)}) = 0.0;
  return out;
}
