// case-library: torch
// case-expect: clean
// case-why: Setting a flag through a select() view of a const Tensor& state buffer is the intended in-place update (ATen style); not reported for libtorch by default.
#include <torch/torch.h>

#include <vector>

// Marks the finished sequences in a [B] done-flag buffer.
void mark_finished(const torch::Tensor& done, const std::vector<int64_t>& finished) {
  for (int64_t i : finished) {
    done.select(0, i).fill_(1);
  }
}
