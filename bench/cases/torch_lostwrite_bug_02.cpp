// case-library: torch
// case-expect: aliasing-lost-write-to-copy@12
// case-expect: aliasing-lost-write-to-copy@13
// case-why: Indexing with a boolean mask returns a copy, so both compound assignments modify temporaries and targets is returned unsmoothed.
#include <torch/torch.h>

// Label smoothing for multi-hot targets.
torch::Tensor smooth_targets(torch::Tensor targets, double eps) {
  torch::Tensor pos = targets > 0.5;
  torch::Tensor neg = targets <= 0.5;
  double spread = eps / static_cast<double>(targets.size(-1) - 1);
  targets.index({pos}) -= eps;
  targets.index({neg}) += spread;
  return targets;
}
