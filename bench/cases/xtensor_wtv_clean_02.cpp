// case-library: xtensor
// case-expect: clean
// case-why: Normalising each row in place through xt::row views is the function's whole purpose.
#include <xtensor/xtensor.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xview.hpp>

#include <cmath>

// Row-wise L2 normalisation, in place.
void normalize_rows(xt::xtensor<double, 2>& m) {
  for (std::size_t i = 0; i < m.shape(0); ++i) {
    auto r = xt::row(m, i);
    double n = std::sqrt(xt::sum(r * r)());
    if (n > 0.0) {
      r /= n;
    }
  }
}
