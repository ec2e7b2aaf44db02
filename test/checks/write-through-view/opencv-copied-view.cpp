// A handle copied from a view (`cv::Mat w = v;`) is made a view where it
// is declared: the note points there, and a second note at the view's
// creation (issue 14: it pointed at v's declaration only, as if 'w' were
// made there).
// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %mock_flags
#include <opencv2/core.hpp>

void use(const cv::Mat &);

void copiedView(cv::Mat img) {
  cv::Mat v = img(cv::Rect(0, 0, 2, 2));
  cv::Mat w = v;
  w.setTo(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'w' also modifies 'img': 'w' is a view of 'img' created by 'cv::Mat::operator()' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'w' is made a view of 'img' here
  // CHECK-MESSAGES: :[[@LINE-5]]:15: note: the view of 'img' is created here
  // CHECK-MESSAGES: :[[@LINE+1]]:7: note: 'img' is read here, after the write
  use(img);
}

// Made in its own initialiser: one note, there.
void ownView(cv::Mat img) {
  cv::Mat w = img(cv::Rect(0, 0, 2, 2));
  w.setTo(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'w' also modifies 'img'
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'w' is made a view of 'img' here
  // CHECK-MESSAGES: :[[@LINE+1]]:7: note: 'img' is read here, after the write
  use(img);
}
