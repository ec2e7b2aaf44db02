// The in-house image class of the tutorial in docs/models.md: a grey-scale
// image whose pixels live in a reference-counted buffer, like cv::Mat.
#pragma once
#include <memory>

namespace img {

class Image {
public:
  Image(int width, int height)
      : Pixels(new float[width * height]()), W(width), H(height), Stride(width) {}
  // Copies share the pixels (the defaulted copy constructor copies Pixels).
  int width() const { return W; }
  int height() const { return H; }
  // const is shallow: a const Image still hands out writable pixels.
  float &operator()(int x, int y) const { return Pixels.get()[Offset + y * Stride + x]; }
  // A window into the same pixels.
  Image roi(int x, int y, int w, int h) const {
    Image R = *this;
    R.Offset = Offset + y * Stride + x;
    R.W = w;
    R.H = h;
    return R;
  }
  // A new image holding a copy of the pixels.
  Image clone() const {
    Image C(W, H);
    for (int y = 0; y < H; ++y)
      for (int x = 0; x < W; ++x)
        C(x, y) = (*this)(x, y);
    return C;
  }
  // A copy of a rectangle: the same arguments as roi(), new pixels.
  Image crop(int x, int y, int w, int h) const { return roi(x, y, w, h).clone(); }
  Image &fill(float v) {
    for (int y = 0; y < H; ++y)
      for (int x = 0; x < W; ++x)
        (*this)(x, y) = v;
    return *this;
  }

private:
  std::shared_ptr<float[]> Pixels;
  int W, H, Stride, Offset = 0;
};

} // namespace img
