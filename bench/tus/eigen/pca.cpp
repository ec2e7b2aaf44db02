// Principal component analysis of a data matrix (samples in rows): centring
// in place, covariance, eigen-decomposition, projection and whitening.
#include <Eigen/Dense>

struct Pca {
  Eigen::RowVectorXd mean;
  Eigen::MatrixXd components; // columns, sorted by decreasing variance
  Eigen::VectorXd variances;
};

Pca fit_pca(const Eigen::MatrixXd& data, Eigen::Index k) {
  Pca p;
  p.mean = data.colwise().mean();
  Eigen::MatrixXd centred = data.rowwise() - p.mean;
  Eigen::MatrixXd cov = centred.adjoint() * centred / double(data.rows() - 1);
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(cov);
  // Eigenvalues come in increasing order: take the last k, reversed.
  p.components = eig.eigenvectors().rightCols(k).rowwise().reverse();
  p.variances = eig.eigenvalues().tail(k).reverse();
  return p;
}

Eigen::MatrixXd project(const Pca& p, const Eigen::MatrixXd& data) {
  return (data.rowwise() - p.mean) * p.components;
}

Eigen::MatrixXd reconstruct(const Pca& p, const Eigen::MatrixXd& scores) {
  Eigen::MatrixXd out = scores * p.components.transpose();
  out.rowwise() += p.mean;
  return out;
}

// Whitening: unit variance along every retained component.
Eigen::MatrixXd whiten(const Pca& p, const Eigen::MatrixXd& data) {
  Eigen::MatrixXd scores = project(p, data);
  for (Eigen::Index j = 0; j < scores.cols(); ++j)
    scores.col(j) /= std::sqrt(p.variances(j) + 1e-12);
  return scores;
}

double explained_variance_ratio(const Pca& p, const Eigen::MatrixXd& data) {
  Eigen::MatrixXd centred = data.rowwise() - data.colwise().mean();
  double total = centred.squaredNorm() / double(data.rows() - 1);
  return p.variances.sum() / total;
}

// Centres the columns of `data` in place (the caller's matrix changes).
void centre_in_place(Eigen::MatrixXd& data) {
  for (Eigen::Index j = 0; j < data.cols(); ++j) {
    auto col = data.col(j);
    col.array() -= col.mean();
  }
}

int main() {
  Eigen::MatrixXd data = Eigen::MatrixXd::Random(200, 6);
  data.col(3) = 2.0 * data.col(0) + 0.1 * data.col(1);
  Pca p = fit_pca(data, 3);
  Eigen::MatrixXd scores = project(p, data);
  Eigen::MatrixXd back = reconstruct(p, scores);
  Eigen::MatrixXd w = whiten(p, data);
  double ratio = explained_variance_ratio(p, data);
  centre_in_place(data);
  return ratio > 0.3 && back.rows() == data.rows() && w.cols() == 3 ? 0 : 1;
}
