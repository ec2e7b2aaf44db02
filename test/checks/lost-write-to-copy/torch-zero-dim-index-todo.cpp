// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t -- %mock_flags
//
// FALSE POSITIVE. A 0-dim integer tensor used as an index is treated by
// libtorch as a plain integer (`select`, a view), so the assignment writes
// into `out` (array-api-semantics.md section 1; bench case
// torch_lostwrite_clean_04). `argmax()`/`argmin()` without a `dim` always
// return such a 0-dim integer tensor.
// Expected: no diagnostic.
// Actual:   "write to a temporary copy of 'out' is lost: 'at::Tensor::index'
//           with an advanced (tensor or mask) index returns a copy", and a
//           fix-it to `out.index_put_({scores.argmax()}, 1.0)`.
// The index classification looks only at the entry's static type
// (at::Tensor => advanced); results known to be 0-dim integer tensors need to
// be classified as basic.
#include <torch/torch.h>

torch::Tensor oneHotArgmax(const torch::Tensor &scores) {
  torch::Tensor out = torch::zeros_like(scores);
  out.index({scores.argmax()}) = 1.0;
  return out;
}

torch::Tensor markArgmin(torch::Tensor t) {
  t.index({t.argmin()}) = 0;
  return t;
}
