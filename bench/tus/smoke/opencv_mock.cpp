// Smoke-test TU for bench/cost.py --smoke: a small OpenCV-style image
// routine compiled against the mock headers (-isystem test/Inputs/mock).
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

// Blurs the region of interest of `img` in place; the caller wants this.
void blur_region(cv::Mat& img, const cv::Rect& roi) {
  cv::Mat region = img(roi);
  cv::GaussianBlur(region, region, cv::Size(5, 5), 1.5);
}

// A thresholded copy of the top half; `img` is left unchanged.
cv::Mat top_mask(const cv::Mat& img, double t) {
  cv::Mat top = img.rowRange(0, img.rows / 2).clone();
  cv::threshold(top, top, t, 255.0, 0);
  return top;
}

double process(cv::Mat& img) {
  blur_region(img, cv::Rect(0, 0, img.cols / 2, img.rows / 2));
  cv::Mat mask = top_mask(img, 128.0);
  cv::Mat framed = img.clone();
  cv::rectangle(framed, cv::Rect(1, 1, 10, 10), cv::Scalar::all(255));
  return cv::mean(mask)[0] + cv::sum(framed)[0];
}
