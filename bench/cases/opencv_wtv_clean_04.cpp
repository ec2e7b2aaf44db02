// case-library: opencv
// case-expect: clean
// case-why: copyTo into a same-sized ROI of frame pastes the thumbnail into the frame on purpose; drawing on and returning the frame afterwards expects that write.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

// Overlays a thumbnail in the top-left corner of the preview frame.
cv::Mat compose_preview(cv::Mat& frame, const cv::Mat& thumb) {
  cv::Mat corner = frame(cv::Rect(8, 8, thumb.cols, thumb.rows));
  thumb.copyTo(corner);
  cv::rectangle(frame, cv::Rect(7, 7, thumb.cols + 2, thumb.rows + 2), cv::Scalar(255, 255, 255));
  return frame;
}
