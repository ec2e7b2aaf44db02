// Every case runs on the mock headers and on the real Debian headers; the
// fixed file compiles and has nothing left to report but the cases that have
// no fix-it.
// RUN: %check_clang_tidy %s aliasing-dangling-view %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-dangling-view %t.real -- %eigen_flags
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %eigen_flags %t.real.cpp
// RUN: not %aliaslint --quiet --checks=aliasing-dangling-view %t.cpp -- %mock_flags 2>&1 | FileCheck %s --check-prefix=AFTER --implicit-check-not=warning:
// RUN: not %aliaslint --quiet --checks=aliasing-dangling-view %t.real.cpp -- %eigen_flags 2>&1 | FileCheck %s --check-prefix=AFTER --implicit-check-not=warning:
#include <Eigen/Dense>
using Eigen::MatrixXd;
using Eigen::VectorXd;

MatrixXd make();
VectorXd makeV();

// ===== Positives ==========================================================

// A product nests its plain operands by reference: `make()` dies at the `;`.
double productOfTemporary(const MatrixXd &A) {
  auto e = A * make();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'e' refers to the temporary 'make()' through 'Eigen::MatrixBase::operator*', which is destroyed at the end of the full-expression; 'e' is used after that [aliasing-dangling-view]
  // CHECK-MESSAGES: :[[@LINE-2]]:22: note: the temporary is destroyed here
  // CHECK-FIXES: auto e = (A * make()).eval();
  return e(0, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'e' is used here
}

// A block of a temporary.
double rowOfTemporary() {
  auto r = make().row(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'r' refers to the temporary 'make()' through 'Eigen::DenseBase::row', which is destroyed at the end of the full-expression; 'r' is used after that [aliasing-dangling-view]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: the temporary is destroyed here
  // CHECK-FIXES: auto r = make().row(0).eval();
  return r.sum();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'r' is used here
}

// A Map over a temporary's elements: no fix-it (the type is spelled).
double mapOfTemporary(int n) {
  Eigen::Map<VectorXd> m(makeV().data(), n);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'm' refers to the temporary 'makeV()' through 'Eigen::Map', which is destroyed at the end of the full-expression; 'm' is used after that [aliasing-dangling-view]
  // CHECK-MESSAGES: :[[@LINE-2]]:44: note: the temporary is destroyed here
  // AFTER: :[[@LINE-3]]:24: warning: 'm' refers to the temporary
  return m.sum();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'm' is used here
}

// Ref<const T> binds a plain temporary directly (Ref.h): it dangles too.
double refOfTemporary() {
  Eigen::Ref<const MatrixXd> r = make();
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'r' refers to the temporary 'make()' through 'Eigen::Ref', which is destroyed at the end of the full-expression; 'r' is used after that [aliasing-dangling-view]
  // CHECK-MESSAGES: :[[@LINE-2]]:40: note: the temporary is destroyed here
  // AFTER: :[[@LINE-3]]:34: warning: 'r' refers to the temporary
  return r.sum();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'r' is used here
}

// An expression over a local, returned from an `auto` function.
auto scaledSum(const MatrixXd &A) {
  MatrixXd local = A * 2;
  return local + A;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: returned lazy expression refers to 'local' through 'Eigen::MatrixBase::operator+', which is destroyed when the function returns [aliasing-dangling-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 'local' is declared here
  // CHECK-FIXES: return (local + A).eval();
}

// A view of a by-value parameter: the parameter dies with the call.
auto firstRow(MatrixXd m) {
  return m.row(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: returned view refers to parameter 'm' through 'Eigen::DenseBase::row', which is destroyed when the function returns [aliasing-dangling-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:24: note: 'm' is declared here
  // CHECK-FIXES: return m.row(0).eval();
}

// A temporary returned inside an expression.
auto timesFresh(const MatrixXd &A) {
  return A * make();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: returned lazy expression refers to the temporary 'make()' through 'Eigen::MatrixBase::operator*', which is destroyed at the end of the full-expression [aliasing-dangling-view]
  // CHECK-FIXES: return (A * make()).eval();
}

// ===== Negatives ==========================================================

// Expressions over live lvalues, used before any change.
double liveOperands(const MatrixXd &A, const MatrixXd &B) {
  auto e = A * B;
  auto t = A.transpose();
  return e(0, 0) + t(0, 0);
}

// A writable block view on purpose.
void zeroHead(VectorXd &v) {
  auto seg = v.segment(0, 3);
  seg.setZero();
}

// Consumed within its full-expression.
double consumed(const MatrixXd &A) { return (A * make()).sum() + make().row(0).sum(); }

// Evaluated into an owning matrix, explicitly or by the declared type.
double evaluated(const MatrixXd &A) {
  MatrixXd e = A * make();
  auto f = (A * make()).eval();
  VectorXd r = make().row(0);
  return e.sum() + f.sum() + r.sum();
}

// A reference extends the temporary to its own scope.
double extended() {
  const MatrixXd &m = make();
  auto r = m.row(0);
  return r.sum();
}

// Views of what the caller owns, returned.
auto rowOf(const MatrixXd &m) { return m.row(0); }
auto sumOf(const MatrixXd &a, const MatrixXd &b) { return a + b; }

// The declared return type evaluates the expression.
MatrixXd scaledCopy(const MatrixXd &A) {
  MatrixXd local = A * 2;
  return local + A;
}

// A local's view used inside its scope.
double insideScope(const MatrixXd &A) {
  MatrixXd local = A;
  auto t = local.transpose();
  return t(0, 0);
}
