// case-library: opencv
// case-expect: aliasing-const-write-through-view@9
// case-why: A by-value const cv::Mat still shares the caller's pixels; normalize into its ROI (same type, in place) stretches the caller's image.
#include <opencv2/core.hpp>

// Contrast of the central region after min-max stretching.
double center_contrast(const cv::Mat gray, int w, int h) {
  cv::Mat c = gray(cv::Rect((gray.cols - w) / 2, (gray.rows - h) / 2, w, h));
  cv::normalize(c, c, 0, 255, cv::NORM_MINMAX);
  cv::Scalar mean, stddev;
  cv::meanStdDev(c, mean, stddev);
  return stddev[0];
}
