// Every case runs on the mock headers and on the real Debian headers; the
// fixed file compiles and has nothing left to report.
// RUN: %check_clang_tidy %s aliasing-dangling-view %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-dangling-view %t.real -- %torch_flags
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %torch_flags %t.real.cpp
// RUN: %aliaslint --quiet --checks=aliasing-dangling-view %t.cpp -- %mock_flags
// RUN: %aliaslint --quiet --checks=aliasing-dangling-view %t.real.cpp -- %torch_flags
#include <torch/torch.h>

// ===== Positives ==========================================================

// from_blob adopts a raw pointer and keeps no reference to the storage: the
// local tensor's memory is freed when it goes out of scope.
torch::Tensor wrapLocal(int64_t n) {
  auto t = torch::zeros({n});
  return torch::from_blob(t.data_ptr<float>(), {n});
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: returned view refers to 't' through 'torch::from_blob', which is destroyed when the function returns [aliasing-dangling-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:8: note: 't' is declared here
  // CHECK-FIXES: return torch::from_blob(t.data_ptr<float>(), {n}).clone();
}

// ===== Negatives ==========================================================

// A slice shares the storage and its reference count.
torch::Tensor sliceLocal(int64_t n) {
  auto t = torch::zeros({n});
  return t.slice(0, 0, 2);
}

// The caller's storage lives on: a by-value tensor shares it.
torch::Tensor wrapParam(torch::Tensor t, int64_t n) {
  return torch::from_blob(t.data_ptr<float>(), {n});
}
torch::Tensor wrapShared(const torch::Tensor &in, int64_t n) {
  torch::Tensor t = in;
  return torch::from_blob(t.data_ptr<float>(), {n});
}

// Copied before the local dies.
torch::Tensor wrapCloned(int64_t n) {
  auto t = torch::zeros({n});
  return torch::from_blob(t.data_ptr<float>(), {n}).clone();
}

// Used while the local lives.
float wrapAndSum(int64_t n) {
  auto t = torch::zeros({n});
  auto b = torch::from_blob(t.data_ptr<float>(), {n});
  return b.sum().item<float>();
}
