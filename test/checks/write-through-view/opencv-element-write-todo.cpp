// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %mock_flags
//
// FALSE NEGATIVE (engine). An element written through a named view,
// `backup.at<float>(0, x) += 1` or `prev(0, 1) = 3` on a cv::Mat_, is a
// write through `backup`/`prev`, but the engine records the write event with
// the element access (a temporary) as its target and no variable
// (`write <temporary> element`), so the rule, which looks at writes to named
// views, never sees it. The same write through setTo() is reported (see
// opencv-mock.cpp).
// Expected: both reported like a setTo() through the view.
// Actual:   no diagnostic.
#include <opencv2/core.hpp>

double pixelChange(cv::Mat &img, int x, int y) {
  cv::Mat backup = img.row(y);
  backup.at<float>(0, x) += 1.f;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'backup' also modifies 'img': 'backup' is a view of 'img' created by 'cv::Mat::row' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: 'backup' is made a view of 'img' here
  // CHECK-MESSAGES: :[[@LINE+2]]:19: note: 'img' is used together with 'backup' here, after the write
  // CHECK-FIXES: cv::Mat backup = img.row(y).clone();
  return cv::norm(img, backup, cv::NORM_L1);
}

double typedChange(cv::Mat1f &m) {
  cv::Mat1f prev = m.row(0);
  prev(0, 1) = 3.f;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'prev' also modifies 'm': 'prev' is a view of 'm' created by 'cv::Mat_::row' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: 'prev' is made a view of 'm' here
  // CHECK-MESSAGES: :[[@LINE+2]]:19: note: 'm' is used together with 'prev' here, after the write
  // CHECK-FIXES: cv::Mat1f prev = m.row(0).clone();
  return cv::norm(m, prev, cv::NORM_L1);
}
