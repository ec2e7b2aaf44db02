// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t -- %mock_flags
//
// FALSE NEGATIVE. A chain of in-place ops on a named copy that is then
// dropped (bench case torch_lostwrite_bug_04): `x.sub_(m)` is not reported
// because its result is used (as the object of `div_`), and `div_` writes a
// temporary (the result of `sub_`) whose value links back to the named copy
// `x`, so neither write is taken as a write to a copy that is never read.
// Expected: the chain is reported once, at its start.
// Actual:   no diagnostic.
#include <torch/torch.h>

torch::Tensor encode(const torch::Tensor &input, bool standardize,
                     const torch::Tensor &mean, const torch::Tensor &std) {
  if (standardize) {
    torch::Tensor x = input.clone();
    x.sub_(mean).div_(std);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write to 'x' is never read: 'x' is a copy of 'input', so 'input' is NOT modified [aliasing-lost-write-to-copy]
    // CHECK-MESSAGES: :[[@LINE-3]]:23: note: 'x' is made a copy of 'input' by 'at::Tensor::clone' here
  }
  return input;
}
