// Further cases on the real Debian headers only (the main cases, in opencv.cpp, run on both).
// RUN: %check_clang_tidy %s aliasing-const-write-through-view %t -- %opencv_flags
// The real OpenCV 4.6 headers: ROI members are const and return non-const
// headers, so all of this compiles; the same facts as on the mocks.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

// A compound operator on a temporary row; an in-place filter on a column
// range of a by-value const Mat, never read again: no clone (it would lose
// the write).
void tweak(const cv::Mat &hist, const cv::Mat frame) {
  hist.row(0) += cv::Scalar::all(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through a view of 'hist' modifies 'hist', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: view of 'hist' made by 'cv::Mat::row' here
  cv::Mat strip = frame.colRange(0, 16);
  cv::medianBlur(strip, strip, 3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'strip' modifies 'frame', a 'const cv::Mat' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:19: note: view of 'frame' made by 'cv::Mat::colRange' here
  // CHECK-FIXES: cv::Mat strip = frame.colRange(0, 16);
}

// Negative: cvtColor to another type reallocates `gray`; the other branch
// clones. The const input is never written.
cv::Mat equalizedGray(const cv::Mat &in) {
  cv::Mat gray = in;
  if (in.channels() == 3) {
    cv::cvtColor(in, gray, cv::COLOR_BGR2GRAY);
  } else {
    gray = in.clone();
  }
  cv::equalizeHist(gray, gray);
  return gray;
}
