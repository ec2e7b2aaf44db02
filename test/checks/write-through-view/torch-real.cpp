// Further cases on the real Debian headers only (the main cases, in torch.cpp, run on both).
// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %torch_flags
// The real libtorch 1.13 headers (one parse: ~8 s): the same facts as on the
// mocks.
#include <torch/torch.h>

using torch::indexing::None;
using torch::indexing::Slice;

// A view named like a copy, written, then the original read.
float scaleBackup(torch::Tensor data) {
  auto backup = data.slice(0, 0, 5);
  backup.mul_(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'backup' also modifies 'data': 'backup' is a view of 'data' created by 'at::Tensor::slice' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'backup' is made a view of 'data' here
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'data' is read here, after the write
  // No fix-it: the view is not read after the write, so a copy would only lose the write.
  return data.sum().item<float>();
}

// `Tensor tmp = weights` copies the handle only.
bool tryStep(torch::Tensor &weights, const torch::Tensor &grad, double lr) {
  torch::NoGradGuard noGrad;
  torch::Tensor tmp = weights;
  tmp.sub_(grad * lr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'tmp' also modifies 'weights': 'tmp' is a second handle to the data of 'weights' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:23: note: 'tmp' is made a handle sharing 'weights' here
  // CHECK-MESSAGES: :[[@LINE+2]]:20: note: 'weights' is read here, after the write
  // CHECK-FIXES: torch::Tensor tmp = weights.clone();
  double oldLoss = weights.sum().item<double>();
  double newLoss = tmp.sum().item<double>();
  return newLoss < oldLoss;
}

// The view and the original used together after the write.
int64_t clipActivations(torch::Tensor act, double lo, double hi) {
  torch::Tensor clipped = act.view({-1});
  clipped.clamp_(lo, hi);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'clipped' also modifies 'act': 'clipped' is a view of 'act' created by 'at::Tensor::view' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:27: note: 'clipped' is made a view of 'act' here
  // CHECK-MESSAGES: :[[@LINE+2]]:22: note: 'act' is used together with 'clipped' here, after the write
  // CHECK-FIXES: torch::Tensor clipped = act.view({-1}).clone();
  return (clipped != act.view({-1})).sum().item<int64_t>();
}

// Negative: every row normalised in place through a loop-local view.
void normalizeRows(torch::Tensor &table) {
  torch::NoGradGuard noGrad;
  for (int64_t i = 0; i < table.size(0); ++i) {
    auto row = table.select(0, i);
    row.div_(row.norm().clamp_min(1e-12));
  }
}

// Negative: basic-index assignment writes the tensor on purpose.
torch::Tensor maskPadding(torch::Tensor scores, int64_t len, const torch::Tensor &v) {
  scores.index({Slice(0, 2)}) = 0;
  scores.index({0}) = v;
  scores.index({Slice(), Slice(len, None)}) = -1e9;
  return torch::softmax(scores, -1);
}

// Negative: an explicit clone before the write.
double firstRowChange(const torch::Tensor &features, double keep) {
  auto backup = features.select(0, 0).clone();
  backup.mul_(keep);
  auto original = features.select(0, 0);
  return (original - backup).abs().sum().item<double>();
}

// Negative: the view is rebound to a clone before the write.
torch::Tensor appendScaled(const torch::Tensor &x, int64_t d, double scale) {
  torch::Tensor extra = x.slice(1, 0, d);
  extra = extra.clone();
  extra.mul_(scale);
  return torch::cat({x, extra}, 1);
}
