// XFAIL: *
// RUN: %check_clang_tidy %s aliasing-const-write-through-view %t -- %mock_flags
//
// FALSE NEGATIVE (engine). Drawing functions are modelled as writing their
// image in place (`writes: [0]` in opencv.yaml), yet the engine's
// output-argument handling still treats the image as possibly reallocated
// by the call, so after `cv::rectangle(region, ...)` the variable `region`
// is only a may-view of `img` ("img: view may; region: same may by
// cv::rectangle") and the later setTo() is not reported. An operand the
// model lists under `writes` should not go through the reallocation logic.
// Expected: both writes reported.
// Actual:   only the first one.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

void outlineThenClear(const cv::Mat &img, const cv::Rect &r) {
  cv::Mat region = img.colRange(0, 4);
  cv::rectangle(region, r, cv::Scalar(0, 255, 0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'region' modifies 'img', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: view of 'img' made by 'cv::Mat::colRange' here
  region.setTo(cv::Scalar::all(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'region' modifies 'img', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-6]]:20: note: view of 'img' made by 'cv::Mat::colRange' here
  // CHECK-FIXES: cv::Mat region = img.colRange(0, 4).clone();
}
