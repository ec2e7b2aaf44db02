// Every case runs on the mock headers and on the real Debian headers; the
// fixed file compiles and has nothing left to report.
// RUN: %check_clang_tidy %s aliasing-stale-snapshot %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-stale-snapshot %t.real -- %torch_flags
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %torch_flags %t.real.cpp
// RUN: %aliaslint --quiet --checks=aliasing-stale-snapshot %t.cpp -- %mock_flags
// RUN: %aliaslint --quiet --checks=aliasing-stale-snapshot %t.real.cpp -- %torch_flags
#include <torch/torch.h>

#include <cassert>
#include <vector>

// ===== Positives ==========================================================

// `auto before = t` is the same tensor: add_ changes both, the difference is 0.
float changed(torch::Tensor t) {
  auto before = t;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'before' does not keep the old value of 't': it is a second handle to its data, and 't' is written before 'before' is read [aliasing-stale-snapshot]
  // CHECK-FIXES: auto before = t.clone();
  t.add_(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 't' is written here by 'at::Tensor::add_'
  return (t - before).abs().sum().item<float>();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: note: 'before' is read here together with 't', as if it held the old value
}

// detach() shares the storage: the step is always 0.
torch::Tensor step(torch::Tensor w, const torch::Tensor &g) {
  auto w0 = w.detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'w0' does not keep the old value of 'w': it is a view of it created by 'at::Tensor::detach', and 'w' is written before 'w0' is read [aliasing-stale-snapshot]
  // CHECK-FIXES: auto w0 = w.detach().clone();
  w.sub_(g * 0.1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'w' is written here by 'at::Tensor::sub_'
  return w - w0;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: 'w0' is read here together with 'w', as if it held the old value
}

// In a loop: the snapshot taken at the end of one iteration, the tensor
// updated in place at the start of the next.
float drift(torch::Tensor x, int n) {
  torch::Tensor prev = x.clone();
  float d = 0;
  for (int i = 0; i < n; ++i) {
    x.mul_(0.9);
    d += (x - prev).abs().sum().item<float>();
    prev = x;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'prev' does not keep the old value of 'x': it is a second handle to its data, and 'x' is written before 'prev' is read [aliasing-stale-snapshot]
    // CHECK-MESSAGES: :[[@LINE-4]]:5: note: 'x' is written here by 'at::Tensor::mul_'
    // CHECK-MESSAGES: :[[@LINE-4]]:15: note: 'prev' is read here together with 'x', as if it held the old value
    // CHECK-FIXES: prev = x.clone();
  }
  return d;
}

// ===== Negatives ==========================================================

float cloned(torch::Tensor t) {
  auto before = t.clone();
  t.add_(1);
  return (t - before).abs().sum().item<float>();
}

// Rebinding is not a write: `t = t + 1` gives t new storage.
float reboundT(torch::Tensor t) {
  auto before = t;
  t = t + 1;
  t.mul_(2);
  return (t - before).abs().sum().item<float>();
}

// The original rebound after the write: `kept` is the one handle left to
// the result, and the read with `c` reads other storage (the
// lost-write-to-copy negative `keptByHandle`).
torch::Tensor keptByHandle(const torch::Tensor &x, const torch::Tensor &y) {
  torch::Tensor c = x.clone();
  torch::Tensor kept = c;
  c.div_(2.0);
  c = y.slice(0, 0, 2);
  return kept + c;
}

// Read before the write.
float readFirst(torch::Tensor t) {
  auto old = t;
  float s = old.sum().item<float>();
  t.add_(1);
  return s;
}

// Shared on purpose: an in-place update through the parameter's handle, the
// alias used afterwards as the same tensor.
torch::Tensor normalise(torch::Tensor t) {
  auto out = t;
  t.mul_(2);
  return out;
}

#define EXPECT_TRUE(c) assert(c)
void sharesStorage(torch::Tensor t) {
  auto alias = t;
  t.fill_(1);
  EXPECT_TRUE((alias - t).abs().sum().item<float>() == 0);
}

// A tensor stored into a container each step and then updated in place:
// every element is the same storage, the final state.
void keepTrajectory(torch::Tensor x, int steps) {
  std::vector<torch::Tensor> trajectory;
  torch::Tensor state = x.clone();
  for (int i = 0; i < steps; ++i) {
    trajectory.push_back(state);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'trajectory' does not keep the old value of 'state': it holds a second handle to its data, and 'state' is written before 'trajectory' is read [aliasing-stale-snapshot]
    // CHECK-FIXES: {{^}}    trajectory.push_back(state.clone());{{$}}
    state.add_(1);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'state' is written here by 'at::Tensor::add_'
  }
  auto first = trajectory.front() * 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: note: 'trajectory' is read here, as if it held the old value
}

// Silent: a clone stored, the handle rebound to a new result before the
// next store (`state = state + 1`).
void trajectoryIdioms(torch::Tensor x, int steps) {
  std::vector<torch::Tensor> cloned, rebound;
  torch::Tensor state = x.clone(), next = x.clone();
  for (int i = 0; i < steps; ++i) {
    cloned.push_back(state.clone());
    state.copy_(state * 2);
  }
  auto a = cloned.back();
  for (int i = 0; i < steps; ++i) {
    rebound.push_back(next);
    next = next + 1;
  }
  auto b = rebound.back();
}
