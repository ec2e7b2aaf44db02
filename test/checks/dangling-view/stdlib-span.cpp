// std::span over another library's elements (real libstdc++ 12 and
// Eigen 3.4 headers) keeps nothing alive.
// RUN: %check_clang_tidy %s aliasing-dangling-view %t -- %eigen_flags -std=c++20
#include <Eigen/Dense>
#include <span>

// Positive: a span over a local vector returned.
std::span<double> scratch() {
  Eigen::VectorXd local(3);
  return std::span<double>(local.data(), 3);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: returned view refers to 'local' through 'std::span', which is destroyed when the function returns [aliasing-dangling-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:19: note: 'local' is declared here
}

// Negative: a span over the caller's vector.
std::span<double> head(Eigen::VectorXd &m) {
  return std::span<double>(m.data(), 2);
}
