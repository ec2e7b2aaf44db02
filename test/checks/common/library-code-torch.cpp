// Functions defined in libtorch's own headers are the library's implementation:
// never analysed nor reported, whether the headers come in with -isystem or
// with -I, on the real Debian headers and on the mocks; the bug in this file
// is still reported. How the probe works: library-code-opencv.cpp.
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %torch_I_flags 2>&1 | FileCheck %s --implicit-check-not='{{remark|warning|error}}:'
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %torch_flags 2>&1 | FileCheck %s --implicit-check-not='{{remark|warning|error}}:'
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %mock_I_flags 2>&1 | FileCheck %s --implicit-check-not='{{remark|warning|error}}:'
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %mock_flags 2>&1 | FileCheck %s --implicit-check-not='{{remark|warning|error}}:'
#include <torch/torch.h>

// slice() is a view, not a backup.
float scaleBackup(torch::Tensor data) {
  // CHECK: :[[@LINE-1]]:7: remark: function 'scaleBackup' is not analysed for aliasing
  auto backup = data.slice(0, 0, 5);
  backup.mul_(2);
  // CHECK: :[[@LINE-1]]:3: warning: write through 'backup' also modifies 'data': 'backup' is a view of 'data' created by 'at::Tensor::slice' [aliasing-write-through-view]
  return data.sum().item<float>() - backup.sum().item<float>();
}

// A user template instantiated with a library type is user code.
template <class T> T twice(const T &t) { return t * 2; }
// CHECK: :[[@LINE-1]]:22: remark: function 'twice' is not analysed for aliasing
torch::Tensor useTemplate(const torch::Tensor &t) { return twice(t); }
// CHECK: :[[@LINE-1]]:15: remark: function 'useTemplate' is not analysed for aliasing
