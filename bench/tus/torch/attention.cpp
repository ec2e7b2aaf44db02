// Scaled dot-product attention with causal and padding masks, multi-head
// split/merge and an in-place residual update, written against ATen.
#include <ATen/ATen.h>

#include <cmath>

namespace attn {

// (B, T, H*D) -> (B, H, T, D): a view, no data is moved.
at::Tensor split_heads(const at::Tensor& x, int64_t heads) {
  const int64_t b = x.size(0), t = x.size(1), d = x.size(2) / heads;
  return x.view({b, t, heads, d}).transpose(1, 2);
}

// (B, H, T, D) -> (B, T, H*D): needs a contiguous copy after the transpose.
at::Tensor merge_heads(const at::Tensor& x) {
  const int64_t b = x.size(0), h = x.size(1), t = x.size(2), d = x.size(3);
  return x.transpose(1, 2).contiguous().view({b, t, h * d});
}

at::Tensor causal_mask(int64_t t, const at::TensorOptions& opts) {
  at::Tensor ones = at::ones({t, t}, opts.dtype(at::kBool));
  return at::triu(ones, /*diagonal=*/1);
}

// Attention weights for q, k: (B, H, T, D) each; padding: (B, T) bool.
at::Tensor attention_weights(const at::Tensor& q, const at::Tensor& k,
                             const at::Tensor& padding, bool causal) {
  const double scale = 1.0 / std::sqrt(static_cast<double>(q.size(-1)));
  at::Tensor scores = at::matmul(q, k.transpose(-2, -1)).mul_(scale);
  if (causal)
    scores.masked_fill_(causal_mask(q.size(2), q.options()), -1e9);
  at::Tensor pad = padding.unsqueeze(1).unsqueeze(2);
  scores.masked_fill_(pad, -1e9);
  return at::softmax(scores, -1);
}

struct Projections {
  at::Tensor wq, wk, wv, wo;
};

at::Tensor self_attention(const at::Tensor& x, const Projections& p,
                          const at::Tensor& padding, int64_t heads) {
  at::Tensor q = split_heads(at::matmul(x, p.wq), heads);
  at::Tensor k = split_heads(at::matmul(x, p.wk), heads);
  at::Tensor v = split_heads(at::matmul(x, p.wv), heads);
  at::Tensor w = attention_weights(q, k, padding, /*causal=*/true);
  at::Tensor ctx = merge_heads(at::matmul(w, v));
  return at::matmul(ctx, p.wo);
}

// Pre-norm transformer sub-block: x + attn(layer_norm(x)), x updated in place.
void residual_attention_(at::Tensor& x, const Projections& p,
                         const at::Tensor& padding, int64_t heads) {
  at::Tensor normed = at::layer_norm(x, {x.size(-1)});
  at::Tensor delta = self_attention(normed, p, padding, heads);
  x.add_(delta);
}

// Average attention entropy per head, a common diagnostic.
at::Tensor head_entropy(const at::Tensor& weights) {
  at::Tensor logw = weights.clamp_min(1e-12).log();
  return -(weights * logw).sum(-1).mean(at::IntArrayRef{0, 2});
}

} // namespace attn

int main() {
  const int64_t b = 2, t = 16, d = 64, h = 4;
  attn::Projections p{at::randn({d, d}), at::randn({d, d}), at::randn({d, d}),
                      at::randn({d, d})};
  at::Tensor x = at::randn({b, t, d});
  at::Tensor padding = at::zeros({b, t}, at::kBool);
  padding.select(0, 1).narrow(0, t - 4, 4).fill_(true);
  attn::residual_attention_(x, p, padding, h);
  return x.size(1) == t ? 0 : 1;
}
