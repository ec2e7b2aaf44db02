// case-library: torch
// case-expect: clean
// case-why: Basic-index assignment through a const Tensor& handle writes the caller's preallocated token buffer on purpose; libtorch const-write is a convention and not reported by default.
#include <torch/torch.h>

using torch::indexing::Slice;

// Puts the BOS token in column 0 of a preallocated [B, T] token buffer.
void set_bos(const torch::Tensor& tokens, int64_t bos_id) {
  tokens.index({Slice(), 0}) = bos_id;
}
