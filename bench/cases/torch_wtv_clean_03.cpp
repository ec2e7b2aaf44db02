// case-library: torch
// case-expect: clean
// case-why: Basic-index assignment (integer + slices) writes -1e9 into scores on purpose to mask padding before the softmax; reading scores afterwards expects the write.
#include <torch/torch.h>

#include <vector>

using torch::indexing::None;
using torch::indexing::Slice;

// Masks attention scores [B, Q, K] beyond each sequence's length, then normalises.
torch::Tensor masked_softmax(torch::Tensor scores, const std::vector<int64_t>& lengths) {
  for (size_t b = 0; b < lengths.size(); ++b) {
    int64_t batch = static_cast<int64_t>(b);
    scores.index({batch, Slice(), Slice(lengths[b], None)}) = -1e9;
  }
  return torch::softmax(scores, -1);
}
