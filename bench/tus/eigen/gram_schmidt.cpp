// Modified Gram-Schmidt orthonormalisation in place on the columns of a
// matrix, re-orthogonalisation, and an Arnoldi iteration built on it.
#include <Eigen/Dense>

#include <cmath>

// Orthonormalises the columns of Q in place; returns R with A = Q R.
Eigen::MatrixXd modified_gram_schmidt(Eigen::MatrixXd& Q) {
  const Eigen::Index n = Q.cols();
  Eigen::MatrixXd R = Eigen::MatrixXd::Zero(n, n);
  for (Eigen::Index j = 0; j < n; ++j) {
    auto qj = Q.col(j);
    for (Eigen::Index i = 0; i < j; ++i) {
      R(i, j) = Q.col(i).dot(qj);
      qj -= R(i, j) * Q.col(i);
    }
    R(j, j) = qj.norm();
    if (R(j, j) > 1e-14)
      qj /= R(j, j);
  }
  return R;
}

// One extra pass: improves orthogonality when columns were nearly dependent.
void reorthogonalise(Eigen::MatrixXd& Q) {
  for (Eigen::Index j = 0; j < Q.cols(); ++j) {
    auto qj = Q.col(j);
    for (Eigen::Index i = 0; i < j; ++i)
      qj -= Q.col(i).dot(qj) * Q.col(i);
    qj.normalize();
  }
}

double orthogonality_error(const Eigen::MatrixXd& Q) {
  Eigen::MatrixXd G = Q.transpose() * Q;
  return (G - Eigen::MatrixXd::Identity(Q.cols(), Q.cols())).norm();
}

struct Arnoldi {
  Eigen::MatrixXd V; // n x (m+1) orthonormal basis
  Eigen::MatrixXd H; // (m+1) x m upper Hessenberg
};

Arnoldi arnoldi(const Eigen::MatrixXd& A, const Eigen::VectorXd& b, int m) {
  Arnoldi a;
  a.V = Eigen::MatrixXd::Zero(A.rows(), m + 1);
  a.H = Eigen::MatrixXd::Zero(m + 1, m);
  a.V.col(0) = b.normalized();
  for (int j = 0; j < m; ++j) {
    Eigen::VectorXd w = A * a.V.col(j);
    for (int i = 0; i <= j; ++i) {
      a.H(i, j) = a.V.col(i).dot(w);
      w -= a.H(i, j) * a.V.col(i);
    }
    a.H(j + 1, j) = w.norm();
    if (a.H(j + 1, j) < 1e-12)
      break;
    a.V.col(j + 1) = w / a.H(j + 1, j);
  }
  return a;
}

int main() {
  Eigen::MatrixXd A = Eigen::MatrixXd::Random(30, 8);
  Eigen::MatrixXd Q = A;
  Eigen::MatrixXd R = modified_gram_schmidt(Q);
  reorthogonalise(Q);
  double err = orthogonality_error(Q);
  double rec = (Q * R - A).norm();
  Eigen::MatrixXd S = Eigen::MatrixXd::Random(20, 20);
  Arnoldi ar = arnoldi(S + S.transpose(), Eigen::VectorXd::Ones(20), 6);
  return err < 1e-10 && rec < 1e-8 && orthogonality_error(ar.V) < 1e-8 ? 0 : 1;
}
