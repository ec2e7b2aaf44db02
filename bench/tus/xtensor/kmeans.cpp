// k-means clustering on an (N, D) xtensor array: k-means++ seeding, Lloyd
// iterations with centroid rows updated in place, and inertia.
#include <xtensor/xtensor.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xsort.hpp>
#include <xtensor/xrandom.hpp>

#include <limits>
#include <vector>

using Matrix = xt::xtensor<double, 2>;

double sq_dist(const Matrix& a, std::size_t i, const Matrix& b, std::size_t j) {
  return xt::sum(xt::square(xt::view(a, i, xt::all()) - xt::view(b, j, xt::all())))();
}

Matrix kmeans_pp(const Matrix& x, std::size_t k) {
  xt::random::seed(11);
  const std::size_t n = x.shape(0);
  Matrix c = xt::zeros<double>({k, x.shape(1)});
  xt::view(c, 0, xt::all()) = xt::view(x, 0, xt::all());
  xt::xtensor<double, 1> d = xt::ones<double>({n}) * std::numeric_limits<double>::max();
  for (std::size_t j = 1; j < k; ++j) {
    for (std::size_t i = 0; i < n; ++i)
      d(i) = std::min(d(i), sq_dist(x, i, c, j - 1));
    auto next = xt::argmax(d)();
    xt::view(c, j, xt::all()) = xt::view(x, next, xt::all());
  }
  return c;
}

std::vector<std::size_t> assign(const Matrix& x, const Matrix& c) {
  std::vector<std::size_t> labels(x.shape(0));
  for (std::size_t i = 0; i < x.shape(0); ++i) {
    double best = std::numeric_limits<double>::max();
    for (std::size_t j = 0; j < c.shape(0); ++j) {
      double dd = sq_dist(x, i, c, j);
      if (dd < best) {
        best = dd;
        labels[i] = j;
      }
    }
  }
  return labels;
}

// Recomputes the centroids in place; empty clusters keep their old centre.
void update_centroids(Matrix& c, const Matrix& x, const std::vector<std::size_t>& labels) {
  Matrix sums = xt::zeros<double>(c.shape());
  std::vector<std::size_t> counts(c.shape(0), 0);
  for (std::size_t i = 0; i < labels.size(); ++i) {
    xt::view(sums, labels[i], xt::all()) += xt::view(x, i, xt::all());
    ++counts[labels[i]];
  }
  for (std::size_t j = 0; j < c.shape(0); ++j) {
    if (counts[j] == 0)
      continue;
    auto row = xt::view(c, j, xt::all());
    row = xt::view(sums, j, xt::all()) / static_cast<double>(counts[j]);
  }
}

double inertia(const Matrix& x, const Matrix& c, const std::vector<std::size_t>& labels) {
  double s = 0.0;
  for (std::size_t i = 0; i < labels.size(); ++i)
    s += sq_dist(x, i, c, labels[i]);
  return s;
}

int main() {
  Matrix x = xt::random::randn<double>({120, 2});
  xt::view(x, xt::range(0, 60), 0) += 5.0;
  Matrix c = kmeans_pp(x, 2);
  std::vector<std::size_t> labels;
  for (int it = 0; it < 10; ++it) {
    labels = assign(x, c);
    update_centroids(c, x, labels);
  }
  return inertia(x, c, labels) > 0.0 ? 0 : 1;
}
