// case-library: opencv
// case-expect: aliasing-lost-write-to-copy@12
// case-expect: aliasing-lost-write-to-copy@14
// case-why: out is a clone that is filtered on either branch and then dropped; the caller's frame is never updated.
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
}
