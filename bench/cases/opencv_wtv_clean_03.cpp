// case-library: opencv
// case-expect: clean
// case-why: blurred is an explicit clone(), so blurring it leaves img intact and img - blurred is the real detail layer.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

// High-frequency detail layer: the image minus its Gaussian blur.
cv::Mat detail_layer(const cv::Mat& img, double sigma) {
  cv::Mat blurred = img.clone();
  cv::GaussianBlur(blurred, blurred, cv::Size(0, 0), sigma);
  cv::Mat detail;
  cv::subtract(img, blurred, detail, cv::noArray(), CV_16S);
  return detail;
}
