// case-library: torch
// case-expect: aliasing-write-through-view@12
// case-why: work is a view({-1}) of act, so clamp_ clips act itself and the comparison work != act.view({-1}) always counts zero clipped values.
#include <torch/torch.h>

#include <cstdint>
#include <utility>

// Activation clipping with a count of clipped values for the training log.
std::pair<torch::Tensor, int64_t> clip_activations(torch::Tensor act, double lo, double hi) {
  torch::Tensor work = act.view({-1});
  work.clamp_(lo, hi);
  int64_t n_clipped = (work != act.view({-1})).sum().item<int64_t>();
  return {act, n_clipped};
}
