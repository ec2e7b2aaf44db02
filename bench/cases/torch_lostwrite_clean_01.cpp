// case-library: torch
// case-expect: clean
// case-why: index_put_ with a tensor index writes into weight in place: the correct spelling of advanced-index assignment.
#include <torch/torch.h>

// Re-initialises the rows of units that never fired during the epoch.
void reinit_dead_units(torch::Tensor& weight, const torch::Tensor& fire_counts) {
  torch::NoGradGuard no_grad;
  torch::Tensor dead = (fire_counts == 0).nonzero().squeeze(1);
  if (dead.numel() == 0) {
    return;
  }
  weight.index_put_({dead}, torch::randn({dead.size(0), weight.size(1)}) * 0.01);
}
