// case-library: xtensor
// case-expect: aliasing-write-through-view@12
// case-why: tmp is a row view of signal, so on the clip branch the clipping reaches signal and the clipped energy computed from row(signal, t) - tmp is always zero.
#include <xtensor/xtensor.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xview.hpp>

// Optionally clips one time step of the signal matrix; returns the clipped-off energy.
double clip_step(xt::xtensor<double, 2>& signal, std::size_t t, double lim, bool clip) {
  auto tmp = xt::row(signal, t);
  if (clip) {
    tmp = xt::clip(tmp, -lim, lim);
  }
  return xt::sum(xt::square(xt::row(signal, t) - tmp))();
}
