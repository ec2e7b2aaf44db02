// case-library: xtensor
// case-expect: aliasing-lost-write-to-copy@11
// case-expect: aliasing-lost-write-to-copy@13
// case-why: Both boundary rows are materialised into owning xtensor locals, filled and dropped; field is unchanged.
#include <xtensor/xtensor.hpp>
#include <xtensor/xview.hpp>

// Homogeneous Dirichlet condition on the top and bottom rows of the field.
void reset_boundary(xt::xtensor<double, 2>& field) {
  xt::xtensor<double, 1> top = xt::row(field, 0);
  top.fill(0.0);
  xt::xtensor<double, 1> bottom = xt::row(field, field.shape(0) - 1);
  bottom.fill(0.0);
}
