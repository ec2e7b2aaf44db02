// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
// RUN: %aliaslint --dump-provenance %s -- %opencv_flags | FileCheck %s
//
// `roi = a + b` on a named Mat is `Mat::operator=(const MatExpr&)`, which
// calls `e.op->assign(e, *this)` (opencv2/core/mat.inl.hpp), i.e.
// `cv::add(a, b, roi)` with roi as a non-fixed `Mat&` output: roi's pixels are
// written only if it already has the result's size and type, otherwise roi
// is reallocated and its parent is left untouched
// (docs/array-api-semantics.md section 2: "`r = A.col(0) + 0` with r a 1x3
// ROI silently reallocates r"). The model says so for cv::Mat
// (`assign-lazy: output`), and the engine treats it as the spelled-out
// cv::add: a maybe-write, roi maybe fresh afterwards. (`roi = roi * 2`, in
// place, keeps the size and type: a certain write, opencv-events.cpp.)
#include <opencv2/core.hpp>

// CHECK-LABEL: function 'spelledOut'
void spelledOut(cv::Mat m, cv::Mat a, cv::Mat b) {
  cv::Mat roi = m(cv::Rect(0, 0, 2, 2));
  cv::add(a, b, roi);
  // CHECK: [[@LINE-1]]:3 write roi output-arg cv::add {m: view may by cv::Mat::operator() at [[@LINE-2]]:17}{{$}}
  roi.setTo(0);
  // CHECK: [[@LINE-1]]:3 write roi method cv::Mat::setTo {m: view may by cv::Mat::operator() at [[@LINE-4]]:17; roi: same may by cv::add at [[@LINE-3]]:3}{{$}}
}

// CHECK-LABEL: function 'matExpr'
void matExpr(cv::Mat m, cv::Mat a, cv::Mat b) {
  cv::Mat roi = m(cv::Rect(0, 0, 2, 2));
  roi = a + b;
  // CHECK: [[@LINE-1]]:3 write roi assign operator= {m: view may by cv::Mat::operator() at [[@LINE-2]]:17} assigns {a: lazy must by cv::operator+ at [[@LINE-1]]:9; b: lazy must by cv::operator+ at [[@LINE-1]]:9}{{$}}
  roi.setTo(0);
  // CHECK: [[@LINE-1]]:3 write roi method cv::Mat::setTo {m: view may by cv::Mat::operator() at [[@LINE-4]]:17; roi: same may by {{.*}} at [[@LINE-3]]:3}{{$}}
}
