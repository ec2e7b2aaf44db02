// case-library: eigen
// case-expect: aliasing-lost-write-to-copy@10
// case-why: On the Dirichlet branch the left column is copied into an owning VectorXd and that copy is set and dropped; the grid boundary never changes.
#include <Eigen/Dense>

// Applies boundary conditions to a finite-difference grid before the solve.
void apply_boundary(Eigen::MatrixXd& grid, bool dirichlet, double value) {
  if (dirichlet) {
    Eigen::VectorXd left = grid.col(0);
    left.setConstant(value);
  }
  grid.col(grid.cols() - 1) = grid.col(grid.cols() - 2);
}
