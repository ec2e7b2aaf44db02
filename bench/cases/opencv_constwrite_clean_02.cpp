// case-library: opencv
// case-expect: clean
// case-why: copyTo into an empty Mat allocates fresh storage, so scaling the crop never touches the const input.
#include <opencv2/core.hpp>

// Gain-adjusted crop of a region.
cv::Mat crop_and_scale(const cv::Mat& img, const cv::Rect& r, double gain) {
  cv::Mat crop;
  img(r).copyTo(crop);
  crop *= gain;
  return crop;
}
