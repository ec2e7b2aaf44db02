#include <opencv2/core.hpp>

// A note that starts with no name ("view of 'crop' made by ..."): SARIF
// links it at the end of the message.
void maskBorder(const cv::Mat &crop, int border, int w, int h) {
  cv::Mat inner = crop(cv::Rect(border, border, w, h));
  inner.setTo(cv::Scalar::all(0));
}
