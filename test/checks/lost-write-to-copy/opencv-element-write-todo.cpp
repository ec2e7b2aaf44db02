// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t -- %mock_flags
//
// FALSE NEGATIVE (engine). An element of a named clone is written and the
// clone is never read again. The engine records the element write with the
// element access as its target and no variable (`write <temporary>
// element`), so the rule, which checks named copies by the written
// variable, never sees the write to `c`.
// Expected: reported like `c.setTo(...)` (see opencv-mock.cpp).
// Actual:   no diagnostic.
#include <opencv2/core.hpp>

void touchCopy(const cv::Mat &img) {
  cv::Mat c = img.clone();
  c.at<float>(0, 0) = 1.f;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'c' is never read: 'c' is a copy of 'img', so 'img' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'c' is made a copy of 'img' by 'cv::Mat::clone' here
}

void touchTypedCopy(const cv::Mat1f &m) {
  cv::Mat1f c = m.clone();
  c(0, 0) += 1.f;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'c' is never read: 'c' is a copy of 'm', so 'm' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'c' is made a copy of 'm' by 'cv::Mat_::clone' here
}
