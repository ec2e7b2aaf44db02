#include <torch/torch.h>

void notCpp(torch::Tensor t) {
  t.no_such_method();
}
