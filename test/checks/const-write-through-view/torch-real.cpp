// Further cases on the real Debian headers only (the main cases, in torch.cpp, run on both).
// The real libtorch 1.13 headers: nothing by default, the ATen-style writes
// through `const Tensor&` with ExtraLibraries: 'libtorch'.
// RUN: %check_clang_tidy %s aliasing-const-write-through-view %t -- %torch_flags
// RUN: %check_clang_tidy -check-suffix=EXTRA \
// RUN:   -config="{CheckOptions: {aliasing-const-write-through-view.ExtraLibraries: 'libtorch'}}" \
// RUN:   %s aliasing-const-write-through-view %t -- %torch_flags
#include <torch/torch.h>

#include <vector>

using torch::indexing::Slice;

// In-place clipping through the const reference itself.
void clipGradNorm(const torch::Tensor &grad, double maxNorm) {
  double n = grad.norm().item<double>();
  if (n > maxNorm)
    grad.mul_(maxNorm / (n + 1e-6));
    // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:5: warning: write through 'grad' modifies 'grad', a 'const torch::Tensor &' parameter: the const of 'at::Tensor' is shallow and does not protect its data [aliasing-const-write-through-view]
}

// ATen out= style: a narrow() view of the const output.
void writeRowsOut(const torch::Tensor &out, const torch::Tensor &src, int64_t offset) {
  TORCH_CHECK(out.size(0) >= offset + src.size(0), "output buffer too small");
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

// A named view of the const parameter.
void zeroHead(const torch::Tensor &t) {
  auto head = t.slice(0, 0, 2);
  head.zero_();
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:3: warning: write through 'head' modifies 't', a 'const torch::Tensor &' parameter: the const of 'at::Tensor' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES-EXTRA: :[[@LINE-3]]:15: note: view of 't' made by 'at::Tensor::slice' here
  // CHECK-FIXES-EXTRA: auto head = t.slice(0, 0, 2).clone();
}

// Never reported: the clone is written.
torch::Tensor cutout(const torch::Tensor &images, int64_t y) {
  torch::Tensor out = images.clone();
  out.index({Slice(), Slice(y, y + 4)}) = 0.0;
  return out;
}

// Never reported: an advanced index writes a copy.
void advancedIndex(const torch::Tensor &t, const torch::Tensor &idx) {
  t.index({idx}) = 0;
}
