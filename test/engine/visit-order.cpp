// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
// The worklist settles each loop before analysing the code after it: a
// function of sequential loops costs each loop's blocks about twice, not a
// second pass over the rest of the function per loop (the visiting order
// once ranked the code after a loop before the loop's body: 62 visits
// here, and quadratic time in the length of a function full of loops).
#include <torch/torch.h>

// (35 since joins sort their facts: a join's result no longer depends on
// which predecessor comes first, so fewer revisits see a "change".)
// CHECK: function 'loops' at line [[#@LINE+1]]: 27 blocks, 35 visits
void loops(torch::Tensor a, torch::Tensor b, int n) {
  for (int i = 0; i < n; ++i) { auto v = a.slice(0, 0, 2); v.add_(1.0); }
  for (int i = 0; i < n; ++i) { b = a.t(); }
  for (int i = 0; i < n; ++i) { a.mul_(2.0); }
  for (int i = 0; i < n; ++i) { b.zero_(); }
  while (n > 0) { --n; }
  for (int i = 0; i < n; ++i) { b = b.clone(); }
}

// A loop nest: the inner loop settles within each pass over the outer one.
// CHECK: function 'nest' at line [[#@LINE+1]]: 11 blocks, 25 visits
void nest(torch::Tensor a, torch::Tensor b, int n) {
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < n; ++j) { b = a.t(); }
    a = b.clone();
  }
  b.zero_();
}
