// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
// RUN: %aliaslint --dump-provenance %s -- %eigen_flags | FileCheck %s
//
// `Eigen::Ref<const T>` refers to a plain object directly, evaluates an
// expression into storage it owns (its `m_object`), and of a block is a view
// or a copy depending on the block's strides (Eigen/src/Core/Ref.h,
// `Ref<const TPlainObjectType>::construct(expr, internal::false_type)`): the
// model's `const-form: may-copy`. `Ref<T>` binds only to what it can
// reference.
#include <Eigen/Dense>
using Eigen::MatrixXd;
using Eigen::VectorXd;

// CHECK-LABEL: function 'refs'
void refs(MatrixXd &A, const MatrixXd &B) {
  Eigen::Ref<const MatrixXd> r = A + B;
  // CHECK: [[@LINE-1]]:3 create r {r: same must; copy-of A must by Eigen::Ref at [[@LINE-1]]:34; copy-of B must by Eigen::Ref at [[@LINE-1]]:34}
  Eigen::Ref<const MatrixXd> s = A.block(0, 0, 2, 2);
  // CHECK: [[@LINE-1]]:3 create s {A: maybe-view must by Eigen::Ref at [[@LINE-1]]:34 borrows}
  Eigen::Ref<const VectorXd> t = A.row(0).transpose();
  // CHECK: [[@LINE-1]]:3 create t {A: maybe-view must by Eigen::Ref at [[@LINE-1]]:34 borrows}
  Eigen::Ref<const MatrixXd> p = B;
  // CHECK: [[@LINE-1]]:3 create p {B: view must by Eigen::Ref at [[@LINE-1]]:34 borrows}
  Eigen::Ref<MatrixXd> w = A;
  // CHECK: [[@LINE-1]]:3 create w {A: same must}
}
