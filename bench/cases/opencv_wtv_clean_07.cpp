// case-library: opencv
// case-expect: clean
// case-why: resize writes into an ROI of the freshly allocated canvas, which is then returned; the early return hands back the input unmodified.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

// Letterboxes an image into a square canvas for the detector.
cv::Mat letterbox(const cv::Mat& img, int size) {
  if (img.cols == size && img.rows == size) {
    return img;
  }
  double s = std::min(size / double(img.cols), size / double(img.rows));
  cv::Size scaled(cvRound(img.cols * s), cvRound(img.rows * s));
  cv::Mat canvas(size, size, img.type(), cv::Scalar::all(114));
  cv::Rect where((size - scaled.width) / 2, (size - scaled.height) / 2, scaled.width, scaled.height);
  cv::Mat dst = canvas(where);
  cv::resize(img, dst, scaled);
  return canvas;
}
