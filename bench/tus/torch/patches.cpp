// Patch extraction and reassembly for a vision transformer front end:
// unfold into non-overlapping patches, positional embeddings, masking
// (MAE-style) and folding reconstructed patches back into images.
#include <ATen/ATen.h>

// (B, C, H, W) -> (B, N, C*P*P) with N = (H/P)*(W/P).
at::Tensor patchify(const at::Tensor& images, int64_t p) {
  const int64_t b = images.size(0), c = images.size(1);
  at::Tensor u = images.unfold(2, p, p).unfold(3, p, p); // (B, C, H/P, W/P, P, P)
  return u.permute({0, 2, 3, 1, 4, 5}).reshape({b, -1, c * p * p});
}

// Inverse of patchify for a known image size.
at::Tensor unpatchify(const at::Tensor& patches, int64_t c, int64_t h, int64_t w, int64_t p) {
  const int64_t b = patches.size(0), gh = h / p, gw = w / p;
  at::Tensor x = patches.reshape({b, gh, gw, c, p, p});
  return x.permute({0, 3, 1, 4, 2, 5}).reshape({b, c, h, w});
}

at::Tensor sincos_positions(int64_t n, int64_t dim) {
  at::Tensor pos = at::arange(n, at::kFloat).unsqueeze(1);
  at::Tensor freq = at::exp(at::arange(0, dim, 2, at::kFloat) * (-9.21 / dim));
  at::Tensor table = at::zeros({n, dim});
  using at::indexing::Slice;
  table.index_put_({Slice(), Slice(0, at::indexing::None, 2)}, at::sin(pos * freq));
  table.index_put_({Slice(), Slice(1, at::indexing::None, 2)}, at::cos(pos * freq));
  return table;
}

struct Masked {
  at::Tensor visible;  // (B, keep, D)
  at::Tensor keep_ids; // (B, keep)
  at::Tensor mask;     // (B, N), 1 = masked
};

// Random masking: keeps a fraction of the patches of every sample.
Masked random_mask(const at::Tensor& tokens, double ratio) {
  const int64_t b = tokens.size(0), n = tokens.size(1), d = tokens.size(2);
  const int64_t keep = static_cast<int64_t>(n * (1.0 - ratio));
  at::Tensor noise = at::rand({b, n});
  at::Tensor order = noise.argsort(/*dim=*/int64_t{1}, /*descending=*/false);
  Masked m;
  m.keep_ids = order.narrow(1, 0, keep);
  at::Tensor gather_idx = m.keep_ids.unsqueeze(-1).expand({b, keep, d});
  m.visible = tokens.gather(1, gather_idx);
  m.mask = at::ones({b, n});
  m.mask.scatter_(1, m.keep_ids, 0.0);
  return m;
}

// Mean squared error over the masked patches only, with per-patch normalised targets.
at::Tensor masked_reconstruction_loss(const at::Tensor& pred, const at::Tensor& target,
                                      const at::Tensor& mask) {
  at::Tensor mean = target.mean(-1, /*keepdim=*/true);
  at::Tensor var = target.var(-1, /*unbiased=*/true, /*keepdim=*/true);
  at::Tensor norm_target = (target - mean) / (var + 1e-6).sqrt();
  at::Tensor per_patch = (pred - norm_target).pow(2).mean(-1);
  return (per_patch * mask).sum() / mask.sum();
}

int main() {
  const int64_t b = 2, c = 3, h = 32, w = 32, p = 8;
  at::Tensor images = at::rand({b, c, h, w});
  at::Tensor patches = patchify(images, p);
  at::Tensor tokens = patches + sincos_positions(patches.size(1), patches.size(2));
  Masked m = random_mask(tokens, 0.75);
  at::Tensor pred = at::randn_like(patches);
  at::Tensor loss = masked_reconstruction_loss(pred, patches, m.mask);
  at::Tensor back = unpatchify(patches, c, h, w, p);
  return back.sizes() == images.sizes() && loss.numel() == 1 ? 0 : 1;
}
