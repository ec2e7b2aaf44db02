// Further cases on the real Debian headers only (the main cases, in torch.cpp, run on both).
// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t -- %torch_flags
// RUN: clang++ -fsyntax-only %torch_flags %t.cpp
// The real libtorch 1.13 headers: advanced indices through the real
// TensorIndex conversions, and the index_put_ fix-its compile.
#include <torch/torch.h>

#include <vector>

using torch::indexing::None;
using torch::indexing::Slice;

// An advanced (tensor) index copies: the assignment never reaches `weight`.
void reinitDeadUnits(torch::Tensor &weight, const torch::Tensor &fireCounts) {
  torch::NoGradGuard noGrad;
  torch::Tensor dead = (fireCounts == 0).nonzero().squeeze(1);
  if (dead.numel() == 0)
    return;
  weight.index({dead}) = torch::randn({dead.size(0), weight.size(1)}) * 0.01;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 'weight' is lost: 'at::Tensor::index' with an advanced (tensor or mask) index returns a copy, so 'weight' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-FIXES: weight.index_put_({dead}, torch::randn({dead.size(0), weight.size(1)}) * 0.01);
}

// A boolean mask, a mask expression and a bool literal: all advanced.
torch::Tensor smoothTargets(torch::Tensor targets, double eps) {
  torch::Tensor pos = targets > 0.5;
  targets.index({pos}) -= eps;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 'targets' is lost: 'at::Tensor::index' with an advanced (tensor or mask) index returns a copy, so 'targets' is NOT modified [aliasing-lost-write-to-copy]
  targets.index({targets <= 0.5}).fill_(eps);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 'targets' is lost: 'at::Tensor::index' with an advanced (tensor or mask) index returns a copy, so 'targets' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-FIXES: targets.index_put_({targets <= 0.5}, eps);
  targets.index({true}) = 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 'targets' is lost: 'at::Tensor::index' with an advanced (tensor or mask) index returns a copy, so 'targets' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-FIXES: targets.index_put_({true}, 0);
  return targets;
}

// index_select copies; zero_() on the result is lost.
void freezeRows(torch::Tensor grad, const torch::Tensor &frozenIds) {
  grad.index_select(0, frozenIds).zero_();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 'grad' is lost: 'at::Tensor::index_select' returns a copy, so 'grad' is NOT modified [aliasing-lost-write-to-copy]
}

// A named clone written in a branch and dropped at the end of its scope.
torch::Tensor encode(const torch::Tensor &input, bool standardize) {
  if (standardize) {
    torch::Tensor x = input.clone();
    x.sub_(x.mean(0));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write to 'x' is never read: 'x' is a copy of 'input', so 'input' is NOT modified [aliasing-lost-write-to-copy]
    // CHECK-MESSAGES: :[[@LINE-3]]:23: note: 'x' is made a copy of 'input' by 'at::Tensor::clone' here
  }
  return input;
}

// Negative: argmax() without a dim is a 0-dim integer tensor, an integer
// index.
torch::Tensor oneHotArgmax(const torch::Tensor &scores) {
  torch::Tensor out = torch::zeros_like(scores);
  out.index({scores.argmax()}) = 1.0;
  return out;
}

// Negative: index_put_ is the correct spelling.
void reinitWithPut(torch::Tensor &weight, const torch::Tensor &dead) {
  weight.index_put_({dead}, torch::randn({dead.size(0), weight.size(1)}) * 0.01);
}

// Negative: basic indices are views.
void initEmbeddings(torch::Tensor &table, int64_t paddingIdx, int64_t nReserved) {
  torch::NoGradGuard noGrad;
  table.normal_(0.0, 0.02);
  table.index({paddingIdx}) = 0.0;
  table.index({Slice(1, nReserved), Slice()}) = table.index({Slice(nReserved, None)}).mean(0);
}

// Negative: the clone is the output.
torch::Tensor cutout(const torch::Tensor &images, int64_t y, int64_t x, int64_t size) {
  torch::Tensor out = images.clone();
  out.index({Slice(), Slice(), Slice(y, y + size), Slice(x, x + size)}) = 0.0;
  return out;
}

// Negative: the masked copy is only read.
torch::Tensor imputeMean(torch::Tensor x, const torch::Tensor &valid) {
  double m = x.index({valid}).mean().item<double>();
  x.index_put_({valid.logical_not()}, m);
  return x;
}
