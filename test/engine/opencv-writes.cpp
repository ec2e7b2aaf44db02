// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
// OpenCV writes and rebinds: which assignments write pixels and which only
// rebind a header.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

// `b = c` rebinds the header b; `A.row(i) = A.row(j)` rebinds a temporary
// header (nothing is written, a documented pitfall); `= expr` and
// `= Scalar` on a temporary ROI write through it.
// CHECK-LABEL: function 'rebinds'
void rebinds(cv::Mat A, cv::Mat c) {
  cv::Mat b = A.row(0);
  b = c;
  // CHECK: [[@LINE-1]]:3 rebind b {c: same must} was {A: view must by cv::Mat::row at [[@LINE-2]]:15}
  // CHECK-NOT: write
  A.row(0) = A.row(1);
  // CHECK: [[@LINE-1]]:3 rebind <temporary> {A: view must by cv::Mat::row at [[@LINE-1]]:14} was {A: view must by cv::Mat::row at [[@LINE-1]]:3} via A {A: same must}
  // CHECK-NOT: write
  A.row(0) = A.row(1) + 0;
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {A: view must by cv::Mat::row at [[@LINE-1]]:3}
  A.col(0) = cv::Scalar(0);
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {A: view must by cv::Mat::col at [[@LINE-1]]:3}
  b = A.col(1);
  // CHECK: [[@LINE-1]]:3 rebind b {A: view must by cv::Mat::col at [[@LINE-1]]:7}
  b.setTo(cv::Scalar::all(1));
  // CHECK: [[@LINE-1]]:3 write b method cv::Mat::setTo {A: view must by cv::Mat::col at [[@LINE-3]]:7}
}

// Member writes, compound operators and element access.
// CHECK-LABEL: function 'writes'
void writes(cv::Mat a, cv::Mat1f typed) {
  cv::Mat roi = a(cv::Rect(0, 0, 2, 2));
  roi.setTo(cv::Scalar::all(0));
  // CHECK: [[@LINE-1]]:3 write roi method cv::Mat::setTo {a: view must by cv::Mat::operator() at [[#ROI:@LINE-2]]:17}
  roi += cv::Scalar::all(1);
  // CHECK: [[@LINE-1]]:3 write roi compound += {a: view must by cv::Mat::operator() at [[@LINE-4]]:17}
  roi *= 2.0;
  // CHECK: [[@LINE-1]]:3 write roi compound *= {a: view must by cv::Mat::operator() at [[@LINE-6]]:17}
  roi -= a.t();
  // CHECK: [[@LINE-1]]:3 write roi compound -= {a: view must by cv::Mat::operator() at [[@LINE-8]]:17}
  roi.at<float>(0, 1) = 5.f;
  // CHECK: [[@LINE-1]]:3 write <temporary> element result-discarded {a: view must by cv::Mat::operator() at [[@LINE-10]]:17; element}
  roi.at<float>(1) += 1.f;
  // CHECK: [[@LINE-1]]:3 write <temporary> element += result-discarded {a: view must by cv::Mat::operator() at [[@LINE-12]]:17; element}
  typed(0, 0) = 2.f;
  // CHECK: [[@LINE-1]]:3 write <temporary> element result-discarded {typed: same must; element}
  a.row(1) -= a.row(0) * 0.5;
  // CHECK: [[@LINE-1]]:3 write <temporary> compound -= result-discarded {a: view must by cv::Mat::row at [[@LINE-1]]:3}
  a.ptr<float>(0)[1] = 2.f;
  // CHECK: [[#@LINE-1]]:3 write <temporary> element result-discarded {a: same must; element}
  roi.ptr<uchar>(0)[3] += 1;
  // CHECK: [[#@LINE-1]]:3 write <temporary> element += result-discarded {a: view must by cv::Mat::operator() at [[#ROI]]:17; element}
}

// Output arguments: written for sure in place (`f(x, ..., x)`, a method on
// x writing x) and through a temporary ROI (fixed size); a named output of
// another call may be reallocated, so it is only maybe written and may be
// fresh afterwards.
// CHECK-LABEL: function 'outputs'
void outputs(cv::Mat a, cv::Mat src) {
  cv::Mat roi = a.rowRange(0, 2);
  cv::GaussianBlur(roi, roi, cv::Size(3, 3), 0);
  // CHECK: [[@LINE-1]]:3 write roi output-arg cv::GaussianBlur {a: view must by cv::Mat::rowRange at [[@LINE-2]]:17}
  roi.convertTo(roi, -1, 2.0);
  // CHECK: [[@LINE-1]]:3 write roi output-arg cv::Mat::convertTo {a: view must by cv::Mat::rowRange at [[@LINE-4]]:17}
  src.copyTo(a(cv::Rect(0, 0, 2, 2)));
  // CHECK: [[@LINE-1]]:3 write <temporary> output-arg cv::Mat::copyTo result-discarded {a: view must by cv::Mat::operator() at [[@LINE-1]]:14}
  src.copyTo(roi);
  // CHECK: [[@LINE-1]]:3 write roi output-arg cv::Mat::copyTo {a: view may by cv::Mat::rowRange at [[@LINE-8]]:17}
  roi.setTo(cv::Scalar::all(0));
  // CHECK: [[@LINE-1]]:3 write roi method cv::Mat::setTo {a: view may by cv::Mat::rowRange at [[@LINE-10]]:17; roi: same may by cv::Mat::copyTo at [[@LINE-3]]:3}
  cv::Mat gray = a;
  cv::cvtColor(gray, gray, cv::COLOR_BGR2GRAY);
  // CHECK: [[@LINE-1]]:3 write gray output-arg cv::cvtColor {a: same may}
  // CHECK: [[@LINE+1]]:3 write gray method cv::Mat::setTo {a: same may; gray: same may by cv::cvtColor at [[@LINE-2]]:3}
  gray.setTo(cv::Scalar::all(0));
  cv::add(src, src, a.col(0));
  // CHECK: [[@LINE-1]]:3 write <temporary> output-arg cv::add result-discarded {a: view must by cv::Mat::col at [[@LINE-1]]:21}
}

// Drawing functions draw into their image in place.
// CHECK-LABEL: function 'drawing'
void drawing(cv::Mat frame, cv::Rect r) {
  cv::Mat roi = frame(r);
  cv::rectangle(roi, r, cv::Scalar(0, 255, 0));
  // CHECK: [[@LINE-1]]:3 write roi method cv::rectangle {frame: view must by cv::Mat::operator() at [[@LINE-2]]:17}
  // CHECK-NOT: output-arg
  cv::circle(roi, cv::Point(1, 1), 3, cv::Scalar::all(255));
  // CHECK: [[@LINE-1]]:3 write roi method cv::circle {frame: view must by cv::Mat::operator() at [[@LINE-5]]:17}
}
