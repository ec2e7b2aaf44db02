// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
//
// A fact reached from two predecessors with different witnesses (where and
// by which operation it was made) keeps the earliest one in the source,
// whichever predecessor the CFG lists first: joins are commutative, and the
// facts of a joined value are in the same order either way.
#include <torch/torch.h>

// CHECK-LABEL: function 'thenFirst'
void thenFirst(torch::Tensor t, torch::Tensor u, bool c) {
  torch::Tensor v;
  if (c) {
    v = t.slice(0, 0, 1);
  } else {
    v = t.narrow(0, 0, 1);
  }
  v.zero_();
  // CHECK: [[@LINE-1]]:3 write v method at::Tensor::zero_ {t: view must by at::Tensor::slice at [[@LINE-5]]:9}
}

// The same branches swapped: the slice still comes first in the source.
// CHECK-LABEL: function 'elseFirst'
void elseFirst(torch::Tensor t, torch::Tensor u, bool c) {
  torch::Tensor v;
  if (!c) {
    v = t.slice(0, 0, 1);
  } else {
    v = t.narrow(0, 0, 1);
  }
  v.zero_();
  // CHECK: [[@LINE-1]]:3 write v method at::Tensor::zero_ {t: view must by at::Tensor::slice at [[@LINE-5]]:9}
}

// Copies of two arrays on different paths are listed in one order.
// CHECK-LABEL: function 'copies'
void copies(torch::Tensor t, torch::Tensor u, bool c) {
  torch::Tensor v;
  if (c)
    v = u.clone();
  else
    v = t.clone();
  v.add_(1);
  // CHECK: [[@LINE-1]]:3 write v method at::Tensor::add_ {v: same must; copy-of t may by at::Tensor::clone at [[@LINE-2]]:9; copy-of u may by at::Tensor::clone at [[@LINE-4]]:9}
}
