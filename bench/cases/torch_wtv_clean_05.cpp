// case-library: torch
// case-expect: clean
// case-why: The same-file helper clamps a slice of its by-reference parameter on purpose (with an early return), and the caller wants the clamped logits in the softmax.
#include <torch/torch.h>

using torch::indexing::Slice;

static void clamp_prefix_(torch::Tensor& logits, int64_t n, double bound) {
  if (n <= 0) {
    return;
  }
  logits.index({Slice(), Slice(0, n)}).clamp_(-bound, bound);
}

// Probabilities with the special-token logits bounded.
torch::Tensor special_token_probs(torch::Tensor logits, int64_t n_special) {
  clamp_prefix_(logits, n_special, 20.0);
  return torch::softmax(logits, -1);
}
