// Exponential moving average of a model's parameters (the "EMA teacher" of
// self-supervised training), with swap-in for evaluation and restore.
#include <torch/torch.h>

#include <string>
#include <unordered_map>
#include <vector>

class ParameterEma {
public:
  ParameterEma(torch::nn::Module& model, double decay) : decay_(decay) {
    torch::NoGradGuard no_grad;
    for (const auto& item : model.named_parameters())
      shadow_[item.key()] = item.value().detach().clone();
  }

  // shadow = decay * shadow + (1 - decay) * param, in place on the shadow.
  void update(torch::nn::Module& model) {
    torch::NoGradGuard no_grad;
    ++updates_;
    const double d = std::min(decay_, (1.0 + updates_) / (10.0 + updates_));
    for (const auto& item : model.named_parameters()) {
      torch::Tensor& s = shadow_.at(item.key());
      s.mul_(d).add_(item.value().detach(), 1.0 - d);
    }
  }

  // Copies the averaged weights into the model, keeping a backup to restore.
  void swap_in(torch::nn::Module& model) {
    torch::NoGradGuard no_grad;
    backup_.clear();
    for (auto& item : model.named_parameters()) {
      backup_[item.key()] = item.value().detach().clone();
      item.value().copy_(shadow_.at(item.key()));
    }
  }

  void restore(torch::nn::Module& model) {
    torch::NoGradGuard no_grad;
    for (auto& item : model.named_parameters())
      item.value().copy_(backup_.at(item.key()));
    backup_.clear();
  }

  int64_t updates() const { return updates_; }

private:
  double decay_;
  int64_t updates_ = 0;
  std::unordered_map<std::string, torch::Tensor> shadow_, backup_;
};

struct NetImpl : torch::nn::Module {
  NetImpl() {
    conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(3, 8, 3).padding(1)));
    fc = register_module("fc", torch::nn::Linear(8, 4));
  }
  torch::Tensor forward(const torch::Tensor& x) {
    torch::Tensor h = torch::relu(conv->forward(x));
    h = torch::adaptive_avg_pool2d(h, {1, 1}).flatten(1);
    return fc->forward(h);
  }
  torch::nn::Conv2d conv{nullptr};
  torch::nn::Linear fc{nullptr};
};
TORCH_MODULE(Net);

int main() {
  Net net;
  ParameterEma ema(*net, 0.999);
  torch::optim::Adam opt(net->parameters(), torch::optim::AdamOptions(1e-3));
  for (int step = 0; step < 3; ++step) {
    torch::Tensor x = torch::randn({4, 3, 16, 16});
    torch::Tensor y = torch::randint(0, 4, {4}, torch::kLong);
    opt.zero_grad();
    torch::Tensor loss = torch::nn::functional::cross_entropy(net->forward(x), y);
    loss.backward();
    opt.step();
    ema.update(*net);
  }
  ema.swap_in(*net);
  torch::Tensor eval_out = net->forward(torch::randn({2, 3, 16, 16}));
  ema.restore(*net);
  return eval_out.size(1) == 4 ? 0 : 1;
}
