// RUN: %aliaslint --dump-provenance %s -- %opencv_flags | FileCheck %s
// The real OpenCV 4.6 headers give the same facts as the mocks
// (opencv-views.cpp, opencv-writes.cpp, opencv-flow.cpp).
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

// CHECK-LABEL: function 'facts'
void facts(cv::Mat a, const cv::Mat &in, cv::Mat1f typed, cv::Rect r) {
  cv::Mat roi = a(r);
  // CHECK: [[#ROI:@LINE-1]]:3 create roi {a: view must by cv::Mat::operator() at [[#@LINE-1]]:17}
  cv::Mat row = in.row(0);
  // CHECK: [[#ROW:@LINE-1]]:3 create row {in: view must by cv::Mat::row at [[#@LINE-1]]:17}
  cv::Mat byRect(a, r);
  // CHECK: [[#@LINE-1]]:3 create byRect {a: view must by cv::Mat::Mat at [[#@LINE-1]]:11}
  cv::Mat flat = a.reshape(1, 1);
  // CHECK: [[#@LINE-1]]:3 create flat {a: view must by cv::Mat::reshape at [[#@LINE-1]]:18}
  cv::Mat1f trow = typed.row(0);
  // CHECK: [[#@LINE-1]]:3 create trow {typed: view must by cv::Mat_::row at [[#@LINE-1]]:20}
  cv::Mat c = a.clone();
  // CHECK: [[#CLONE:@LINE-1]]:3 create c {c: same must; copy-of a must by cv::Mat::clone at [[#@LINE-1]]:15}
  auto sum = a + c;
  // CHECK: [[#@LINE-1]]:3 create sum {a: lazy must by cv::operator+ at [[#@LINE-1]]:14; c: lazy must by cv::operator+ at [[#@LINE-1]]:14}
  auto t = a.t();
  // CHECK: [[#@LINE-1]]:3 create t {a: lazy must by cv::Mat::t at [[#@LINE-1]]:12}
  cv::Mat ev = a * 2.0;
  // CHECK: [[#@LINE-1]]:3 create ev {ev: same must}
  cv::Mat b = a;
  // CHECK: [[#@LINE-1]]:3 create b {a: same must}
  b = c;
  // CHECK: [[#@LINE-1]]:3 rebind b {c: same must; copy-of a must by cv::Mat::clone at [[#CLONE]]:15} was {a: same must}
  a.row(0) = a.row(1);
  // CHECK: [[#@LINE-1]]:3 rebind <temporary> {a: view must by cv::Mat::row at [[#@LINE-1]]:14} was {a: view must by cv::Mat::row at [[#@LINE-1]]:3} via a {a: same must}
  a.row(0) = a.row(1) * 2;
  // CHECK: [[#@LINE-1]]:3 write <temporary> assign operator= result-discarded {a: view must by cv::Mat::row at [[#@LINE-1]]:3}
  roi.setTo(cv::Scalar::all(0));
  // CHECK: [[#@LINE-1]]:3 write roi method cv::Mat::setTo {a: view must by cv::Mat::operator() at [[#ROI]]:17}
  roi += cv::Scalar::all(1);
  // CHECK: [[#@LINE-1]]:3 write roi compound += {a: view must by cv::Mat::operator() at [[#ROI]]:17}
  roi.at<float>(0, 0) = 1.f;
  // CHECK: [[#@LINE-1]]:3 write <temporary> element result-discarded {a: view must by cv::Mat::operator() at [[#ROI]]:17; element}
  cv::medianBlur(row, row, 3);
  // CHECK: [[#@LINE-1]]:3 write row output-arg cv::medianBlur {in: view must by cv::Mat::row at [[#ROW]]:17}
  in.copyTo(a(r));
  // CHECK: [[#@LINE-1]]:3 write <temporary> output-arg cv::Mat::copyTo result-discarded {a: view must by cv::Mat::operator() at [[#@LINE-1]]:13}
  cv::rectangle(roi, r, cv::Scalar(0, 255, 0));
  // CHECK: [[#@LINE-1]]:3 write roi method cv::rectangle {a: view must by cv::Mat::operator() at [[#ROI]]:17}
}
