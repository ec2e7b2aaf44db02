// case-library: xtensor
// case-expect: clean
// case-why: xt::eval materialises the transpose into a new container, so halving it leaves A unchanged.
#include <xtensor/xtensor.hpp>
#include <xtensor/xeval.hpp>
#include <xtensor/xmanipulation.hpp>

// Symmetric part (A + A^T) / 2 of a square matrix.
xt::xtensor<double, 2> symmetric_part(const xt::xtensor<double, 2>& A) {
  auto At = xt::eval(xt::transpose(A));
  At *= 0.5;
  return 0.5 * A + At;
}
