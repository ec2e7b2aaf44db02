// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
//
// MISSING WRITE (engine). An element written through the raw pointer that
// data_ptr<T>() returns writes the tensor's storage; evalAssign's own
// comment names `t.data_ptr<float>()[0] = 1` as an element assignment, but
// the subscript of a pointer is not evaluated as one, so no write event is
// recorded (only a read of t) and no check can see the write.
// Expected: an element write of t (or of the view it is called on).
// Actual:   no write event.
#include <torch/torch.h>

// CHECK-LABEL: function 'raw'
void raw(torch::Tensor t) {
  t.data_ptr<float>()[0] = 1;
  // CHECK: [[#@LINE-1]]:3 write <temporary> element result-discarded {t: same must; element}
  t.select(0, 1).data_ptr<float>()[2] += 1;
  // CHECK: [[#@LINE-1]]:3 write <temporary> element += result-discarded {t: view must by at::Tensor::select at [[#@LINE-1]]:3; element}
}
