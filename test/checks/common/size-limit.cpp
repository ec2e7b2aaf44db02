// A function larger than MaxFunctionElements (CFG elements) is skipped with
// one remark, whichever aliasing checks are enabled; smaller ones are
// analysed as usual.
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' \
// RUN:   --config="{CheckOptions: {MaxFunctionElements: 12}}" %s -- %mock_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{remark|warning}}:'
#include <torch/torch.h>

float big(torch::Tensor data) {
  // CHECK: :[[@LINE-1]]:7: remark: function 'big' is not analysed for aliasing: function has {{[0-9]+}} CFG elements, more than the limit of 12 [aliasing-const-write-through-view]
  auto backup = data.slice(0, 0, 5);
  backup.mul_(2);
  backup.add_(1);
  backup.sub_(1);
  backup.div_(3);
  return data.sum().item<float>();
}

void small(torch::Tensor t, torch::Tensor idx) {
  t.index({idx}) = 0;
  // CHECK: :[[@LINE-1]]:3: warning: write to a temporary copy of 't' is lost
}
