// case-library: opencv
// case-expect: clean
// case-why: The ROI handle is rebound to a clone before the blur, so frame is unchanged and the change estimate is meaningful.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

// Estimates how strongly blurring would alter a face region, without touching the frame.
double blur_strength(cv::Mat& frame, const cv::Rect& face) {
  cv::Mat tmp = frame(face);
  tmp = tmp.clone();
  cv::blur(tmp, tmp, cv::Size(15, 15));
  return cv::norm(frame(face), tmp, cv::NORM_L1) / face.area();
}
