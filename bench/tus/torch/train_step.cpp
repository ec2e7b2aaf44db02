// One supervised training step of a small MLP classifier: forward, loss,
// backward, gradient clipping in place, SGD with momentum, running metrics.
#include <torch/torch.h>

#include <cmath>
#include <vector>

struct MlpImpl : torch::nn::Module {
  MlpImpl(int64_t in, int64_t hidden, int64_t out)
      : fc1(register_module("fc1", torch::nn::Linear(in, hidden))),
        fc2(register_module("fc2", torch::nn::Linear(hidden, hidden))),
        head(register_module("head", torch::nn::Linear(hidden, out))) {}

  torch::Tensor forward(torch::Tensor x) {
    x = torch::relu(fc1->forward(x));
    x = torch::dropout(x, /*p=*/0.1, is_training());
    x = torch::relu(fc2->forward(x));
    return head->forward(x);
  }

  torch::nn::Linear fc1, fc2, head;
};
TORCH_MODULE(Mlp);

struct StepStats {
  double loss = 0.0;
  double accuracy = 0.0;
  double grad_norm = 0.0;
};

// Clips the global gradient norm in place and returns the norm before clipping.
static double clip_gradients(std::vector<torch::Tensor>& params, double max_norm) {
  double total = 0.0;
  for (auto& p : params) {
    if (!p.grad().defined())
      continue;
    total += p.grad().pow(2).sum().item<double>();
  }
  total = std::sqrt(total);
  if (total > max_norm) {
    double scale = max_norm / (total + 1e-6);
    for (auto& p : params)
      if (p.grad().defined())
        p.grad().mul_(scale);
  }
  return total;
}

StepStats train_step(Mlp& model, torch::optim::SGD& optimizer,
                     const torch::Tensor& inputs, const torch::Tensor& labels,
                     double max_norm) {
  model->train();
  optimizer.zero_grad();
  torch::Tensor logits = model->forward(inputs);
  torch::Tensor loss = torch::nn::functional::cross_entropy(logits, labels);
  loss.backward();

  std::vector<torch::Tensor> params = model->parameters();
  StepStats stats;
  stats.grad_norm = clip_gradients(params, max_norm);
  optimizer.step();

  torch::NoGradGuard no_grad;
  torch::Tensor predicted = logits.argmax(1);
  stats.loss = loss.item<double>();
  stats.accuracy = predicted.eq(labels).to(torch::kFloat32).mean().item<double>();
  return stats;
}

// Evaluation over a list of batches, without gradients.
double evaluate(Mlp& model, const std::vector<torch::Tensor>& batches,
                const std::vector<torch::Tensor>& labels) {
  torch::NoGradGuard no_grad;
  model->eval();
  int64_t correct = 0, total = 0;
  for (size_t i = 0; i < batches.size(); ++i) {
    torch::Tensor pred = model->forward(batches[i]).argmax(1);
    correct += pred.eq(labels[i]).sum().item<int64_t>();
    total += labels[i].size(0);
  }
  return total ? static_cast<double>(correct) / total : 0.0;
}

int run_epoch(int64_t steps) {
  torch::manual_seed(0);
  Mlp model(32, 64, 10);
  torch::optim::SGD optimizer(model->parameters(),
                              torch::optim::SGDOptions(0.05).momentum(0.9));
  double last_loss = 0.0;
  for (int64_t s = 0; s < steps; ++s) {
    torch::Tensor x = torch::randn({16, 32});
    torch::Tensor y = torch::randint(0, 10, {16}, torch::kLong);
    StepStats st = train_step(model, optimizer, x, y, 5.0);
    last_loss = st.loss;
  }
  return last_loss < 10.0 ? 0 : 1;
}
