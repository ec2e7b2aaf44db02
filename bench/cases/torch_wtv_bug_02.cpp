// case-library: torch
// case-expect: aliasing-write-through-view@13
// case-why: tmp is a second handle to the same TensorImpl as weights (Tensor copy shares storage), so sub_ moves the weights too and old_loss/new_loss are evaluated on the same data; the step is never rolled back.
#include <torch/torch.h>

#include <functional>

// Tentative SGD step: keep it only if it lowers the loss.
bool try_step(torch::Tensor& weights, const torch::Tensor& grad, double lr,
              const std::function<double(const torch::Tensor&)>& loss_fn) {
  torch::NoGradGuard no_grad;
  torch::Tensor tmp = weights;
  tmp.sub_(grad * lr);
  double old_loss = loss_fn(weights);
  double new_loss = loss_fn(tmp);
  if (new_loss < old_loss) {
    weights = tmp;
    return true;
  }
  return false;
}
