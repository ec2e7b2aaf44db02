// case-library: torch
// case-expect: aliasing-write-through-view@9
// case-why: row is a select() view of features, so mul_ also scales features; the following difference between the original row and the scaled row is therefore always zero.
#include <torch/torch.h>

// Feature-dropout diagnostics: how much did rescaling the first feature row change it?
double first_row_change(torch::Tensor features, double keep_prob) {
  auto row = features.select(0, 0);
  row.mul_(keep_prob);
  auto original = features.select(0, 0);
  return (original - row).abs().sum().item<double>();
}
