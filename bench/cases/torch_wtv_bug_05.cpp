// case-library: torch
// case-expect: aliasing-write-through-view@10
// case-why: detach() shares storage with emb, so on the add_noise branch the noise is added to emb as well and noisy - emb is zero: the guidance term vanishes.
#include <torch/torch.h>

// Guidance-style mix of a noisy and a clean prompt embedding.
torch::Tensor guided_embedding(torch::Tensor emb, double noise_std, bool add_noise, double w) {
  torch::Tensor noisy = emb.detach();
  if (add_noise) {
    noisy.add_(torch::randn_like(noisy) * noise_std);
  }
  return emb + (noisy - emb) * w;
}
