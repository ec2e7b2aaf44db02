// case-library: opencv
// case-expect: clean
// case-why: The const input is cloned and only the clone's ROI is blacked out and returned.
#include <opencv2/core.hpp>

// Copy of the image with one rectangle blacked out.
cv::Mat blackout(const cv::Mat& img, const cv::Rect& r) {
  cv::Mat out = img.clone();
  out(r).setTo(cv::Scalar::all(0));
  return out;
}
