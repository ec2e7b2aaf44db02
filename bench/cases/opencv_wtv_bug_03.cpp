// case-library: opencv
// case-expect: aliasing-write-through-view@11
// case-why: frame is taken by value as if it were a copy, but a cv::Mat parameter shares the caller's pixels: blending into its ROI stamps the logo onto the caller's frame too.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

// Returns a copy of the frame with a logo blended into its top-right corner.
cv::Mat add_watermark(cv::Mat frame, const cv::Mat& logo, double alpha) {
  cv::Rect corner_rect(frame.cols - logo.cols, 0, logo.cols, logo.rows);
  cv::Mat corner = frame(corner_rect);
  cv::addWeighted(corner, 1.0 - alpha, logo, alpha, 0.0, corner);
  return frame;
}
