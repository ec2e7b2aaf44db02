// Framing of an audio signal into overlapping windows with strided views,
// Hann windowing, frame energies, and overlap-add resynthesis.
#include <xtensor/xtensor.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xstrided_view.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xbuilder.hpp>

#include <cmath>

using Signal = xt::xtensor<double, 1>;
using Frames = xt::xtensor<double, 2>; // frame, sample

Signal hann(std::size_t n) {
  Signal k = xt::arange<double>(static_cast<double>(n));
  return 0.5 - 0.5 * xt::cos(2.0 * M_PI * k / static_cast<double>(n - 1));
}

// Copies the frames out of the signal, applying the window.
Frames frame(const Signal& x, std::size_t size, std::size_t hop) {
  const std::size_t count = 1 + (x.size() - size) / hop;
  Frames out = xt::zeros<double>({count, size});
  Signal w = hann(size);
  for (std::size_t f = 0; f < count; ++f)
    xt::view(out, f, xt::all()) = xt::view(x, xt::range(f * hop, f * hop + size)) * w;
  return out;
}

Signal frame_energy(const Frames& frames) {
  return xt::sum(xt::square(frames), {1});
}

// Overlap-add with window-sum normalisation.
Signal overlap_add(const Frames& frames, std::size_t hop) {
  const std::size_t count = frames.shape(0), size = frames.shape(1);
  const std::size_t n = (count - 1) * hop + size;
  Signal out = xt::zeros<double>({n});
  Signal norm = xt::zeros<double>({n});
  Signal w = hann(size);
  for (std::size_t f = 0; f < count; ++f) {
    xt::view(out, xt::range(f * hop, f * hop + size)) += xt::view(frames, f, xt::all()) * w;
    xt::view(norm, xt::range(f * hop, f * hop + size)) += w * w;
  }
  return out / xt::maximum(norm, 1e-8);
}

// Every other sample, written through a strided view of the caller's signal.
void zero_odd_samples(Signal& x) {
  auto odd = xt::strided_view(x, {xt::range(1, static_cast<long>(x.size()), 2)});
  odd = 0.0;
}

std::size_t voiced_frames(const Frames& frames, double ratio) {
  Signal e = frame_energy(frames);
  const double thr = ratio * xt::amax(e)();
  return static_cast<std::size_t>(xt::sum(e > thr)());
}

int main() {
  Signal t = xt::arange<double>(0.0, 1.0, 1.0 / 800.0);
  Signal x = xt::sin(2.0 * M_PI * 50.0 * t);
  Frames fr = frame(x, 64, 16);
  Signal y = overlap_add(fr, 16);
  std::size_t voiced = voiced_frames(fr, 0.1);
  zero_odd_samples(x);
  return voiced > 0 && y.size() <= x.size() ? 0 : 1;
}
