// Time-series smoothing on xt::xtensor<double, 1>: moving averages through
// shifted range views, exponential smoothing, detrending and z-scores.
#include <xtensor/xtensor.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xbuilder.hpp>

using Series = xt::xtensor<double, 1>;

// Simple moving average with a window of w samples (valid part only).
Series moving_average(const Series& x, std::size_t w) {
  const std::size_t n = x.size() - w + 1;
  Series acc = xt::zeros<double>({n});
  for (std::size_t k = 0; k < w; ++k)
    acc += xt::view(x, xt::range(k, k + n));
  return acc / static_cast<double>(w);
}

// Cumulative-sum version of the same, O(n).
Series moving_average_cumsum(const Series& x, std::size_t w) {
  Series c = xt::zeros<double>({x.size() + 1});
  xt::view(c, xt::range(1, x.size() + 1)) = xt::cumsum(x);
  const std::size_t n = x.size() - w + 1;
  return (xt::view(c, xt::range(w, w + n)) - xt::view(c, xt::range(0, n))) / static_cast<double>(w);
}

Series exponential_smoothing(const Series& x, double alpha) {
  Series s = x;
  for (std::size_t i = 1; i < s.size(); ++i)
    s(i) = alpha * x(i) + (1.0 - alpha) * s(i - 1);
  return s;
}

// Removes the least-squares line from x, in place.
void detrend(Series& x) {
  const double n = static_cast<double>(x.size());
  Series t = xt::arange<double>(0.0, n);
  const double tm = xt::mean(t)(), xm = xt::mean(x)();
  const double slope = xt::sum((t - tm) * (x - xm))() / xt::sum(xt::square(t - tm))();
  x -= xm + slope * (t - tm);
}

Series zscore(const Series& x) {
  const double m = xt::mean(x)();
  const double sd = xt::stddev(x)();
  return (x - m) / (sd > 0 ? sd : 1.0);
}

std::size_t count_outliers(const Series& x, double threshold) {
  Series z = zscore(x);
  return static_cast<std::size_t>(xt::sum(xt::abs(z) > threshold)());
}

int main() {
  Series x = xt::linspace<double>(0.0, 10.0, 200);
  x = xt::sin(x) + 0.05 * x;
  Series a = moving_average(x, 5);
  Series b = moving_average_cumsum(x, 5);
  Series e = exponential_smoothing(x, 0.2);
  detrend(x);
  std::size_t outliers = count_outliers(x, 3.0);
  return xt::allclose(a, b) && e.size() == 200 && outliers < 200 ? 0 : 1;
}
