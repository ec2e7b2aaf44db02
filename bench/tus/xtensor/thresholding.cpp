// Masking and thresholding with xt::where, xt::filter and boolean masks:
// Otsu threshold, hysteresis, and masked statistics.
#include <xtensor/xtensor.hpp>
#include <xtensor/xarray.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xindex_view.hpp>
#include <xtensor/xhistogram.hpp>

using Image = xt::xtensor<double, 2>;

double otsu_threshold(const Image& img, std::size_t bins) {
  const double lo = xt::amin(img)(), hi = xt::amax(img)();
  xt::xtensor<double, 1> hist = xt::histogram(img, bins, lo, hi);
  hist /= xt::sum(hist)();
  double best = lo, best_var = -1.0;
  double w0 = 0.0, mu0 = 0.0;
  const double mu_total = xt::sum(hist * xt::arange<double>(static_cast<double>(bins)))();
  for (std::size_t t = 0; t < bins; ++t) {
    w0 += hist(t);
    mu0 += t * hist(t);
    if (w0 <= 0.0 || w0 >= 1.0)
      continue;
    const double m0 = mu0 / w0, m1 = (mu_total - mu0) / (1.0 - w0);
    const double between = w0 * (1.0 - w0) * (m0 - m1) * (m0 - m1);
    if (between > best_var) {
      best_var = between;
      best = lo + (hi - lo) * (t + 1) / bins;
    }
  }
  return best;
}

xt::xtensor<bool, 2> binarize(const Image& img, double t) { return img > t; }

// Suppresses values below `floor` in place, the intended effect.
void suppress_below(Image& img, double floor) {
  xt::filter(img, img < floor) = 0.0;
}

// Weak pixels survive only when touching a strong pixel (one pass).
xt::xtensor<bool, 2> hysteresis(const Image& img, double low, double high) {
  xt::xtensor<bool, 2> strong = img > high;
  xt::xtensor<bool, 2> weak = img > low;
  xt::xtensor<bool, 2> out = strong;
  for (std::size_t y = 1; y + 1 < img.shape(0); ++y)
    for (std::size_t x = 1; x + 1 < img.shape(1); ++x)
      if (weak(y, x) && !strong(y, x))
        out(y, x) = xt::any(xt::view(strong, xt::range(y - 1, y + 2), xt::range(x - 1, x + 2)));
  return out;
}

double masked_mean(const Image& img, const xt::xtensor<bool, 2>& mask) {
  auto selected = xt::filter(img, mask);
  return selected.size() ? xt::mean(selected)() : 0.0;
}

Image soft_threshold(const Image& img, double lambda) {
  return xt::where(xt::abs(img) > lambda, img - lambda * xt::sign(img), 0.0);
}

int main() {
  Image img = xt::zeros<double>({32, 32});
  xt::view(img, xt::range(8, 24), xt::range(8, 24)) = 10.0;
  img += 0.5;
  double t = otsu_threshold(img, 16);
  auto bin = binarize(img, t);
  auto h = hysteresis(img, 2.0, 8.0);
  double inside = masked_mean(img, bin);
  suppress_below(img, 1.0);
  Image s = soft_threshold(img, 0.2);
  return inside > 5.0 && xt::sum(h)() > 0 && xt::amax(s)() > 0.0 ? 0 : 1;
}
