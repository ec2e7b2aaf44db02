// case-library: xtensor
// case-expect: clean
// case-why: The row of the const matrix is only read; writes go to a local owning vector.
#include <xtensor/xtensor.hpp>
#include <xtensor/xview.hpp>

// Row r of the matrix with its largest entry zeroed.
xt::xtensor<double, 1> row_without_peak(const xt::xtensor<double, 2>& m, std::size_t r) {
  auto row = xt::row(m, r);
  xt::xtensor<double, 1> out = row;
  std::size_t peak = 0;
  for (std::size_t j = 1; j < row.size(); ++j) {
    if (row(j) > row(peak)) {
      peak = j;
    }
  }
  out(peak) = 0.0;
  return out;
}
