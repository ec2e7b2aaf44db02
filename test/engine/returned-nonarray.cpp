// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
//
// Only arrays escape: `return 1;` or `return t.size(0);` in a function that
// takes a Tensor is no escape (every return once emitted one, with an empty
// value, and `via t` for the size).
#include <torch/torch.h>

// CHECK-LABEL: function 'literal'
int literal(torch::Tensor t) { return 1; }
// CHECK-NOT: escape
// CHECK-LABEL: function 'size'
long size(torch::Tensor t) { return t.size(0); }
// CHECK-NOT: escape
// CHECK-LABEL: function 'end'
void end() {}
