// case-library: opencv
// case-expect: aliasing-const-write-through-view@14
// case-why: left_strip (same-file helper) returns a colRange view of the const frame; medianBlur in place then denoises the caller's frame.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

static cv::Mat left_strip(const cv::Mat& m, int width) {
  return m.colRange(0, width);
}

// Mean of the left calibration strip after removing salt-and-pepper noise.
cv::Scalar calibration_strip_mean(const cv::Mat& frame) {
  cv::Mat strip = left_strip(frame, 16);
  cv::medianBlur(strip, strip, 3);
  return cv::mean(strip);
}
