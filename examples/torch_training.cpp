// A training step with libtorch: masking the logits of padded positions.
#include <torch/torch.h>

torch::Tensor maskPadding(torch::Tensor logits, torch::Tensor pad_mask) {
  // Ported from `logits[pad_mask] = -inf`: with a mask this index is a
  // copy, so the assignment is lost.
  logits.index({pad_mask}) = -1e9;
  return torch::softmax(logits, -1);
}

// Keeps the first `keep` rows as a reference before updating the weights.
torch::Tensor stepAndDrift(torch::Tensor weights, torch::Tensor grad, int64_t keep) {
  auto saved = weights.narrow(0, 0, keep);   // a view, not a snapshot
  weights.sub_(grad * 0.01);
  saved.mul_(0.5);
  return (weights.narrow(0, 0, keep) - saved).abs().sum();
}

// Intended: basic indices write into `t`.
void clampHead(torch::Tensor t) {
  t.index({torch::indexing::Slice(0, 2)}) = 0;
}

// Resets the first row of the running statistics to its initial values.
void resetFirstRow(torch::Tensor &stats, const torch::Tensor &init) {
  auto first = stats.select(0, 0);
  first = init; // rebinds `first`: stats keeps its values
}

// Scales the caller's batch of feature maps in place.
void scaleFeatures(torch::Tensor feats, double s) {
  feats.reshape({feats.size(0), -1}).mul_(s); // lost for a non-contiguous batch
}
