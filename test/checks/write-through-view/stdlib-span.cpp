// std::span over another library's elements (real libstdc++ 12 and
// Eigen 3.4 headers): the span is a view of the array its pointer points
// into (the generic pointer rule, docs/models.md).
// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %eigen_flags -std=c++20
#include <Eigen/Dense>
#include <span>

// Positive: a "backup" that is the vector's own memory.
double backupFirst(Eigen::VectorXd &m) {
  std::span<double> backup(m.data(), m.size());
  backup[0] = 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'backup' also modifies 'm': 'backup' is a view of 'm' created by 'std::span' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:21: note: 'backup' is made a view of 'm' here
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'm' is read here, after the write
  return m.sum();
}

// Negative: a span handed to a function that fills it, the point of a span.
void fill(std::span<double> out);
double filled(Eigen::VectorXd &m) {
  fill(std::span<double>(m.data(), m.size()));
  return m.sum();
}
