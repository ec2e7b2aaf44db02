// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %mock_flags
//
// Fixed; kept as a regression test. The notes below describe the bug it pins.
//
// BUG (check/engine, wrong notes and no fix-it): a write through a temporary
// derived from a named view (`saved.array() += 1`, `xt::view(saved, 0) = 1`)
// is reported, but the link's origin is the temporary's own creation, so
//   expected: "... created by 'Eigen::MatrixBase::diagonal'", the note
//             "'saved' is made a view of 'A' here" at `A.diagonal()`, and the
//             fix-it `auto saved = A.diagonal().eval();`
//   actual:   "... created by 'Eigen::MatrixBase::array'", the note at the
//             write itself (`saved.array()`), and no fix-it (the origin is
//             not the variable's initialiser).
// The same with xtensor: `auto saved = xt::view(a, xt::range(0, 2));
// xt::view(saved, 0) = 1.0;` notes the view as made at the write.
#include <Eigen/Dense>
using Eigen::MatrixXd;

double bumpDiagonal(MatrixXd &A) {
  auto saved = A.diagonal();
  saved.array() += 1.0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'saved' also modifies 'A': 'saved' is a view of 'A' created by 'Eigen::MatrixBase::diagonal' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: 'saved' is made a view of 'A' here
  // CHECK-MESSAGES: :[[@LINE+2]]:14: note: 'A' is read here, after the write
  // CHECK-FIXES: auto saved = A.diagonal().eval();
  double t = A.trace();
  return t - saved.sum();
}
