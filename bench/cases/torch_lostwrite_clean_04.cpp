// case-library: torch
// case-expect: clean
// case-why: argmax() without a dim returns a 0-dim integer tensor, which index() treats as a plain integer (select, a view), so the assignment writes the 1 into out.
#include <torch/torch.h>

// One-hot vector at the arg-max of a 1-D score vector.
torch::Tensor one_hot_argmax(const torch::Tensor& scores) {
  torch::Tensor out = torch::zeros_like(scores);
  out.index({scores.argmax()}) = 1.0;
  return out;
}
