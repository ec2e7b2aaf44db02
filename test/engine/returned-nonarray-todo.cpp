// XFAIL: *
// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
//
// LIMITATION (engine, spurious event): every `return expr;` of an analysed
// function emits an escape, even when expr is no array: `return 1;` in a
// function that takes a Tensor gives `escape <temporary> returned {}`
// (Dataflow.cpp, transferStmt), and `return t.size(0);` one `via t`. A field
// store goes through FunctionAnalysis::escape(), which drops empty values;
// the return path does not. Escapes are about arrays leaving the function.
//   expected: no escape event for a non-array return value.
//   actual:   `escape <temporary> returned {}` (and `... {} via t {t: same must}`).
#include <torch/torch.h>

// CHECK-LABEL: function 'literal'
int literal(torch::Tensor t) { return 1; }
// CHECK-NOT: escape
// CHECK-LABEL: function 'size'
long size(torch::Tensor t) { return t.size(0); }
// CHECK-NOT: escape
// CHECK-LABEL: function 'end'
void end() {}
