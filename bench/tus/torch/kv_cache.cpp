// Key/value cache of an autoregressive decoder: preallocated buffers that are
// filled one step at a time through narrow() views, plus beam reordering.
#include <ATen/ATen.h>

#include <stdexcept>
#include <vector>

class KvCache {
public:
  KvCache(int64_t layers, int64_t batch, int64_t heads, int64_t max_len, int64_t dim)
      : max_len_(max_len) {
    for (int64_t l = 0; l < layers; ++l) {
      keys_.push_back(at::zeros({batch, heads, max_len, dim}));
      values_.push_back(at::zeros({batch, heads, max_len, dim}));
    }
  }

  // Appends one step (B, H, 1, D) for layer l; writes into the cache buffers.
  void append(int64_t layer, const at::Tensor& k, const at::Tensor& v) {
    if (len_ >= max_len_)
      throw std::runtime_error("kv cache full");
    keys_[layer].narrow(2, len_, 1).copy_(k);
    values_[layer].narrow(2, len_, 1).copy_(v);
  }

  void advance() { ++len_; }

  // The filled part of the cache: views, valid until the next reorder.
  at::Tensor keys(int64_t layer) const { return keys_[layer].narrow(2, 0, len_); }
  at::Tensor values(int64_t layer) const { return values_[layer].narrow(2, 0, len_); }

  // Beam search: keep the beams listed in `order` (a copy through index_select).
  void reorder(const at::Tensor& order) {
    for (size_t l = 0; l < keys_.size(); ++l) {
      keys_[l] = keys_[l].index_select(0, order);
      values_[l] = values_[l].index_select(0, order);
    }
  }

  void reset() {
    for (auto& k : keys_)
      k.zero_();
    for (auto& v : values_)
      v.zero_();
    len_ = 0;
  }

  int64_t length() const { return len_; }

private:
  std::vector<at::Tensor> keys_, values_;
  int64_t max_len_ = 0, len_ = 0;
};

// One decoding step of one attention layer using the cache.
at::Tensor decode_step(KvCache& cache, int64_t layer, const at::Tensor& q,
                       const at::Tensor& k, const at::Tensor& v) {
  cache.append(layer, k, v);
  at::Tensor keys = cache.keys(layer);
  at::Tensor values = cache.values(layer);
  // The current step is not yet counted in length(); include it.
  keys = at::cat({keys, k}, 2);
  values = at::cat({values, v}, 2);
  at::Tensor scores = at::matmul(q, keys.transpose(-2, -1)) / std::sqrt((double)q.size(-1));
  return at::matmul(at::softmax(scores, -1), values);
}

int main() {
  const int64_t layers = 2, batch = 3, heads = 2, max_len = 8, dim = 4;
  KvCache cache(layers, batch, heads, max_len, dim);
  at::Tensor out;
  for (int64_t step = 0; step < 5; ++step) {
    for (int64_t l = 0; l < layers; ++l) {
      at::Tensor q = at::randn({batch, heads, 1, dim});
      at::Tensor k = at::randn({batch, heads, 1, dim});
      at::Tensor v = at::randn({batch, heads, 1, dim});
      out = decode_step(cache, l, q, k, v);
    }
    cache.advance();
    if (step == 2)
      cache.reorder(at::tensor({2, 0, 1}, at::kLong));
  }
  return out.size(2) == 1 ? 0 : 1;
}
