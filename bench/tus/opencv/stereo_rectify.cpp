// Side-by-side stereo frame handling: split a packed frame into left/right
// views, rectify each with precomputed maps, compute a block-matching
// disparity, and write a depth preview back into the packed frame.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/calib3d.hpp>

struct StereoMaps {
  cv::Mat left_x, left_y, right_x, right_y;
};

StereoMaps identity_maps(cv::Size size) {
  StereoMaps m;
  cv::Mat k = cv::Mat::eye(3, 3, CV_64F);
  k.at<double>(0, 0) = k.at<double>(1, 1) = 300.0;
  k.at<double>(0, 2) = size.width / 2.0;
  k.at<double>(1, 2) = size.height / 2.0;
  cv::initUndistortRectifyMap(k, cv::Mat(), cv::Mat(), k, size, CV_32FC1, m.left_x, m.left_y);
  cv::initUndistortRectifyMap(k, cv::Mat(), cv::Mat(), k, size, CV_32FC1, m.right_x, m.right_y);
  return m;
}

// Packed frame: left half | right half. The halves are views of `packed`.
void split_views(const cv::Mat& packed, cv::Mat& left, cv::Mat& right) {
  const int half = packed.cols / 2;
  left = packed.colRange(0, half);
  right = packed.colRange(half, 2 * half);
}

cv::Mat disparity(const cv::Mat& left, const cv::Mat& right, const StereoMaps& maps) {
  cv::Mat l_gray, r_gray, l_rect, r_rect;
  cv::cvtColor(left, l_gray, cv::COLOR_BGR2GRAY);
  cv::cvtColor(right, r_gray, cv::COLOR_BGR2GRAY);
  cv::remap(l_gray, l_rect, maps.left_x, maps.left_y, cv::INTER_LINEAR);
  cv::remap(r_gray, r_rect, maps.right_x, maps.right_y, cv::INTER_LINEAR);
  cv::Ptr<cv::StereoBM> bm = cv::StereoBM::create(32, 9);
  cv::Mat disp16, disp;
  bm->compute(l_rect, r_rect, disp16);
  disp16.convertTo(disp, CV_32F, 1.0 / 16.0);
  return disp;
}

// Overwrites the right half of the packed frame with a colour-mapped preview.
void write_preview(cv::Mat& packed, const cv::Mat& disp) {
  cv::Mat norm, color;
  cv::normalize(disp, norm, 0, 255, cv::NORM_MINMAX, CV_8U);
  cv::applyColorMap(norm, color, cv::COLORMAP_JET);
  cv::Mat right_half = packed.colRange(packed.cols / 2, packed.cols);
  color.copyTo(right_half);
}

int main() {
  cv::Mat packed(120, 320, CV_8UC3);
  cv::randu(packed, cv::Scalar::all(0), cv::Scalar::all(255));
  cv::Mat left, right;
  split_views(packed, left, right);
  StereoMaps maps = identity_maps(left.size());
  cv::Mat disp = disparity(left, right, maps);
  write_preview(packed, disp);
  return disp.size() == left.size() ? 0 : 1;
}
