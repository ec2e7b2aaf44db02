// Every case runs on the mock headers and on the real Debian headers; the
// fixed file compiles and has nothing left to report.
// RUN: %check_clang_tidy %s aliasing-dangling-view %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-dangling-view %t.real -- %opencv_flags
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %opencv_flags %t.real.cpp
// RUN: %aliaslint --quiet --checks=aliasing-dangling-view %t.cpp -- %mock_flags
// RUN: %aliaslint --quiet --checks=aliasing-dangling-view %t.real.cpp -- %opencv_flags
#include <opencv2/core.hpp>

// ===== Positives ==========================================================

// A Mat built over user data does not reference-count it (mat.hpp: "no data
// is copied ... the external data is not automatically deallocated"): the
// local's pixels are freed when it goes out of scope.
cv::Mat wrapLocal(int r, int c) {
  cv::Mat tmp = cv::Mat::zeros(r, c, CV_8UC1);
  return cv::Mat(r, c, CV_8UC1, tmp.data);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: returned view refers to 'tmp' through 'cv::Mat', which is destroyed when the function returns [aliasing-dangling-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: 'tmp' is declared here
  // CHECK-FIXES: return cv::Mat(r, c, CV_8UC1, tmp.data).clone();
}

// ===== Negatives ==========================================================

// An ROI shares the reference-counted buffer.
cv::Mat roiLocal(int r, int c) {
  cv::Mat tmp = cv::Mat::zeros(r, c, CV_8UC1);
  return tmp(cv::Rect(0, 0, 2, 2));
}

// The caller's pixels live on.
cv::Mat wrapParam(const cv::Mat &img) {
  return cv::Mat(img.rows, img.cols, img.type(), img.data);
}
cv::Mat wrapByValue(cv::Mat img) {
  return cv::Mat(img.rows, img.cols, img.type(), img.data);
}

// Copied before the local dies.
cv::Mat wrapCloned(int r, int c) {
  cv::Mat tmp = cv::Mat::zeros(r, c, CV_8UC1);
  return cv::Mat(r, c, CV_8UC1, tmp.data).clone();
}
