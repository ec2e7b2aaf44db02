#include <torch/torch.h>

void zeroRowsFixed(torch::Tensor t, torch::Tensor idx) { t.index_put_({idx}, 0); }
