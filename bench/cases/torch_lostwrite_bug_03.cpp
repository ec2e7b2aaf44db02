// case-library: torch
// case-expect: aliasing-lost-write-to-copy@12
// case-why: index_select returns a copy, so zero_() on it leaves the gradient rows of the frozen tokens untouched; should be grad.index_fill_(0, frozen_ids, 0).
#include <torch/torch.h>

// Freezes the embedding rows of special tokens by zeroing their gradient.
void freeze_rows(torch::nn::Embedding& emb, const torch::Tensor& frozen_ids) {
  torch::Tensor grad = emb->weight.grad();
  if (!grad.defined()) {
    return;
  }
  grad.index_select(0, frozen_ids).zero_();
}
