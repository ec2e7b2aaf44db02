// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %mock_flags
#include <torch/torch.h>

// A view named like a copy, written, then the original read.
float scaleBackup(torch::Tensor data) {
  auto backup = data.slice(0, 0, 5);
  backup.mul_(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'backup' also modifies 'data': 'backup' is a view of 'data' created by 'at::Tensor::slice' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'backup' is made a view of 'data' here
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'data' is read here, after the write
  return data.sum().item<float>();
}
// CHECK-FIXES: auto backup = data.slice(0, 0, 5).clone();

// Intended: normalising a row in place is the function's job.
void normaliseRow(torch::Tensor m, int64_t i) {
  auto row = m.select(0, i);
  row.div_(row.sum());
}
