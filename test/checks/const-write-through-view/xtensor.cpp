// Every case runs on the mock headers and on the real Debian headers.
// RUN: %check_clang_tidy %s aliasing-const-write-through-view %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-const-write-through-view %t.real -- %xtensor_flags
// xtensor's const is deep: a view of a const container is read-only, and
// writing through it does not compile (`xt::view(c, 0) = 1.0` on
// `const xt::xarray<double> &c`). Const-correct code — reading through views
// of const parameters, writing into local copies — is reported nothing.
#include <xtensor/xarray.hpp>
#include <xtensor/xtensor.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xindex_view.hpp>
#include <xtensor/xmanipulation.hpp>
#include <xtensor/xeval.hpp>
#include <xtensor/xmath.hpp>
#include <vector>

using arr = xt::xarray<double>;

// Reads through views of a const parameter.
double rowSums(const xt::xtensor<double, 2> &c) {
  double total = 0.0;
  for (std::size_t i = 0; i < c.shape()[0]; ++i) {
    auto r = xt::row(c, i);
    total += xt::sum(r)();
  }
  auto t = xt::transpose(c);
  return total + xt::sum(t)();
}

// keep(), index_view() and filter() of a const container are read-only.
double selections(const arr &c, const std::vector<std::size_t> &idx) {
  auto k = xt::view(c, xt::keep(0, 2));
  auto iv = xt::index_view(c, idx);
  auto f = xt::filter(c, c > 0.0);
  return xt::sum(k)() + xt::sum(iv)() + xt::sum(f)();
}

// Writes go to local copies made from views of the const parameter.
arr clampedRow(const arr &c) {
  arr out = xt::view(c, 0, xt::all());
  out = xt::maximum(out, 0.0);
  out(0) = 1.0;
  return out;
}
arr scaledCopy(const arr &c) {
  auto copy = xt::eval(xt::view(c, xt::range(0, 2)));
  copy *= 2.0;
  return copy;
}
arr zeroedCopy(const arr &c) {
  arr out = c;
  xt::view(out, 0) = 0.0;
  xt::filter(out, out < 0.0) = 0.0;
  return out;
}

// A by-value const container is the function's own copy.
double byValue(const arr c) { return xt::sum(xt::view(c, 0))(); }

// Writes to a non-const parameter are not this check's business.
void fillRow(arr &a, const arr &c) {
  xt::view(a, 0) = xt::view(c, 0);
  auto r = xt::view(a, 1);
  r.fill(0.0);
}
