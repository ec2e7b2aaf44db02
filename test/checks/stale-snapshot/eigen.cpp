// Every case runs on the mock headers and on the real Debian headers; the
// fixed file compiles and has nothing left to report.
// RUN: %check_clang_tidy %s aliasing-stale-snapshot %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-stale-snapshot %t.real -- %eigen_flags
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %eigen_flags %t.real.cpp
// RUN: %aliaslint --quiet --checks=aliasing-stale-snapshot %t.cpp -- %mock_flags
// RUN: %aliaslint --quiet --checks=aliasing-stale-snapshot %t.real.cpp -- %eigen_flags
#include <Eigen/Dense>
#include <vector>

// ===== Positives ==========================================================

// `auto s = a + b` is a lazy sum: it reads `a` when it is evaluated, after
// setZero.
Eigen::MatrixXd lazySum(Eigen::MatrixXd &a, const Eigen::MatrixXd &b) {
  auto s = a + b;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 's' does not keep the old value of 'a': it is a lazy expression that reads it when evaluated, and 'a' is written before 's' is read [aliasing-stale-snapshot]
  // CHECK-FIXES: auto s = (a + b).eval();
  a.setZero();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'a' is written here by 'Eigen::DenseBase::setZero'
  Eigen::MatrixXd r = s;
  // CHECK-MESSAGES: :[[@LINE-1]]:23: note: 's' is read here, as if it held the old value
  return r;
}

// An element assignment changes what the expression evaluates to.
double lazyScaled(Eigen::MatrixXd &a) {
  auto twice = 2 * a;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'twice' does not keep the old value of 'a': it is a lazy expression that reads it when evaluated, and 'a' is written before 'twice' is read [aliasing-stale-snapshot]
  // CHECK-FIXES: auto twice = (2 * a).eval();
  a(0, 0) = 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'a' is written here{{$}}
  return twice.sum();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'twice' is read here, as if it held the old value
}

// ===== Negatives ==========================================================

Eigen::MatrixXd evaluated(Eigen::MatrixXd &a, const Eigen::MatrixXd &b) {
  auto s = (a + b).eval();
  a.setZero();
  Eigen::MatrixXd r = s;
  return r;
}

Eigen::MatrixXd owning(Eigen::MatrixXd &a, const Eigen::MatrixXd &b) {
  Eigen::MatrixXd s = a + b;
  a.setZero();
  return s;
}

// Used before any change.
Eigen::MatrixXd usedFirst(Eigen::MatrixXd &a, const Eigen::MatrixXd &b) {
  auto s = a + b;
  Eigen::MatrixXd r = s;
  a.setZero();
  return r;
}

// A view follows its matrix on purpose.
double rowAfterUpdate(Eigen::MatrixXd &a) {
  auto r = a.row(0);
  a.setZero();
  return r.sum();
}

// A history of owning vectors: push_back copies the value, so each element
// keeps the state of its iteration (CppRobotics extended_kalman_filter.cpp,
// found on the corpus). Silent.
Eigen::Vector4f motion(const Eigen::Vector4f &x);
float ownedHistory(int n) {
  Eigen::Vector4f x = Eigen::Vector4f::Zero();
  std::vector<Eigen::Vector4f> hx;
  for (int i = 0; i < n; ++i) {
    x = motion(x);
    hx.push_back(x);
  }
  float s = 0;
  for (unsigned j = 0; j < hx.size(); ++j)
    s += hx[j](0);
  return s;
}
