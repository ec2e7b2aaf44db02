// case-library: xtensor
// case-expect: clean
// case-why: The materialised row is clipped and then written back into field, so the write to the copy is observed.
#include <xtensor/xtensor.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xview.hpp>

// Clips row r of the field to [lo, hi] via a working copy (needed by the solver's row API).
void clip_row(xt::xtensor<double, 2>& field, std::size_t r, double lo, double hi) {
  xt::xtensor<double, 1> row = xt::row(field, r);
  row = xt::clip(row, lo, hi);
  xt::row(field, r) = row;
}
