// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
//
// Fixed; kept as a regression test. The notes below describe the bug it pins.
//
// BUG (engine): a matrix built from a nullary expression (Zero, Ones,
// Identity, Constant, Random, LinSpaced; xt::zeros, xt::ones, xt::arange) is
// fresh, yet it is recorded as a copy of an unnamed array since "copies of
// unnamed arrays" (71a150b). lost-write-to-copy then says, for
// `MatrixXd acc = MatrixXd::Zero(n, n); acc.setIdentity();`:
//   "write to 'acc' is never read: 'acc' is a copy of 'the original', so
//    'the original' is NOT modified" -- there is no original.
//   expected: `create acc {acc: same must}` (no copy-of).
//   actual:   `create acc {acc: same must; copy-of <unnamed> must by Eigen::Matrix ...}`.
// A lazy expression with no array operand should materialise to a fresh
// array; only an array value that is no variable (`channels[c].clone()`)
// is a copy of an unnamed array.
#include <Eigen/Dense>
using Eigen::MatrixXd;

// CHECK-LABEL: function 'fresh'
void fresh(int n) {
  MatrixXd acc = MatrixXd::Zero(n, n);
  // CHECK: [[@LINE-1]]:3 create acc {acc: same must}
  MatrixXd id = MatrixXd::Identity(n, n) * 2.0;
  // CHECK: [[@LINE-1]]:3 create id {id: same must}
}
