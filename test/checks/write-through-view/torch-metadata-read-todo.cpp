// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %mock_flags
//
// FALSE POSITIVE. Reading only the original's metadata (`t.size(0)`,
// `t.numel()`, `t.dim()`, `t.sizes()`...) after a write through a view
// does not use its values "as if unchanged", yet each is recorded as a read
// of t and taken for a later read. The first case is the idiomatic in-place
// row loop, whose condition reads `t.size(0)` on the next iteration, after
// the write through the loop-local view named `tmp`.
// Expected: no diagnostic.
// Actual:   "write through 'tmp' also modifies 't'", with the note at
//           `t.size(0)` in the loop condition; likewise for `backup` below.
#include <torch/torch.h>

void scaleRows(torch::Tensor t) {
  for (int64_t i = 0; i < t.size(0); ++i) {
    auto tmp = t.select(0, i);
    tmp.mul_(2);
  }
}

int64_t clearHead(torch::Tensor t) {
  auto backup = t.narrow(0, 0, 1);
  backup.zero_();
  return t.size(0) + t.numel() + t.dim();
}
