// case-library: torch
// case-expect: aliasing-lost-write-to-copy@13
// case-why: dead is a 1-D index tensor, so weight.index({dead}) is an advanced-index copy and assigning to it never reaches weight; should be weight.index_put_({dead}, ...).
#include <torch/torch.h>

// Re-initialises the rows of units that never fired during the epoch.
void reinit_dead_units(torch::Tensor& weight, const torch::Tensor& fire_counts) {
  torch::NoGradGuard no_grad;
  torch::Tensor dead = (fire_counts == 0).nonzero().squeeze(1);
  if (dead.numel() == 0) {
    return;
  }
  weight.index({dead}) = torch::randn({dead.size(0), weight.size(1)}) * 0.01;
}
