// White balance and colour correction: gray-world gains, a 3x3 colour matrix
// applied per pixel, per-channel curves through LUTs, and saturation boost.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <array>
#include <vector>

cv::Vec3d gray_world_gains(const cv::Mat& bgr) {
  cv::Scalar mean = cv::mean(bgr);
  double gray = (mean[0] + mean[1] + mean[2]) / 3.0;
  return cv::Vec3d(gray / std::max(mean[0], 1e-6), gray / std::max(mean[1], 1e-6),
                   gray / std::max(mean[2], 1e-6));
}

cv::Mat apply_gains(const cv::Mat& bgr, const cv::Vec3d& gains) {
  std::vector<cv::Mat> planes;
  cv::split(bgr, planes);
  for (int c = 0; c < 3; ++c)
    planes[c].convertTo(planes[c], -1, gains[c], 0.0);
  cv::Mat out;
  cv::merge(planes, out);
  return out;
}

// out = M * pixel for every pixel, via cv::transform.
cv::Mat apply_color_matrix(const cv::Mat& bgr, const std::array<float, 9>& m) {
  cv::Mat matrix(3, 3, CV_32F, const_cast<float*>(m.data()));
  cv::Mat f, out;
  bgr.convertTo(f, CV_32FC3);
  cv::transform(f, out, matrix);
  out.convertTo(out, CV_8UC3);
  return out;
}

cv::Mat s_curve_lut(double strength) {
  cv::Mat lut(1, 256, CV_8UC1);
  for (int i = 0; i < 256; ++i) {
    double x = i / 255.0;
    double y = x + strength * x * (1.0 - x) * (x - 0.5) * -4.0;
    lut.at<uchar>(0, i) = cv::saturate_cast<uchar>(y * 255.0);
  }
  return lut;
}

cv::Mat boost_saturation(const cv::Mat& bgr, double factor) {
  cv::Mat hsv;
  cv::cvtColor(bgr, hsv, cv::COLOR_BGR2HSV);
  std::vector<cv::Mat> planes;
  cv::split(hsv, planes);
  planes[1].convertTo(planes[1], -1, factor, 0.0);
  cv::merge(planes, hsv);
  cv::Mat out;
  cv::cvtColor(hsv, out, cv::COLOR_HSV2BGR);
  return out;
}

cv::Mat correct(const cv::Mat& bgr) {
  cv::Mat balanced = apply_gains(bgr, gray_world_gains(bgr));
  const std::array<float, 9> ccm = {1.2f, -0.1f, -0.1f, -0.05f, 1.1f, -0.05f, -0.1f, -0.1f, 1.2f};
  cv::Mat corrected = apply_color_matrix(balanced, ccm);
  cv::LUT(corrected, s_curve_lut(0.3), corrected);
  return boost_saturation(corrected, 1.15);
}

int main() {
  cv::Mat img(100, 100, CV_8UC3, cv::Scalar(80, 120, 160));
  cv::Mat out = correct(img);
  cv::Scalar m = cv::mean(out);
  return m[0] > 0 ? 0 : 1;
}
