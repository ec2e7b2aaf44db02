// case-library: torch
// case-expect: clean
// case-why: The row is clone()d before it is scaled, so features keeps its values and the difference is meaningful; the clone is read after the write.
#include <torch/torch.h>

// Feature-dropout diagnostics: how much would rescaling the first feature row change it?
double first_row_change(const torch::Tensor& features, double keep_prob) {
  auto row = features.select(0, 0).clone();
  row.mul_(keep_prob);
  auto original = features.select(0, 0);
  return (original - row).abs().sum().item<double>();
}
