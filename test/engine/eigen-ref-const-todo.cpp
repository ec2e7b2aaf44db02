// XFAIL: *
// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
//
// BUG (engine/model): `Eigen::Ref<const T>` references its argument only when
// the layout is compatible and otherwise evaluates it into a temporary it owns
// (Ref.h; array-api-semantics.md section 3: "maybe-view"). The engine treats
// every Ref as a view-like wrapper of its argument:
//   expected: `Ref<const MatrixXd> r = A + B;` holds an evaluated copy of A
//             and B (it does not read them later); a Ref<const> of a block
//             or a transposed row is a maybe-view of A.
//   actual:   r is a lazy expression of A and B; s and t are views of A.
// The model cannot say it (types are matched without template arguments, so
// Ref<const T> and Ref<T> are one entry). No check is affected today (a
// Ref<const> cannot be written), but a stale-snapshot rule would be: after
// `A.setZero()`, `r` still holds the old sum.
#include <Eigen/Dense>
using Eigen::MatrixXd;
using Eigen::VectorXd;

// CHECK-LABEL: function 'refs'
void refs(MatrixXd &A, const MatrixXd &B) {
  Eigen::Ref<const MatrixXd> r = A + B;
  // CHECK: [[@LINE-1]]:3 create r {r: same must; copy-of A must {{.*}}; copy-of B must {{.*}}}
  Eigen::Ref<const MatrixXd> s = A.block(0, 0, 2, 2);
  // CHECK: [[@LINE-1]]:3 create s {A: maybe-view must {{.*}}}
  Eigen::Ref<const VectorXd> t = A.row(0).transpose();
  // CHECK: [[@LINE-1]]:3 create t {A: maybe-view must {{.*}}}
}
