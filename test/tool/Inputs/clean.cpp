#include <torch/torch.h>

// Intended: normalising a row in place is the function's job.
void normaliseRow(torch::Tensor m, int64_t i) {
  auto row = m.select(0, i);
  row.div_(row.sum());
}

void zeroRowsFixed(torch::Tensor t, torch::Tensor idx) {
  t.index_put_({idx}, 0);
}
