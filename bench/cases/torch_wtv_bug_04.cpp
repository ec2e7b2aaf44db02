// case-library: torch
// case-expect: aliasing-write-through-view@18
// case-why: center_crop (same-file helper) returns a narrow() view of img, so brightening the local crop also brightens the centre of the 'global' image returned beside it as the unaugmented view of the pair.
#include <torch/torch.h>

#include <utility>

// [C, H, W] -> centre crop of size x size (a view of img).
static torch::Tensor center_crop(const torch::Tensor& img, int64_t size) {
  int64_t top = (img.size(1) - size) / 2;
  int64_t left = (img.size(2) - size) / 2;
  return img.narrow(1, top, size).narrow(2, left, size);
}

// Builds a (global view, augmented local view) pair for contrastive pre-training.
std::pair<torch::Tensor, torch::Tensor> make_pair_views(torch::Tensor img, double brightness) {
  torch::Tensor local = center_crop(img, 96);
  local.add_(brightness).clamp_(0.0, 1.0);
  return {img, local};
}
