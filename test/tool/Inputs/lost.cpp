#include <torch/torch.h>

// Meant to zero the selected rows of t.
void zeroRows(torch::Tensor t, torch::Tensor idx) {
  t.index({idx}) = 0;
}
