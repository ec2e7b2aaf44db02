// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
// RUN: %aliaslint --dump-provenance %s -- %eigen_flags | FileCheck %s
//
// What Eigen events carry beside the target's facts, on the mock and the
// real Eigen 3.4 headers (same output): a write's source (`assigns` for `=`,
// setConstant, fill; `from` for `+=`), the facts of the variable a temporary
// comes from (`via`), and escapes. Eigen assignment always writes elements:
// a named view assigned is a write, never a rebind, and a matrix stored in a
// field is a copy, not an escape.
// (A named view returned by value: eigen-events-todo.cpp.)
#include <Eigen/Dense>
using Eigen::MatrixXd;
using Eigen::VectorXd;

// The overlapping shift `v.tail(n-1) = v.head(n-1)` (wrong without .eval():
// no temporary) has a view of v on both sides; `.eval()` makes the source a
// copy; `C = A + B` assigns a lazy expression.
// CHECK-LABEL: function 'assignSource'
void assignSource(MatrixXd &A, const MatrixXd &B, VectorXd &v, int n) {
  v.tail(n - 1) = v.head(n - 1);
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {v: view must by Eigen::DenseBase::tail at [[@LINE-1]]:3 borrows} assigns {v: view must by Eigen::DenseBase::head at [[@LINE-1]]:19 borrows} via v {v: same must} access-to {v: block at [[@LINE-1]]:3} access-from {v: block at [[@LINE-1]]:19}{{$}}
  A.block(1, 1, 2, 2) = A.block(0, 0, 2, 2).eval();
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {A: view must by Eigen::DenseBase::block at [[@LINE-1]]:3 borrows} assigns {<temporary at [[@LINE-1]]:25>: same must; copy-of A must by Eigen::DenseBase::eval at [[@LINE-1]]:25} via A {A: same must} access-to {A: block at [[@LINE-1]]:3}{{$}}
  MatrixXd C = A;
  // CHECK: [[#AC:@LINE-1]]:3 create C {C: same must; copy-of A must by Eigen::Matrix at [[#@LINE-1]]:16}{{$}}
  C = A + B;
  // CHECK: [[@LINE-1]]:3 write C assign operator= {C: same must; copy-of A must by Eigen::Matrix at [[#AC]]:16} assigns {A: lazy must by Eigen::MatrixBase::operator+ at [[@LINE-1]]:7 borrows; B: lazy must by Eigen::MatrixBase::operator+ at [[@LINE-1]]:7 borrows}{{$}}
}

// Compound assignments: `A -= A.transpose()` reads a view of its target
// (the transposition aliasing Eigen only asserts on in debug builds); a
// scalar operand has no facts.
// CHECK-LABEL: function 'compoundSource'
void compoundSource(MatrixXd &A, const MatrixXd &B) {
  A += B;
  // CHECK: [[@LINE-1]]:3 write A compound += {A: same must} from {B: same must}{{$}}
  A -= A.transpose();
  // CHECK: [[@LINE-1]]:3 write A compound -= {A: same must} from {A: view must by Eigen::DenseBase::transpose at [[@LINE-1]]:8 borrows} access-from {A: transposed}{{$}}
  A.col(1) *= 2.0;
  // CHECK: [[@LINE-1]]:3 write <temporary> compound *= result-discarded {A: view must by Eigen::DenseBase::col at [[@LINE-1]]:3 borrows} via A {A: same must} access-to {A: block at [[@LINE-1]]:3}{{$}}
}

// setConstant and fill are `assigns: 0`: an element of an array as the
// value is that array's element (safe: the constant is copied into the
// nullary functor first); a literal has no facts. setZero has no source.
// CHECK-LABEL: function 'assignsMethods'
void assignsMethods(MatrixXd &A, VectorXd &v) {
  auto blk = A.topRows(2);
  // CHECK: [[#MB:@LINE-1]]:3 create blk {A: view must by Eigen::DenseBase::topRows at [[#@LINE-1]]:14 borrows}{{$}}
  blk.setConstant(v(0));
  // CHECK: [[@LINE-1]]:3 write blk method Eigen::DenseBase::setConstant {A: view must by Eigen::DenseBase::topRows at [[#MB]]:14 borrows} assigns {v: same must; element}{{$}}
  A.col(0).fill(A(0, 0));
  // CHECK: [[@LINE-1]]:3 write <temporary> method Eigen::DenseBase::fill result-discarded {A: view must by Eigen::DenseBase::col at [[@LINE-1]]:3 borrows} assigns {A: same must; element} via A {A: same must}{{$}}
  A.setConstant(1.0);
  // CHECK: [[@LINE-1]]:3 write A method Eigen::DenseBase::setConstant {A: same must}{{$}}
  blk.setZero();
  // CHECK: [[@LINE-1]]:3 write blk method Eigen::DenseBase::setZero {A: view must by Eigen::DenseBase::topRows at [[#MB]]:14 borrows}{{$}}
}

// Where libtorch and OpenCV rebind, Eigen writes: `r = A.row(2)` copies row
// 2 into row 0 of A, so it is a write with the other row as source.
// CHECK-LABEL: function 'noRebind'
void noRebind(MatrixXd &A, const MatrixXd &B) {
  auto r = A.row(0);
  // CHECK: [[#NR:@LINE-1]]:3 create r {A: view must by Eigen::DenseBase::row at [[#@LINE-1]]:12 borrows}{{$}}
  r = A.row(2);
  // CHECK-NOT: rebind
  // CHECK: [[@LINE-2]]:3 write r assign operator= {A: view must by Eigen::DenseBase::row at [[#NR]]:12 borrows} assigns {A: view must by Eigen::DenseBase::row at [[@LINE-2]]:7 borrows} access-to {A: block at [[#NR]]:12} access-from {A: block at [[@LINE-2]]:7}{{$}}
  // CHECK-NOT: rebind
}

// `via`: the named variable's own facts, through a named block too.
// CHECK-LABEL: function 'via'
void via(MatrixXd &Jt) {
  Jt.row(0).setZero();
  // CHECK: [[@LINE-1]]:3 write <temporary> method Eigen::DenseBase::setZero result-discarded {Jt: view must by Eigen::DenseBase::row at [[@LINE-1]]:3 borrows} via Jt {Jt: same must}{{$}}
  auto blk = Jt.block(0, 0, 2, 2);
  // CHECK: [[#VB:@LINE-1]]:3 create blk {Jt: view must by Eigen::DenseBase::block at [[#@LINE-1]]:14 borrows}{{$}}
  blk.row(0).setZero();
  // CHECK: [[@LINE-1]]:3 write <temporary> method Eigen::DenseBase::setZero result-discarded {Jt: view must by Eigen::DenseBase::row at [[@LINE-1]]:3 borrows} via blk {Jt: view must by Eigen::DenseBase::block at [[#VB]]:14 borrows}{{$}}
}

// Escapes: a block returned, a view captured by reference. A matrix
// assigned to a field is copied into it: a write of the field, no escape.
// CHECK-LABEL: function 'returnBlock'
Eigen::Block<MatrixXd> returnBlock(MatrixXd &A) {
  return A.block(0, 0, 1, 1);
  // CHECK: [[@LINE-1]]:3 escape <temporary> returned {A: view must by Eigen::DenseBase::block at [[@LINE-1]]:10 borrows} via A {A: same must}{{$}}
}

struct Solver {
  MatrixXd prev_;
  // CHECK-LABEL: function 'Solver::keep'
  void keep(const MatrixXd &cur) {
    this->prev_ = cur;
    // CHECK-NOT: escape
    // CHECK: [[@LINE-2]]:5 write prev_ assign operator= {prev_: same must} assigns {cur: same must}{{$}}
    // CHECK-NOT: escape
  }
};

// CHECK-LABEL: function 'captured'
void captured(MatrixXd &A) {
  auto blk = A.topRows(2);
  auto f = [&] { blk.setZero(); };
  // CHECK: [[@LINE-1]]:12 escape blk captured {A: view must by Eigen::DenseBase::topRows at [[@LINE-2]]:14 borrows}{{$}}
  f();
}

// Passed to code neither modelled nor summarised.
void keep(const Eigen::Ref<const VectorXd> &v);
// CHECK-LABEL: function 'handOff'
void handOff(MatrixXd &A) {
  auto c = A.col(0);
  keep(c);
  // Bound to a `Ref<const VectorXd>` temporary first: a maybe-view of A.
  // CHECK: [[@LINE-2]]:3 escape <temporary> passed {A: maybe-view must by Eigen::Ref at [[@LINE-2]]:8 borrows} via c {A: view must by Eigen::DenseBase::col at [[@LINE-3]]:12 borrows}
}
