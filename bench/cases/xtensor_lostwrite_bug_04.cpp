// case-library: xtensor
// case-expect: aliasing-lost-write-to-copy@12
// case-why: xt::eval of a view returns a new container (a copy); centring it is never observed and x's head stays uncentred.
#include <xtensor/xarray.hpp>
#include <xtensor/xeval.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xview.hpp>

// Removes the mean of the first k entries of x.
void center_head(xt::xarray<double>& x, std::size_t k) {
  auto head = xt::eval(xt::view(x, xt::range(0, k)));
  head -= xt::mean(head)();
}
