// case-library: xtensor
// case-expect: aliasing-write-through-view@10
// case-why: xt::transpose returns a strided view, so halving At halves A as well and 0.5 * A + At is not the symmetric part of the input.
#include <xtensor/xtensor.hpp>
#include <xtensor/xmanipulation.hpp>

// Symmetric part (A + A^T) / 2 of a square matrix.
xt::xtensor<double, 2> symmetric_part(xt::xtensor<double, 2>& A) {
  auto At = xt::transpose(A);
  At *= 0.5;
  return 0.5 * A + At;
}
