// Every case runs on the mock headers and on the real Debian headers.
// RUN: %check_clang_tidy %s aliasing-view-rebind %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-view-rebind %t.real -- %xtensor_flags
// xtensor's views are not handles: assigning to an xview writes the viewed
// elements, named or temporary, so nothing here is a rebind and nothing is
// reported.
#include <xtensor/xarray.hpp>
#include <xtensor/xview.hpp>

void swapRows(xt::xarray<double> &a, const xt::xarray<double> &b) {
  xt::view(a, 0, xt::all()) = xt::view(b, 1, xt::all());
  auto r = xt::view(a, 1, xt::all());
  r = xt::view(b, 0, xt::all());
}

double local(const xt::xarray<double> &b) {
  xt::xarray<double> a = xt::zeros<double>({3, 3});
  auto r = xt::view(a, 0, xt::all());
  r = xt::view(b, 0, xt::all());
  return a(0, 0);
}

void fillOut(xt::xarray<double> out, const xt::xarray<double> &x) { out = x; }
