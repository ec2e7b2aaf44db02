// Least squares with Armadillo.
#include <armadillo>

arma::mat design(const arma::vec &x);

// A column normalised in place, then the raw design matrix used as if it
// were unchanged: `auto` hides that `scaled` is a view of X.
double conditioning(arma::mat &X) {
  auto scaled = X.col(1);
  scaled /= arma::norm(scaled);
  return arma::norm(X.col(1) - scaled);
}

// The intercept column is meant to be set in X; the Mat copies it.
void addIntercept(arma::mat &X) {
  arma::vec first = X.col(0);
  first.ones();
}

// `auto` keeps a product of a temporary: design(x) is destroyed at the `;`.
double fitted(const arma::vec &x, const arma::vec &beta) {
  auto yhat = design(x) * beta;
  return arma::accu(yhat);
}

// Intended uses of views and alias-safe assignments: silent.
void standardise(arma::mat &X) {
  for (arma::uword j = 0; j < X.n_cols; ++j) {
    auto c = X.col(j);
    c -= arma::accu(c) / c.n_elem;
  }
  X = X.t();
  X = X.t();
}
