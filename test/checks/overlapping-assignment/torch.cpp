// Every case runs on the mock headers and on the real Debian headers.
// RUN: %check_clang_tidy %s aliasing-overlapping-assignment %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-overlapping-assignment %t.real -- %torch_flags
// libtorch checks overlap at run time: copy_ and the other TensorIterator
// kernels raise "unsupported operation: some elements of the input tensor
// and the written-to tensor refer to a single memory location" on a partial
// overlap (TensorIteratorConfig::set_check_mem_overlap, true by default,
// ATen/TensorIterator.h; assert_no_partial_overlap, ATen/MemoryOverlap.h),
// as Armadillo does. Nothing is silently computed wrong: nothing reported.
#include <torch/torch.h>

void inPlaceCopies(torch::Tensor &a, torch::Tensor &v) {
  a.copy_(a.t());
  v.slice(0, 1).copy_(v.slice(0, 0, -1));
  a.t_();
  a = a.t();
  a.copy_(a.flip({0}));
  a.add_(a.t());
}
