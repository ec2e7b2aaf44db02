// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
// Eigen: facts carried through references, auto, parameters, branches,
// loops and same-TU helpers.
#include <Eigen/Dense>
using Eigen::MatrixXd;
using Eigen::VectorXd;

// A reference names the same matrix; a view of a reference is a view of the
// referenced matrix; a Ref<> parameter is its own root.
// CHECK-LABEL: function 'references'
void references(MatrixXd &A, Eigen::Ref<VectorXd> x) {
  MatrixXd &alias = A;
  // CHECK: [[@LINE-1]]:3 create alias {A: same must}
  auto &&fwd = alias;
  // CHECK: [[@LINE-1]]:3 create fwd {A: same must}
  auto r = fwd.row(0);
  // CHECK: [[@LINE-1]]:3 create r {A: view must by Eigen::DenseBase::row at [[@LINE-1]]:12 borrows}
  auto &rr = r;
  // CHECK: [[@LINE-1]]:3 create rr {A: view must by Eigen::DenseBase::row at [[@LINE-3]]:12 borrows}
  rr.setZero();
  // CHECK: [[@LINE-1]]:3 write rr method Eigen::DenseBase::setZero {A: view must by Eigen::DenseBase::row at [[@LINE-5]]:12 borrows}
  auto head = x.head(2);
  // CHECK: [[@LINE-1]]:3 create head {x: view must by Eigen::DenseBase::head at [[@LINE-1]]:15}
  x *= 2;
  // CHECK: [[@LINE-1]]:3 write x compound *= {x: same must}
}

// A view copied into another auto variable is still a view; a view of a view
// composes.
// CHECK-LABEL: function 'autoChains'
void autoChains(MatrixXd &A) {
  auto top = A.topRows(3);
  auto again = top;
  // CHECK: [[@LINE-2]]:3 create top {A: view must by Eigen::DenseBase::topRows at [[@LINE-2]]:14 borrows}
  // CHECK: [[@LINE-2]]:3 create again {A: view must by Eigen::DenseBase::topRows at [[@LINE-3]]:14 borrows}
  auto part = top.leftCols(2);
  // CHECK: [[@LINE-1]]:3 create part {A: view must by Eigen::DenseBase::leftCols at [[@LINE-1]]:15 borrows}
  auto tr = part.transpose();
  // CHECK: [[@LINE-1]]:3 create tr {A: view must by Eigen::DenseBase::transpose at [[@LINE-1]]:13 borrows}
  MatrixXd snap = tr;
  // CHECK: [[@LINE-1]]:3 create snap {snap: same must; copy-of A must by Eigen::Matrix at [[@LINE-1]]:19}
  tr(0, 0) = 1.0;
  // CHECK: [[@LINE-1]]:3 write <temporary> element result-discarded {A: view must by Eigen::DenseBase::transpose at [[@LINE-5]]:13 borrows; element}
}

// A copy on one arm only is a may-fact after the join.
// CHECK-LABEL: function 'branches'
void branches(MatrixXd &A, MatrixXd &B, bool flag) {
  MatrixXd own = A;
  if (flag)
    own = B.transpose();
  own.setZero();
  // CHECK: [[@LINE-4]]:3 create own {own: same must; copy-of A must by Eigen::Matrix at [[@LINE-4]]:18}
  // CHECK: [[@LINE-3]]:5 write own assign operator= {own: same must; copy-of A must by Eigen::Matrix at [[@LINE-5]]:18}
  // CHECK: [[@LINE-3]]:3 write own method Eigen::DenseBase::setZero {own: same must; copy-of A may by Eigen::Matrix at [[@LINE-6]]:18; copy-of B may by operator= at [[@LINE-4]]:11}
  auto v = A.row(0);
  if (flag)
    v.setOnes();
  else
    own.setOnes();
  // CHECK: [[@LINE-5]]:3 create v {A: view must by Eigen::DenseBase::row at [[@LINE-5]]:12 borrows}
  // CHECK: [[@LINE-4]]:5 write v method Eigen::DenseBase::setOnes {A: view must by Eigen::DenseBase::row at [[@LINE-6]]:12 borrows}
  // CHECK: [[@LINE-3]]:5 write own method Eigen::DenseBase::setOnes {own: same must; copy-of A may by Eigen::Matrix at [[@LINE-14]]:18; copy-of B may by operator= at [[@LINE-12]]:11}
}

// CHECK-LABEL: function 'branchesCopy'
void branchesCopy(MatrixXd &A, MatrixXd &B, bool flag) {
  MatrixXd w;
  if (flag)
    w = A.block(0, 0, 2, 2);
  else
    w = B.block(0, 0, 2, 2);
  w.setZero();
  // CHECK: [[@LINE-6]]:3 create w {w: same must}
  // CHECK: [[@LINE-5]]:5 write w assign operator= {w: same must}
  // CHECK: [[@LINE-4]]:5 write w assign operator= {w: same must}
  // CHECK: [[@LINE-4]]:3 write w method Eigen::DenseBase::setZero {w: same must; copy-of A may by operator= at [[@LINE-7]]:9; copy-of B may by operator= at [[@LINE-5]]:9}
}

// The copy of the second iteration only exists through the back edge.
// CHECK-LABEL: function 'loop'
void loop(MatrixXd &A, MatrixXd &B, int n) {
  MatrixXd acc = A.transpose();
  for (int i = 0; i < n; ++i) {
    acc *= 0.5;
    // CHECK: [[@LINE-3]]:3 create acc {acc: same must; copy-of A must by Eigen::Matrix at [[@LINE-3]]:18}
    // CHECK: [[@LINE-2]]:5 write acc compound *= {acc: same must; copy-of A may by Eigen::Matrix at [[@LINE-4]]:18; copy-of B may by operator= at [[@LINE+1]]:11}
    acc = B.topLeftCorner(2, 2);
  }
}

// Same-TU helpers: one returns a view of its parameter, one writes its
// reference parameter, one writes through its Ref<> parameter; a by-value
// Matrix parameter is the callee's own copy.
auto firstRow(MatrixXd &M) { return M.row(0); }
void zeroOut(MatrixXd &M) { M.setZero(); }
void halve(Eigen::Ref<VectorXd> x) { x /= 2; }
void zeroCopy(MatrixXd M) { M.setZero(); }
// CHECK-LABEL: function 'helpers'
void helpers(MatrixXd &A, MatrixXd &B) {
  auto r = firstRow(A);
  // CHECK: [[@LINE-1]]:3 create r {A: view must by firstRow at [[@LINE-1]]:12 borrows}
  zeroOut(B);
  // CHECK: [[@LINE-1]]:3 write B callee zeroOut {B: same must}
  halve(A.col(0));
  // CHECK: [[@LINE-1]]:3 write <temporary> callee halve result-discarded {A: view must by Eigen::DenseBase::col at [[@LINE-1]]:9 borrows}
  zeroCopy(A);
  // CHECK-NOT: callee zeroCopy
  MatrixXd C = B;
  zeroOut(C);
  // CHECK: [[@LINE-2]]:3 create C {C: same must; copy-of B must by Eigen::Matrix at [[@LINE-2]]:16}
  // CHECK: [[@LINE-2]]:3 write C callee zeroOut {C: same must; copy-of B must by Eigen::Matrix at [[@LINE-3]]:16}
}

// Members are roots as well.
struct Model {
  MatrixXd W;
  VectorXd b;
  // CHECK-LABEL: function 'Model::reset'
  void reset() {
    auto w0 = W.col(0);
    // CHECK: [[@LINE-1]]:5 create w0 {W: view must by Eigen::DenseBase::col at [[@LINE-1]]:15 borrows}
    w0.setZero();
    // CHECK: [[@LINE-1]]:5 write w0 method Eigen::DenseBase::setZero {W: view must by Eigen::DenseBase::col at [[@LINE-3]]:15 borrows}
    b.fill(0);
    // CHECK: [[@LINE-1]]:5 write b method Eigen::DenseBase::fill {b: same must}
  }
};
