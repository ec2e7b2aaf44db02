// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
//
// UNSTABLE DUMP ORDER (engine, Dump.cpp). The dump sorts `root:` facts by
// name so that their order does not depend on the CFG, but prints the
// `copy-of` facts in the order the join produced them, which follows the
// CFG's predecessor order: here `copy-of u` comes before `copy-of t`.
// Expected: copy-of facts sorted by root name, like links.
// Actual:   {v: same must; copy-of u may ...; copy-of t may ...}.
#include <torch/torch.h>

// CHECK-LABEL: function 'join'
void join(torch::Tensor t, torch::Tensor u, bool f) {
  torch::Tensor v;
  if (f)
    v = t.clone();
  else
    v = u.clone();
  v.sub_(1);
  // CHECK: [[#@LINE-1]]:3 write v method at::Tensor::sub_ {v: same must; copy-of t may by at::Tensor::clone at [[#@LINE-4]]:9; copy-of u may by at::Tensor::clone at [[#@LINE-2]]:9}
}
