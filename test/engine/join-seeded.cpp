// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
// RUN: %check_clang_tidy %s aliasing-const-write-through-view %t -- %mock_flags
//
// A join where one predecessor has no fact for a parameter, field or
// captured variable: on that path it is its own storage, so a fact of the
// other path is a may-fact after the join. (Parameters are bound lazily; the
// join once kept the one-sided value as a must-fact, and the const check
// reported `dst.setTo(0)` as a certain write to `src`.)
#include <opencv2/core.hpp>

// CHECK-LABEL: function 'param'
void param(const cv::Mat &src, cv::Mat dst, bool c) {
  if (c)
    dst = src;
  dst.setTo(0);
  // CHECK: [[@LINE-1]]:3 write dst method cv::Mat::setTo {dst: same may; src: same may}
}

// The same code with a local: it was already a may-fact.
// CHECK-LABEL: function 'local'
void local(const cv::Mat &src, bool c) {
  cv::Mat dst;
  if (c)
    dst = src;
  dst.setTo(0);
  // CHECK: [[@LINE-1]]:3 write dst method cv::Mat::setTo {dst: same may; src: same may}
}

struct Tracker {
  cv::Mat cur, prev;
  // CHECK-LABEL: function 'Tracker::field'
  void field(bool c) {
    if (c)
      prev = cur;
    prev.setTo(0);
    // CHECK: [[@LINE-1]]:5 write prev method cv::Mat::setTo {cur: same may; prev: same may}
  }
};

// A captured variable is declared outside the lambda's body.
// CHECK-LABEL: function 'captured'
void captured(const cv::Mat &src) {
  cv::Mat dst;
  auto f = [&](bool c) {
    if (c)
      dst = src;
    dst.setTo(0);
  };
  f(true);
}
// CHECK-LABEL: function 'captured(const cv::Mat &)::(lambda)::operator()'
// CHECK: {{[0-9]+}}:5 write dst method cv::Mat::setTo {dst: same may; src: same may}

// Assigned on every path: still a must-fact, and reported.
// CHECK-LABEL: function 'bothPaths'
void bothPaths(const cv::Mat &src, cv::Mat dst, bool c) {
  if (c)
    dst = src;
  else
    dst = src;
  dst.setTo(0);
  // CHECK: [[@LINE-1]]:3 write dst method cv::Mat::setTo {src: same must}
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: write through 'dst' modifies 'src', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
}

// A local declared on one path only keeps that path's value.
// CHECK-LABEL: function 'oneSided'
void oneSided(cv::Mat img, int n) {
  for (int i = 0; i < n; ++i) {
    cv::Mat roi = img.row(i);
    roi.setTo(0);
    // CHECK: [[@LINE-1]]:5 write roi method cv::Mat::setTo {img: view must by cv::Mat::row at [[@LINE-2]]:19}
  }
}
