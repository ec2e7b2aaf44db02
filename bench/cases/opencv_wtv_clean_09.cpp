// case-library: opencv
// case-expect: clean
// case-why: Tinting each detection's ROI and then drawing its outline on the same frame is the intended visualisation; the frame is expected to carry both.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <vector>

// Draws tinted detection boxes onto the frame for display.
void draw_detections(cv::Mat& frame, const std::vector<cv::Rect>& boxes) {
  for (const cv::Rect& b : boxes) {
    cv::Mat roi = frame(b);
    roi += cv::Scalar(0, 60, 0);
    cv::rectangle(frame, b, cv::Scalar(0, 255, 0), 2);
  }
}
