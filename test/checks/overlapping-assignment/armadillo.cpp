// Armadillo detects aliasing whenever it assigns (op_htrans::apply,
// glue_times::apply and subview::inplace_op copy an operand that is, or
// overlaps, the destination first), so none of these is reported; each
// gives the right result (checked by running them against Armadillo 11.4).
// Mock headers and the real Debian headers.
// RUN: %check_clang_tidy %s aliasing-overlapping-assignment %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-overlapping-assignment %t.real -- %armadillo_flags
#include <armadillo>

void selfAssignments(arma::mat &A, arma::vec &v, const arma::uvec &perm) {
  A = A.t();
  A = A * A;
  A.submat(1, 1, 2, 2) = A.submat(0, 0, 1, 1);
  A.rows(0, 1) = A.rows(1, 2);
  A = A.rows(perm);
  A.col(0) = A.col(1) + A.col(0);
  A.submat(0, 0, 1, 1) = A.submat(0, 0, 1, 1).t();
  v = v.t().t();
}
