// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %mock_flags
//
// Fixed; kept as a regression test. The notes below describe the bug it pins.
//
// BUG (check, false positive): a view declared in a loop body is a new view
// on each iteration, yet a read of the view together with the original at
// the top of the NEXT iteration counts as "after the write" of the previous
// iteration's view.
//   expected: no diagnostic.
//   actual:   warning: write through 'r' also modifies 'M' ... at `r *= s;`
//             note: 'M' is used together with 'r' here, after the write
//             -- pointing at `M.row(0).dot(r)`, a line BEFORE the write, which
//             reads the fresh view of the next row.
// The view's re-creation (its `create` event, or the end of its lifetime at
// the end of the body) should end the "after the write" search for that view
// for the joint read: the rule's reachability questions (provenance/Reach.h)
// take the view's create and end events as barriers for its reads.
#include <Eigen/Dense>
using Eigen::MatrixXd;

// Scale each row by its product with the first row: row i is written, the
// next iteration reads row 0 with row i+1.
void scaleByFirst(MatrixXd &M) {
  for (int i = 1; i < M.rows(); ++i) {
    auto r = M.row(i);
    double s = M.row(0).dot(r);
    r *= s;
  }
}

// Projecting u out of every row: the same shape.
void projectRows(MatrixXd &M, const Eigen::RowVectorXd &u) {
  for (int i = 0; i < M.rows(); ++i) {
    auto r = M.row(i);
    double c = r.dot(u) / M.row(i).squaredNorm();
    r -= c * u;
  }
}
