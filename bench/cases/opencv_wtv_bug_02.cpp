// case-library: opencv
// case-expect: aliasing-write-through-view@10
// case-why: tmp is an ROI of frame, so the in-place blur alters frame(face) too and the reported change norm(frame(face), tmp) is always zero.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

// Blurs a detected face and returns how strongly the region was altered (QA metric).
double anonymize_face(cv::Mat& frame, const cv::Rect& face) {
  cv::Mat tmp = frame(face);
  cv::blur(tmp, tmp, cv::Size(15, 15));
  return cv::norm(frame(face), tmp, cv::NORM_L1) / face.area();
}
