// XFAIL: *
// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %mock_flags
//
// FALSE NEGATIVE (bench case torch_wtv_bug_01). The written view `row` is
// used together with `original`, a second view of the same rows of
// `features` made after the write, so `original - row` is always zero.
// "Used together" only looks for reads of the original variable itself in
// the statement that reads the view (or, in the uncommitted engine, of a
// whole second handle to it); a read of another view of the original does
// not count.
// Expected: reported, with a note at the read of `original` (wording free).
// Actual:   no diagnostic.
#include <torch/torch.h>

double firstRowChange(torch::Tensor features, double keepProb) {
  auto row = features.select(0, 0);
  row.mul_(keepProb);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'row' also modifies 'features': 'row' is a view of 'features' created by 'at::Tensor::select' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: 'row' is made a view of 'features' here
  // CHECK-MESSAGES: :[[@LINE+3]]:11: note: {{.*}}'original'{{.*}} here, after the write
  // CHECK-FIXES: auto row = features.select(0, 0).clone();
  auto original = features.select(0, 0);
  return (original - row).abs().sum().item<double>();
}
