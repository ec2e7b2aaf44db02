// case-library: opencv
// case-expect: clean
// case-why: Clamping the interior ROI of the depth map in place is the function's whole job; the map is not read afterwards.
#include <opencv2/core.hpp>

// Clamps the valid interior of a CV_32F depth map to the sensor range, in place.
void clamp_depth_interior(cv::Mat& depth, int margin, float max_depth) {
  cv::Rect inner(margin, margin, depth.cols - 2 * margin, depth.rows - 2 * margin);
  cv::Mat roi = depth(inner);
  cv::min(roi, max_depth, roi);
  cv::max(roi, 0.0, roi);
}
