// case-library: opencv
// case-expect: clean
// case-why: The filtered clone is handed back through the reference parameter, so the writes are observed.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

// Denoises the camera frame before it is handed to the tracker.
void denoise(cv::Mat& frame, bool strong) {
  cv::Mat out = frame.clone();
  if (strong) {
    cv::medianBlur(out, out, 5);
  } else {
    cv::GaussianBlur(out, out, cv::Size(3, 3), 0);
  }
  frame = out;
}
