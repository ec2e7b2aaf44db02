// Numerically stable softmax / log-softmax over an axis of a 2-D batch,
// cross-entropy with label smoothing, and an in-place temperature scale.
#include <xtensor/xarray.hpp>
#include <xtensor/xtensor.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xsort.hpp>

#include <vector>

using Logits = xt::xtensor<double, 2>; // batch, classes

Logits softmax(const Logits& z) {
  auto m = xt::amax(z, {1}, xt::keep_dims);
  Logits e = xt::exp(z - m);
  auto s = xt::sum(e, {1}, xt::keep_dims);
  return e / s;
}

Logits log_softmax(const Logits& z) {
  auto m = xt::amax(z, {1}, xt::keep_dims);
  Logits shifted = z - m;
  auto lse = xt::log(xt::sum(xt::exp(shifted), {1}, xt::keep_dims));
  return shifted - lse;
}

double cross_entropy(const Logits& z, const std::vector<std::size_t>& labels, double smoothing) {
  Logits lp = log_softmax(z);
  const std::size_t k = z.shape(1);
  double loss = 0.0;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    auto row = xt::view(lp, i, xt::all());
    double nll = -row(labels[i]);
    double uniform = -xt::mean(row)();
    loss += (1.0 - smoothing) * nll + smoothing * uniform;
  }
  (void)k;
  return loss / static_cast<double>(labels.size());
}

// Temperature scaling for calibration: the caller's logits are divided in place.
void scale_temperature(Logits& z, double temperature) {
  z /= temperature;
}

std::vector<std::size_t> predictions(const Logits& z) {
  auto am = xt::argmax(z, 1);
  return std::vector<std::size_t>(am.begin(), am.end());
}

double accuracy(const Logits& z, const std::vector<std::size_t>& labels) {
  std::vector<std::size_t> p = predictions(z);
  std::size_t ok = 0;
  for (std::size_t i = 0; i < p.size(); ++i)
    ok += p[i] == labels[i];
  return static_cast<double>(ok) / p.size();
}

int main() {
  Logits z = {{2.0, 1.0, 0.1}, {0.5, 2.5, 0.3}, {0.2, 0.1, 3.0}, {1.0, 1.0, 1.0}};
  std::vector<std::size_t> y = {0, 1, 2, 0};
  Logits p = softmax(z);
  double ce = cross_entropy(z, y, 0.1);
  scale_temperature(z, 1.5);
  double acc = accuracy(z, y);
  return xt::allclose(xt::sum(p, {1}), xt::ones<double>({4})) && ce > 0 && acc > 0.5 ? 0 : 1;
}
