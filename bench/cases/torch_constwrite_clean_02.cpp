// case-library: torch
// case-expect: clean
// case-why: ATen out= convention: the output tensor is a const Tensor& and a narrow() view of it is written on purpose; not reported for libtorch by default.
#include <torch/torch.h>

// Writes src into rows [offset, offset + n) of a preallocated output buffer.
void write_rows_out(const torch::Tensor& out, const torch::Tensor& src, int64_t offset) {
  TORCH_CHECK(out.size(0) >= offset + src.size(0), "output buffer too small");
  out.narrow(0, offset, src.size(0)).copy_(src);
}
