// Block-tridiagonal solver (block Thomas algorithm) working on a dense matrix
// through fixed-size block views, checked against a dense LU solve.
#include <Eigen/Dense>

#include <vector>

// System with nb diagonal blocks of size bs, stored densely in A.
Eigen::VectorXd block_thomas(const Eigen::MatrixXd& A, const Eigen::VectorXd& rhs,
                             int nb, int bs) {
  std::vector<Eigen::MatrixXd> c_prime(nb);
  std::vector<Eigen::VectorXd> d_prime(nb);
  for (int i = 0; i < nb; ++i) {
    Eigen::MatrixXd diag = A.block(i * bs, i * bs, bs, bs);
    Eigen::VectorXd d = rhs.segment(i * bs, bs);
    if (i > 0) {
      Eigen::MatrixXd lower = A.block(i * bs, (i - 1) * bs, bs, bs);
      diag -= lower * c_prime[i - 1];
      d -= lower * d_prime[i - 1];
    }
    Eigen::PartialPivLU<Eigen::MatrixXd> lu(diag);
    if (i + 1 < nb)
      c_prime[i] = lu.solve(A.block(i * bs, (i + 1) * bs, bs, bs));
    d_prime[i] = lu.solve(d);
  }
  Eigen::VectorXd x(nb * bs);
  x.segment((nb - 1) * bs, bs) = d_prime[nb - 1];
  for (int i = nb - 2; i >= 0; --i)
    x.segment(i * bs, bs) = d_prime[i] - c_prime[i] * x.segment((i + 1) * bs, bs);
  return x;
}

Eigen::MatrixXd make_system(int nb, int bs) {
  const int n = nb * bs;
  Eigen::MatrixXd A = Eigen::MatrixXd::Zero(n, n);
  for (int i = 0; i < nb; ++i) {
    A.block(i * bs, i * bs, bs, bs) =
        Eigen::MatrixXd::Random(bs, bs) + 4.0 * bs * Eigen::MatrixXd::Identity(bs, bs);
    if (i + 1 < nb) {
      A.block(i * bs, (i + 1) * bs, bs, bs) = Eigen::MatrixXd::Random(bs, bs);
      A.block((i + 1) * bs, i * bs, bs, bs) = Eigen::MatrixXd::Random(bs, bs);
    }
  }
  return A;
}

// Scales every block row by the inverse of its diagonal block (a block-Jacobi
// preconditioner), in place on both A and rhs.
void block_jacobi_scale(Eigen::MatrixXd& A, Eigen::VectorXd& rhs, int nb, int bs) {
  for (int i = 0; i < nb; ++i) {
    Eigen::MatrixXd inv = A.block(i * bs, i * bs, bs, bs).inverse();
    auto rows = A.middleRows(i * bs, bs);
    rows = inv * rows;
    auto seg = rhs.segment(i * bs, bs);
    seg = inv * seg;
  }
}

int main() {
  const int nb = 6, bs = 3;
  Eigen::MatrixXd A = make_system(nb, bs);
  Eigen::VectorXd b = Eigen::VectorXd::Random(nb * bs);
  Eigen::VectorXd x1 = block_thomas(A, b, nb, bs);
  Eigen::VectorXd x2 = A.partialPivLu().solve(b);
  block_jacobi_scale(A, b, nb, bs);
  Eigen::VectorXd x3 = block_thomas(A, b, nb, bs);
  return (x1 - x2).norm() < 1e-8 && (x3 - x2).norm() < 1e-8 ? 0 : 1;
}
