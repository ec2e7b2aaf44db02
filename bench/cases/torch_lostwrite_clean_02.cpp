// case-library: torch
// case-expect: clean
// case-why: index({int}) and index({Slice, Slice}) are basic indices, i.e. views, so both assignments write into table as intended.
#include <torch/torch.h>

using torch::indexing::None;
using torch::indexing::Slice;

// Embedding init: zero padding row, reserved rows set to the mean of the regular rows.
void init_embeddings(torch::Tensor& table, int64_t padding_idx, int64_t n_reserved) {
  torch::NoGradGuard no_grad;
  table.normal_(0.0, 0.02);
  table.index({padding_idx}) = 0.0;
  table.index({Slice(1, n_reserved), Slice()}) = table.index({Slice(n_reserved, None)}).mean(0);
}
