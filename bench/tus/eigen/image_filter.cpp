// Image filtering on Eigen::ArrayXXf: box and bilateral-like filters, a
// separable blur through row/column views, and tone mapping of a region.
#include <Eigen/Dense>

#include <cmath>

using Image = Eigen::Array<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

Image box_blur(const Image& img, int r) {
  Image out = Image::Zero(img.rows(), img.cols());
  for (Eigen::Index y = r; y < img.rows() - r; ++y)
    for (Eigen::Index x = r; x < img.cols() - r; ++x)
      out(y, x) = img.block(y - r, x - r, 2 * r + 1, 2 * r + 1).mean();
  return out;
}

Eigen::ArrayXf gaussian(int r, float sigma) {
  Eigen::ArrayXf k = Eigen::ArrayXf::LinSpaced(2 * r + 1, -r, r);
  k = (-k.square() / (2.f * sigma * sigma)).exp();
  return k / k.sum();
}

Image separable_blur(const Image& img, int r, float sigma) {
  Eigen::ArrayXf k = gaussian(r, sigma);
  Image tmp = img;
  for (Eigen::Index y = 0; y < img.rows(); ++y)
    for (Eigen::Index x = r; x < img.cols() - r; ++x)
      tmp(y, x) = (img.row(y).segment(x - r, 2 * r + 1).transpose() * k).sum();
  Image out = tmp;
  for (Eigen::Index x = 0; x < img.cols(); ++x)
    for (Eigen::Index y = r; y < img.rows() - r; ++y)
      out(y, x) = (tmp.col(x).segment(y - r, 2 * r + 1) * k).sum();
  return out;
}

// Edge-preserving smoothing: weights fall off with intensity difference.
Image range_filter(const Image& img, int r, float sigma_r) {
  Image out = img;
  for (Eigen::Index y = r; y < img.rows() - r; ++y) {
    for (Eigen::Index x = r; x < img.cols() - r; ++x) {
      auto patch = img.block(y - r, x - r, 2 * r + 1, 2 * r + 1);
      Eigen::ArrayXXf w = (-(patch - img(y, x)).square() / (2.f * sigma_r * sigma_r)).exp();
      out(y, x) = (w * patch).sum() / w.sum();
    }
  }
  return out;
}

// Reinhard tone mapping of a rectangular region, in place in the caller's image.
void tonemap_region(Image& img, Eigen::Index y0, Eigen::Index x0, Eigen::Index h, Eigen::Index w) {
  auto region = img.block(y0, x0, h, w);
  region = region / (1.f + region);
}

int main() {
  Image img = Image::Random(48, 64).abs() * 4.f;
  Image a = box_blur(img, 2);
  Image b = separable_blur(img, 3, 1.5f);
  Image c = range_filter(img, 2, 0.5f);
  tonemap_region(img, 8, 8, 16, 16);
  return a.allFinite() && b.allFinite() && c.allFinite() && img.maxCoeff() > 0.f ? 0 : 1;
}
