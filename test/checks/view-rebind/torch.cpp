// Every case runs on the mock headers and on the real Debian headers.
// RUN: %check_clang_tidy %s aliasing-view-rebind %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-view-rebind %t.real -- %torch_flags
// The fixed file compiles, and only the findings without a fix-it (by-value
// parameters) are left:
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %torch_flags %t.real.cpp
// RUN: %clang-tidy -load %plugin -checks='-*,aliasing-view-rebind' %t.real.cpp -- %torch_flags 2>&1 | FileCheck -allow-empty -check-prefix=FIXED %s
// FIXED-NOT: instead of writing
// FIXED: warning: assignment rebinds 'row' instead of writing the elements of 'grid'
// FIXED-NOT: instead of writing
#include <torch/torch.h>

#include <vector>

using torch::indexing::Slice;

// ===== Positives ==========================================================

// A named slice rebound (lvalue operator= &): t keeps its values. A
// by-value Tensor shares the caller's storage, so no later use is needed.
torch::Tensor resetHead(torch::Tensor t, const torch::Tensor &v) {
  auto s = t.slice(0, 0, 2);
  s = v;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment rebinds 's' instead of writing the elements of 't' it views: 't' is NOT modified [aliasing-view-rebind]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 's' is a view of 't' made by 'at::Tensor::slice' here
  // CHECK-FIXES: s.copy_(v);
  return t;
}

// A row of the caller's tensor, rebound to fresh zeros.
void clearRow(torch::Tensor &weights, int64_t i) {
  torch::Tensor row = weights[i];
  row = torch::zeros({weights.size(1)});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment rebinds 'row' instead of writing the elements of 'weights' it views: 'weights' is NOT modified [aliasing-view-rebind]
  // CHECK-MESSAGES: :[[@LINE-3]]:23: note: 'row' is a view of 'weights' made by 'at::Tensor::operator[]' here
  // CHECK-FIXES: row.copy_(torch::zeros({weights.size(1)}));
}

// narrow() of a local buffer, rebound, then the buffer summed.
double windowSum(const torch::Tensor &x) {
  torch::Tensor buf = torch::zeros({8});
  auto win = buf.narrow(0, 2, 4);
  win = x.slice(0, 0, 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment rebinds 'win' instead of writing the elements of 'buf' it views: 'buf' is NOT modified [aliasing-view-rebind]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: 'win' is a view of 'buf' made by 'at::Tensor::narrow' here
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'buf' is used here without the assigned elements
  // CHECK-FIXES: win.copy_(x.slice(0, 0, 4));
  return buf.sum().item<double>();
}

// Rebound, then written: `copy_` would also move the later write from
// `other` into `grid`, so no fix-it (the write-through-view negative
// `reassigned` is this code).
torch::Tensor scratchRow(torch::Tensor grid, torch::Tensor other) {
  auto row = grid.slice(0, 0, 2);
  row = other;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment rebinds 'row' instead of writing the elements of 'grid' it views: 'grid' is NOT modified [aliasing-view-rebind]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: 'row' is a view of 'grid' made by 'at::Tensor::slice' here
  // CHECK-FIXES: {{^}}  row = other;{{$}}
  row.add_(1);
  return grid + row;
}

// An output tensor taken by value and only assigned.
void relu(const torch::Tensor &x, torch::Tensor out) {
  out = x.relu();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to by-value parameter 'out' rebinds the local handle: the caller's array is NOT modified [aliasing-view-rebind]
  // CHECK-MESSAGES: :[[@LINE-3]]:49: note: 'out' is taken by value here; take it by reference to return a result through it
}

// ===== Negatives ==========================================================

// The rvalue form copies into t (operator= &&, model: rvalue-assign: write).
void writes(torch::Tensor &t, const torch::Tensor &v) {
  t.slice(0, 0, 2) = v;
  t[0] = v;
  t.index({Slice(0, 2)}) = v;
  t.narrow(0, 0, 1) = 0;
}

// Narrowing a handle to a slice of itself, and moving a view along.
torch::Tensor narrowing(torch::Tensor t) {
  t = t.slice(0, 1);
  auto s = t.slice(0, 0, 2);
  auto a = s.sum();
  s = t.slice(0, 2, 4);
  return a + s.sum();
}

// `s = s * 2` reads the view: the variable is reused for a new value (the
// in-place form would be s.mul_(2); ambiguous, so silent).
torch::Tensor scaled(const torch::Tensor &t) {
  auto s = t.slice(0, 0, 2);
  s = s * 2;
  return s + t;
}

// Recurrent state rebound every step; a handle copy reused.
torch::Tensor unroll(const torch::Tensor &h0, const std::vector<torch::Tensor> &xs) {
  torch::Tensor h = h0;
  for (const auto &x : xs)
    h = (h + x).relu();
  torch::Tensor last = h0.select(0, 0);
  for (const auto &x : xs) {
    auto y = last + x;
    last = x.select(0, 0);
    h = h + y;
  }
  return h;
}

// By-value parameters used as inputs, then reused.
torch::Tensor contiguous(torch::Tensor x) {
  x = x.contiguous();
  return x * 2;
}

// Tensors kept in a container are rebound on purpose.
void collect(std::vector<torch::Tensor> &outs, const torch::Tensor &y) {
  outs[0] = y;
  outs.back() = y.slice(0, 0, 1);
}

// A view of a local nothing reads afterwards: no evidence of intent.
void dead(const torch::Tensor &v) {
  torch::Tensor buf = torch::zeros({4});
  auto s = buf.slice(0, 0, 2);
  s = v;
}

// The source is an operator expression: the fix-it keeps it whole.
double shifted(const torch::Tensor &a, const torch::Tensor &b) {
  torch::Tensor buf = torch::zeros({8});
  torch::Tensor head = buf.slice(0, 0, 4);
  head = a + b;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment rebinds 'head' instead of writing the elements of 'buf' it views: 'buf' is NOT modified [aliasing-view-rebind]
  // CHECK-MESSAGES: :[[@LINE-3]]:24: note: 'head' is a view of 'buf' made by 'at::Tensor::slice' here
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'buf' is used here without the assigned elements
  // CHECK-FIXES: head.copy_(a + b);
  return buf.sum().item<double>();
}
