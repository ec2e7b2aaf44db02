// Tiled processing of a large image: split into overlapping tiles, process
// each tile, and stitch the valid centres back into an output mosaic.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <vector>

struct Tile {
  cv::Rect with_margin; // region read from the source
  cv::Rect valid;       // region of the result that is kept
};

std::vector<Tile> make_tiles(cv::Size size, int tile, int margin) {
  std::vector<Tile> tiles;
  const cv::Rect bounds(0, 0, size.width, size.height);
  for (int y = 0; y < size.height; y += tile) {
    for (int x = 0; x < size.width; x += tile) {
      Tile t;
      t.valid = cv::Rect(x, y, tile, tile) & bounds;
      t.with_margin = cv::Rect(x - margin, y - margin, tile + 2 * margin, tile + 2 * margin) & bounds;
      tiles.push_back(t);
    }
  }
  return tiles;
}

// The per-tile work: denoise and sharpen; returns a new image of the tile's size.
cv::Mat process_tile(const cv::Mat& tile) {
  cv::Mat blurred, sharpened;
  cv::GaussianBlur(tile, blurred, cv::Size(5, 5), 1.2);
  cv::addWeighted(tile, 1.5, blurred, -0.5, 0.0, sharpened);
  return sharpened;
}

cv::Mat process_tiled(const cv::Mat& src, int tile, int margin) {
  cv::Mat dst(src.size(), src.type(), cv::Scalar::all(0));
  for (const Tile& t : make_tiles(src.size(), tile, margin)) {
    cv::Mat input = src(t.with_margin);
    cv::Mat result = process_tile(input);
    cv::Rect local = t.valid - t.with_margin.tl();
    result(local).copyTo(dst(t.valid));
  }
  return dst;
}

// Draws the tile grid for debugging onto a copy of the image.
cv::Mat draw_grid(const cv::Mat& img, int tile) {
  cv::Mat canvas = img.clone();
  for (const Tile& t : make_tiles(img.size(), tile, 0))
    cv::rectangle(canvas, t.valid, cv::Scalar(0, 255, 0), 1);
  return canvas;
}

// Mean absolute difference between tiled and whole-image processing.
double seam_error(const cv::Mat& src, int tile, int margin) {
  cv::Mat whole = process_tile(src);
  cv::Mat tiled = process_tiled(src, tile, margin);
  cv::Mat diff;
  cv::absdiff(whole, tiled, diff);
  return cv::mean(diff)[0];
}

int main() {
  cv::Mat img(256, 320, CV_8UC3);
  cv::randu(img, cv::Scalar::all(0), cv::Scalar::all(255));
  double err = seam_error(img, 64, 8);
  cv::Mat grid = draw_grid(img, 64);
  return err < 1.0 && !grid.empty() ? 0 : 1;
}
