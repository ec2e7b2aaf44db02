// Signal processing with std::valarray (C++17; std::span needs C++20, so
// it is covered by test/checks/*/stdlib.cpp rather than here).
#include <cstddef>
#include <valarray>

std::valarray<double> window(std::size_t n);

// The even samples "backed up" before they are attenuated: `auto` keeps a
// slice_array, which writes through to `x`.
double evenLevelLoss(std::valarray<double> &x) {
  auto backup = x[std::slice(0, x.size() / 2, 2)];
  backup *= std::valarray<double>(0.5, x.size() / 2);
  return x.sum();
}

// Clipping meant to happen in `x`: the valarray copies the selected samples.
void clipPeaks(std::valarray<double> &x, double limit) {
  std::valarray<double> peaks = x[x > limit];
  peaks = limit;
}

// A smoothed signal kept as an expression: it reads `x` when it is used,
// after `x` has been overwritten.
double smoothedDelta(std::valarray<double> &x, const std::valarray<double> &k) {
  auto smoothed = x * k;
  x = 0.0;
  std::valarray<double> y = smoothed;
  return y.sum();
}

// `auto` keeps an expression over the temporary window(n).
double windowedSum(const std::valarray<double> &x) {
  auto w = x * window(x.size());
  return w.sum();
}

// Intended uses of slice_array and mask_array: silent.
void deinterleave(std::valarray<double> &x, const std::valarray<double> &gain) {
  x[std::slice(0, x.size() / 2, 2)] *= gain;
  x[x < 0.0] = 0.0;
  std::valarray<double> odd = x[std::slice(1, x.size() / 2, 2)];
  x[std::slice(1, x.size() / 2, 2)] = odd * 2.0;
}
