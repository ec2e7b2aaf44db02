// Circular replay buffer for off-policy reinforcement learning: fixed-size
// tensors written through row views, prioritised sampling, n-step returns.
#include <torch/types.h>

#include <random>

class ReplayBuffer {
public:
  ReplayBuffer(int64_t capacity, int64_t obs_dim, int64_t act_dim)
      : capacity_(capacity),
        obs_(torch::zeros({capacity, obs_dim})),
        next_obs_(torch::zeros({capacity, obs_dim})),
        actions_(torch::zeros({capacity, act_dim})),
        rewards_(torch::zeros({capacity})),
        dones_(torch::zeros({capacity})),
        priorities_(torch::ones({capacity})) {}

  void add(const torch::Tensor& obs, const torch::Tensor& action, double reward,
           const torch::Tensor& next_obs, bool done) {
    obs_[pos_].copy_(obs);
    actions_[pos_].copy_(action);
    next_obs_[pos_].copy_(next_obs);
    rewards_[pos_] = reward;
    dones_[pos_] = done ? 1.0 : 0.0;
    // New transitions get the current maximum priority so they are seen soon.
    priorities_[pos_] = size_ ? priorities_.narrow(0, 0, size_).max().item<double>() : 1.0;
    pos_ = (pos_ + 1) % capacity_;
    size_ = std::min(size_ + 1, capacity_);
  }

  struct Batch {
    torch::Tensor obs, actions, rewards, next_obs, dones, indices, weights;
  };

  Batch sample(int64_t n, double alpha, double beta) const {
    torch::Tensor p = priorities_.narrow(0, 0, size_).pow(alpha);
    torch::Tensor probs = p / p.sum();
    Batch b;
    b.indices = torch::multinomial(probs, n, /*replacement=*/true);
    b.obs = obs_.index_select(0, b.indices);
    b.actions = actions_.index_select(0, b.indices);
    b.rewards = rewards_.index_select(0, b.indices);
    b.next_obs = next_obs_.index_select(0, b.indices);
    b.dones = dones_.index_select(0, b.indices);
    b.weights = (probs.index_select(0, b.indices) * size_).pow(-beta);
    b.weights.div_(b.weights.max());
    return b;
  }

  void update_priorities(const torch::Tensor& indices, const torch::Tensor& td_error) {
    priorities_.index_copy_(0, indices, td_error.abs() + 1e-6);
  }

  int64_t size() const { return size_; }

private:
  int64_t capacity_, pos_ = 0, size_ = 0;
  torch::Tensor obs_, next_obs_, actions_, rewards_, dones_, priorities_;
};

// Discounted n-step returns over a reward sequence, computed backwards.
torch::Tensor n_step_returns(const torch::Tensor& rewards, const torch::Tensor& dones,
                             double gamma, int64_t n) {
  const int64_t t = rewards.size(0);
  torch::Tensor out = torch::zeros_like(rewards);
  for (int64_t i = 0; i < t; ++i) {
    double g = 0.0, disc = 1.0;
    for (int64_t k = 0; k < n && i + k < t; ++k) {
      g += disc * rewards[i + k].item<double>();
      if (dones[i + k].item<double>() > 0.5)
        break;
      disc *= gamma;
    }
    out[i] = g;
  }
  return out;
}

int main() {
  ReplayBuffer buf(128, 6, 2);
  for (int i = 0; i < 40; ++i)
    buf.add(torch::randn({6}), torch::randn({2}), 0.1 * i, torch::randn({6}), i % 10 == 9);
  auto batch = buf.sample(16, 0.6, 0.4);
  buf.update_priorities(batch.indices, torch::randn({16}));
  torch::Tensor ret = n_step_returns(batch.rewards, batch.dones, 0.99, 3);
  return ret.size(0) == 16 ? 0 : 1;
}
