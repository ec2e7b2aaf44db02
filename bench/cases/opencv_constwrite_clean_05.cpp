// case-library: opencv
// case-expect: clean
// case-why: convertTo to CV_32F writes a freshly allocated Mat; the later in-place arithmetic touches only that new buffer.
#include <opencv2/core.hpp>

// ImageNet-style normalisation of an 8-bit BGR image.
cv::Mat to_network_input(const cv::Mat& bgr) {
  cv::Mat f;
  bgr.convertTo(f, CV_32F, 1.0 / 255.0);
  f -= cv::Scalar(0.485, 0.456, 0.406);
  cv::divide(f, cv::Scalar(0.229, 0.224, 0.225), f);
  return f;
}
