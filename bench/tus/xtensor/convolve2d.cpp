// 2-D convolution and correlation by shifted views, Sobel gradients, and a
// padded "same" convolution, on xt::xtensor<float, 2> images.
#include <xtensor/xtensor.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xpad.hpp>

using Image = xt::xtensor<float, 2>;
using Kernel = xt::xtensor<float, 2>;

// "valid" correlation: output is (H - kh + 1, W - kw + 1).
Image correlate_valid(const Image& img, const Kernel& k) {
  const std::size_t kh = k.shape(0), kw = k.shape(1);
  const std::size_t oh = img.shape(0) - kh + 1, ow = img.shape(1) - kw + 1;
  Image out = xt::zeros<float>({oh, ow});
  for (std::size_t dy = 0; dy < kh; ++dy)
    for (std::size_t dx = 0; dx < kw; ++dx)
      out += k(dy, dx) * xt::view(img, xt::range(dy, dy + oh), xt::range(dx, dx + ow));
  return out;
}

Image convolve_same(const Image& img, const Kernel& k) {
  const std::size_t ph = k.shape(0) / 2, pw = k.shape(1) / 2;
  Image padded = xt::pad(img, {{ph, ph}, {pw, pw}}, xt::pad_mode::symmetric);
  Kernel flipped = xt::flip(xt::flip(k, 0), 1);
  return correlate_valid(padded, flipped);
}

Kernel sobel_x() { return {{-1.f, 0.f, 1.f}, {-2.f, 0.f, 2.f}, {-1.f, 0.f, 1.f}}; }

Image gradient_magnitude(const Image& img) {
  Kernel kx = sobel_x();
  Kernel ky = xt::transpose(kx);
  Image gx = convolve_same(img, kx);
  Image gy = convolve_same(img, ky);
  return xt::sqrt(gx * gx + gy * gy);
}

Kernel box(std::size_t r) {
  const std::size_t n = 2 * r + 1;
  Kernel k = xt::ones<float>({n, n});
  k /= static_cast<float>(n * n);
  return k;
}

// Blurs only the interior of `img` in place, leaving a border of r pixels.
void blur_interior(Image& img, std::size_t r) {
  Image blurred = correlate_valid(img, box(r));
  auto interior = xt::view(img, xt::range(r, img.shape(0) - r), xt::range(r, img.shape(1) - r));
  interior = blurred;
}

int main() {
  Image img = xt::zeros<float>({40, 40});
  xt::view(img, xt::range(10, 30), xt::range(10, 30)) = 1.f;
  Image g = gradient_magnitude(img);
  blur_interior(img, 2);
  return xt::amax(g)() > 0.f && img(20, 20) > 0.f ? 0 : 1;
}
