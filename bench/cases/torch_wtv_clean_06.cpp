// case-library: torch
// case-expect: clean
// case-why: scratch is a view named like a copy, but zeroing it is the intended reset of the workspace and the workspace is never read afterwards in this function (early return on the other path).
#include <torch/torch.h>

// Clears the used part of a preallocated workspace before the next batch.
void reset_workspace(torch::Tensor& workspace, int64_t used, bool enabled) {
  torch::Tensor scratch = workspace.narrow(0, 0, used);
  if (!enabled || used == 0) {
    return;
  }
  scratch.zero_();
}
