#include <torch/torch.h>

void clean(torch::Tensor t, torch::Tensor idx) {
  t.index_put_({idx}, 0);
}
