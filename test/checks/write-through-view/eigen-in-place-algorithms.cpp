// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %mock_flags
//
// Fixed; kept as a regression test. The notes below describe the bug it pins.
//
// BUG (check, false positive on an idiomatic in-place algorithm): modified
// Gram-Schmidt updates a column view from its own value and from other
// columns of the same matrix. The update statement reads the original and
// the view together, so after the first update every further update counts
// as "used together after the write".
//   expected: no diagnostic -- the write statement itself reads other parts
//             of the original (`Q.col(k)`), so the author evidently knows
//             the view is part of it; the joint use is the algorithm.
//   actual:   warning: write through 'q' also modifies 'Q': 'q' is a view of
//             'Q' created by 'Eigen::DenseBase::col'
//             note: 'Q' is used together with 'q' here, after the write
//             (on the update itself, reached again through the loop, and on
//             the second update of the unrolled form).
// Suggested rule: do not take a joint read as the "independent value" signal
// when the write that is reported itself reads the original (other than
// through the written view).
#include <Eigen/Dense>
using Eigen::MatrixXd;

// Orthonormalise the columns of Q in place.
void gramSchmidt(MatrixXd &Q) {
  for (int j = 0; j < Q.cols(); ++j) {
    auto q = Q.col(j);
    for (int k = 0; k < j; ++k)
      q -= Q.col(k).dot(q) * Q.col(k);
    q.normalize();
  }
}

// Orthogonalise column j against the columns before it.
void orthogonalize(MatrixXd &Q, int j) {
  auto q = Q.col(j);
  for (int k = 0; k < j; ++k)
    q -= Q.col(k).dot(q) * Q.col(k);
  q.normalize();
}

// The same, unrolled for the third column.
void orthogonalizeThird(MatrixXd &Q) {
  auto q = Q.col(2);
  q -= Q.col(0).dot(q) * Q.col(0);
  q -= Q.col(1).dot(q) * Q.col(1);
  q.normalize();
}
