#include <torch/torch.h>

// Included by a.cpp and c.cpp: its finding must be reported once.
inline void sharedZero(torch::Tensor t, torch::Tensor idx) {
  t.index({idx}) = 0;
}
