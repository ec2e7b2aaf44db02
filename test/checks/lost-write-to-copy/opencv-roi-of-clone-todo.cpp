// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t -- %mock_flags
//
// FALSE NEGATIVE. An ROI of a named clone is written and the clone is never
// read again, so the write is lost just like `c.setTo(...)` would be. The
// write event's target is the temporary ROI, whose value is a view of the
// local `c` (not a definite copy), and writes to temporaries are only
// checked for being copies themselves.
// Expected: reported at the write (wording free as long as it names 'c' and
// 'img').
// Actual:   no diagnostic.
#include <opencv2/core.hpp>

void maskCopy(const cv::Mat &img, const cv::Rect &r) {
  cv::Mat c = img.clone();
  c(r).setTo(cv::Scalar::all(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: {{.*}}'c'{{.*}}'img'{{.*}} [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'c' is made a copy of 'img' by 'cv::Mat::clone' here
}

void bumpRowOfCopy(cv::Mat &img) {
  cv::Mat c = img.clone();
  c.row(0) += cv::Scalar::all(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: {{.*}}'c'{{.*}}'img'{{.*}} [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'c' is made a copy of 'img' by 'cv::Mat::clone' here
}
