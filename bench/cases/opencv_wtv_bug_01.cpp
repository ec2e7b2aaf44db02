// case-library: opencv
// case-expect: aliasing-write-through-view@10
// case-why: blurred is a header copy of img (shared pixels), so GaussianBlur writes into img itself and img - blurred is all zeros.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

// High-frequency detail layer: the image minus its Gaussian blur.
cv::Mat detail_layer(cv::Mat& img, double sigma) {
  cv::Mat blurred = img;
  cv::GaussianBlur(blurred, blurred, cv::Size(0, 0), sigma);
  cv::Mat detail;
  cv::subtract(img, blurred, detail, cv::noArray(), CV_16S);
  return detail;
}
