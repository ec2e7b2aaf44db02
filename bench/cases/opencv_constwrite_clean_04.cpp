// case-library: opencv
// case-expect: clean
// case-why: On both branches gray is rebound to new storage before equalizeHist (cvtColor to a different type reallocates, the other branch clones), so the const input is never written.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

// Grey, histogram-equalised copy of the input for the feature detector.
cv::Mat equalized_gray(const cv::Mat& in) {
  cv::Mat gray = in;
  if (in.channels() == 3) {
    cv::cvtColor(in, gray, cv::COLOR_BGR2GRAY);
  } else {
    gray = in.clone();
  }
  cv::equalizeHist(gray, gray);
  return gray;
}
