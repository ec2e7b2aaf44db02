// A write through a view of a const parameter is one report: with
// aliasing-const-write-through-view enabled too, write-through-view leaves
// it to that check (examples/opencv_preprocess.cpp had both). Alone,
// write-through-view reports it.
// RUN: %check_clang_tidy %s aliasing-write-through-view,aliasing-const-write-through-view %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-write-through-view,aliasing-const-write-through-view %t.real -- %opencv_flags
// RUN: %check_clang_tidy -check-suffix=ALONE %s aliasing-write-through-view %t.alone -- %mock_flags
// RUN: %check_clang_tidy -check-suffix=ALONE %s aliasing-write-through-view %t.alone.real -- %opencv_flags
#include <opencv2/core.hpp>

cv::Mat gainChangeMask(const cv::Mat &frame, double gain) {
  cv::Mat work = frame;
  work.convertTo(work, -1, gain);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'work' modifies 'frame', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: 'work' shares the data of 'frame' from here
  // CHECK-MESSAGES-ALONE: :[[@LINE-3]]:3: warning: write through 'work' also modifies 'frame': 'work' is a second handle to the data of 'frame' [aliasing-write-through-view]
  // CHECK-MESSAGES-ALONE: :[[@LINE-5]]:18: note: 'work' is made a handle sharing 'frame' here
  // CHECK-MESSAGES-ALONE: :[[@LINE+4]]:15: note: 'frame' is used together with 'work' here, after the write
  // CHECK-FIXES: cv::Mat work = frame;
  // CHECK-FIXES-ALONE: cv::Mat work = frame.clone();
  cv::Mat diff;
  cv::absdiff(frame, work, diff);
  return diff;
}

// A non-const parameter: write-through-view's report either way.
cv::Mat gainChangeMaskInPlace(cv::Mat &frame, double gain) {
  cv::Mat diff;
  cv::Mat work = frame;
  work.convertTo(work, -1, gain);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'work' also modifies 'frame': 'work' is a second handle to the data of 'frame' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: 'work' is made a handle sharing 'frame' here
  // CHECK-MESSAGES: :[[@LINE+4]]:15: note: 'frame' is used together with 'work' here, after the write
  // CHECK-MESSAGES-ALONE: :[[@LINE-4]]:3: warning: write through 'work' also modifies 'frame': 'work' is a second handle to the data of 'frame' [aliasing-write-through-view]
  // CHECK-MESSAGES-ALONE: :[[@LINE-6]]:18: note: 'work' is made a handle sharing 'frame' here
  // CHECK-MESSAGES-ALONE: :[[@LINE+1]]:15: note: 'frame' is used together with 'work' here, after the write
  cv::absdiff(frame, work, diff);
  // CHECK-FIXES: cv::Mat work = frame.clone();
  // CHECK-FIXES-ALONE: cv::Mat work = frame.clone();
  return diff;
}
