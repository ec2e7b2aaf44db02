// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t -- %mock_flags
//
// FALSE NEGATIVE. A write to a temporary copy that is the unbraced body of a
// range-based for (or of a do-while) is taken as "result used": the
// engine's isDiscarded() knows the bodies of if/for/while but not of
// CXXForRangeStmt and DoStmt, so the event gets ResultUsed and the lost
// write is not reported. With braces around the body it is (see
// torch-mock.cpp, scrubNanGrads).
// Expected: both writes reported.
// Actual:   no diagnostic.
#include <torch/torch.h>

#include <vector>

void scrubNanGrads(const std::vector<torch::Tensor> &params) {
  for (const auto &p : params)
    p.grad().masked_select(p.grad() != p.grad()).zero_();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write to a temporary copy of 'p' is lost: 'at::Tensor::masked_select' returns a copy, so 'p' is NOT modified [aliasing-lost-write-to-copy]
}

void clearAll(torch::Tensor t, const torch::Tensor &idx, int n) {
  int i = 0;
  do
    t.index_select(0, idx).zero_();
  while (++i < n);
  // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: write to a temporary copy of 't' is lost: 'at::Tensor::index_select' returns a copy, so 't' is NOT modified [aliasing-lost-write-to-copy]
}
