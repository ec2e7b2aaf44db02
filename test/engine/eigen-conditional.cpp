// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
//
// Fixed; kept as a regression test. The notes below describe the bug it pins.
//
// BUG (engine): the conditional operator drops provenance. A view picked by
// `flag ? A.row(0) : A.row(1)` is recorded as a fresh array of its own, and a
// Matrix initialised from `flag ? A : B` as a copy of an unnamed array.
//   expected: `pick` a view of A on every path; `w` a copy of A or of B.
//   actual:   `create pick {pick: same must}`,
//             `create w {w: same must; copy-of <unnamed> must ...}`.
// (FunctionAnalysis::eval has no case for ConditionalOperator: the arms are
// evaluated by evalChildren and the value is dropped. The arms' values should
// be joined as at a branch.)
#include <Eigen/Dense>
using Eigen::MatrixXd;

// CHECK-LABEL: function 'pickRow'
void pickRow(MatrixXd &A, const MatrixXd &B, bool flag) {
  auto pick = flag ? A.row(0) : A.row(1);
  // CHECK: [[@LINE-1]]:3 create pick {A: view must by Eigen::DenseBase::row at [[@LINE-1]]:{{[0-9]+}} borrows}
  MatrixXd w = flag ? A : B;
  // CHECK: [[@LINE-1]]:3 create w {w: same must; copy-of {{[AB]}} may by {{.*}}; copy-of {{[AB]}} may by {{.*}}}
}
