// case-library: torch
// case-expect: clean
// case-why: Normalising each row of the embedding table in place through a select() view is the function's whole purpose; the table is not read afterwards as if unchanged.
#include <torch/torch.h>

// Row-wise L2 normalisation of an embedding table, in place.
void normalize_rows_(torch::Tensor& table) {
  torch::NoGradGuard no_grad;
  for (int64_t i = 0; i < table.size(0); ++i) {
    auto row = table.select(0, i);
    row.div_(row.norm().clamp_min(1e-12));
  }
}
