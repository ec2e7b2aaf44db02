// Every case runs on the mock headers and on the real Debian headers.
// By default libtorch's `const Tensor&` is not a promise (in-place methods
// are const members and ATen writes such parameters by convention): nothing
// is reported. With ExtraLibraries: 'libtorch' the same writes are.
// RUN: %check_clang_tidy %s aliasing-const-write-through-view %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-const-write-through-view %t.real -- %torch_flags
// RUN: %check_clang_tidy -check-suffix=EXTRA \
// RUN:   -config="{CheckOptions: {aliasing-const-write-through-view.ExtraLibraries: 'libtorch'}}" \
// RUN:   %s aliasing-const-write-through-view %t -- %mock_flags
// RUN: %check_clang_tidy -check-suffix=EXTRA \
// RUN:   -config="{CheckOptions: {aliasing-const-write-through-view.ExtraLibraries: 'libtorch'}}" \
// RUN:   %s aliasing-const-write-through-view %t.real -- %torch_flags
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %torch_flags %t.real.cpp
#include <torch/torch.h>

#include <vector>

using torch::indexing::Slice;

// ===== Reported only with ExtraLibraries ==================================

// In-place gradient clipping through the const reference itself.
void clipGradNorm(const torch::Tensor &grad, double maxNorm) {
  double n = grad.sum().item<double>();
  if (n > maxNorm)
    grad.mul_(maxNorm / (n + 1e-6));
    // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:5: warning: write through 'grad' modifies 'grad', a 'const torch::Tensor &' parameter: the const of 'at::Tensor' is shallow and does not protect its data [aliasing-const-write-through-view]
}

// ATen out= style: a narrow() view of the const output is written.
void writeRowsOut(const torch::Tensor &out, const torch::Tensor &src, int64_t offset) {
  out.narrow(0, offset, src.size(0)).copy_(src);
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:3: warning: write through a view of 'out' modifies 'out', a 'const torch::Tensor &' parameter: the const of 'at::Tensor' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES-EXTRA: :[[@LINE-2]]:3: note: view of 'out' made by 'at::Tensor::narrow' here
}

// Basic-index assignment through a const handle.
void setBos(const torch::Tensor &tokens, int64_t bosId) {
  tokens.index({Slice(), 0}) = bosId;
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:3: warning: write through a view of 'tokens' modifies 'tokens', a 'const torch::Tensor &' parameter: the const of 'at::Tensor' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES-EXTRA: :[[@LINE-2]]:3: note: view of 'tokens' made by 'at::Tensor::index' here
}

// A select() view of a const state buffer filled in a loop.
void markFinished(const torch::Tensor &done, const std::vector<int64_t> &finished) {
  for (int64_t i : finished) {
    done.select(0, i).fill_(1);
    // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:5: warning: write through a view of 'done' modifies 'done', a 'const torch::Tensor &' parameter: the const of 'at::Tensor' is shallow and does not protect its data [aliasing-const-write-through-view]
    // CHECK-MESSAGES-EXTRA: :[[@LINE-2]]:5: note: view of 'done' made by 'at::Tensor::select' here
  }
}

// A named view of the const parameter, never read after the write: no
// clone (it would only lose the write).
void zeroHead(const torch::Tensor &t) {
  auto head = t.slice(0, 0, 2);
  head.zero_();
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:3: warning: write through 'head' modifies 't', a 'const torch::Tensor &' parameter: the const of 'at::Tensor' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES-EXTRA: :[[@LINE-3]]:15: note: view of 't' made by 'at::Tensor::slice' here
  // CHECK-FIXES-EXTRA: auto head = t.slice(0, 0, 2);
}

// The same view read after the write: the clone is offered.
torch::Tensor clampedHead(const torch::Tensor &t) {
  auto head = t.slice(0, 0, 2);
  head.clamp_(0, 1);
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:3: warning: write through 'head' modifies 't', a 'const torch::Tensor &' parameter: the const of 'at::Tensor' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES-EXTRA: :[[@LINE-3]]:15: note: view of 't' made by 'at::Tensor::slice' here
  // CHECK-FIXES-EXTRA: auto head = t.slice(0, 0, 2).clone();
  return head.sum();
}

// A handle copy of the const parameter, written with a compound operator.
void bumpHandle(const torch::Tensor &t) {
  torch::Tensor h = t;
  h += 1;
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:3: warning: write through 'h' modifies 't', a 'const torch::Tensor &' parameter: the const of 'at::Tensor' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES-EXTRA: :[[@LINE-3]]:21: note: 'h' shares the data of 't' from here
}

// operator[] on a const handle, assigned.
void setFirst(const torch::Tensor &t) {
  t[0] = 5;
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:3: warning: write through a view of 't' modifies 't', a 'const torch::Tensor &' parameter: the const of 'at::Tensor' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES-EXTRA: :[[@LINE-2]]:3: note: view of 't' made by 'at::Tensor::operator[]' here
}

// A by-value const Tensor still shares the caller's storage.
void byValueConst(const torch::Tensor t) {
  t.add_(1);
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:3: warning: write through 't' modifies 't', a 'const torch::Tensor' parameter: the const of 'at::Tensor' is shallow and does not protect its data [aliasing-const-write-through-view]
}

// ===== Never reported =====================================================

// The const input is cloned; only the clone is written.
torch::Tensor cutout(const torch::Tensor &images, int64_t y) {
  torch::Tensor out = images.clone();
  out.index({Slice(), Slice(y, y + 4)}) = 0.0;
  return out;
}

// Non-const handles are written on purpose.
void nonConst(torch::Tensor &t, torch::Tensor byValue) {
  t.add_(1);
  byValue.select(0, 0).zero_();
}

// Only reads of the const input.
torch::Tensor readsOnly(const torch::Tensor &t, const torch::Tensor &idx) {
  auto rows = t.index({idx});
  return t.slice(0, 0, 2).sum() + rows.sum();
}

// An advanced index writes a copy, not the const input (a lost write, the
// business of aliasing-lost-write-to-copy).
void advancedIndex(const torch::Tensor &t, const torch::Tensor &idx) {
  t.index({idx}) = 0;
}

// The handle copy is rebound to a clone before the write.
torch::Tensor rebound(const torch::Tensor &t) {
  torch::Tensor w = t;
  w = t.clone();
  w.zero_();
  return w;
}

// grad() is another tensor: zeroing the gradient of a const parameter does
// not write the parameter.
void zeroGrad(const torch::Tensor &p) {
  p.grad().zero_();
}

// NOLINT is honoured when the library is enabled.
void suppressed(const torch::Tensor &t) {
  t.zero_(); // NOLINT(aliasing-const-write-through-view)
}
