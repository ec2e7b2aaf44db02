// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
// OpenCV facts through references, auto, parameters, branches, loops,
// scopes and same-TU helpers.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

// Parameters are roots; references, `auto` and handle copies pass the facts
// on.
// CHECK-LABEL: function 'propagation'
void propagation(cv::Mat &img, const cv::Mat &in, cv::Mat byValue) {
  cv::Mat &r = img;
  auto roi = r(cv::Rect(0, 0, 2, 2));
  // CHECK: [[@LINE-1]]:3 create roi {img: view must by cv::Mat::operator() at [[@LINE-1]]:14}
  cv::Mat h = roi;
  // CHECK: [[@LINE-1]]:3 create h {img: view must by cv::Mat::operator() at [[@LINE-3]]:14}
  auto &hr = h;
  hr.setTo(cv::Scalar::all(1));
  // CHECK: [[@LINE-1]]:3 write hr method cv::Mat::setTo {img: view must by cv::Mat::operator() at [[@LINE-6]]:14}
  const auto &c = in;
  cv::Mat v = c.row(0);
  // CHECK: [[@LINE-1]]:3 create v {in: view must by cv::Mat::row at [[@LINE-1]]:15}
  cv::Mat b = byValue.col(0);
  // CHECK: [[@LINE-1]]:3 create b {byValue: view must by cv::Mat::col at [[@LINE-1]]:15}
}

// A view on one branch, another view on the other: both may-facts after the
// join.
// CHECK-LABEL: function 'branches'
void branches(cv::Mat &img, const cv::Mat &in, bool f) {
  cv::Mat v;
  if (f)
    v = img.row(1);
  else
    v = in.col(0);
  v.setTo(cv::Scalar::all(1));
  // CHECK: [[@LINE-1]]:3 write v method cv::Mat::setTo {img: view may by cv::Mat::row at [[@LINE-4]]:9; in: view may by cv::Mat::col at [[@LINE-2]]:9}
  cv::Mat w = img.clone();
  if (f)
    w = img.colRange(0, 1);
  w += cv::Scalar::all(1);
  // CHECK: [[@LINE-1]]:3 write w compound += {img: view may by cv::Mat::colRange at [[@LINE-2]]:9; w: same may; copy-of img may by cv::Mat::clone at [[@LINE-4]]:15}
}

// `cur` becomes a view of `img` only through the loop's back edge.
// CHECK-LABEL: function 'loop'
void loop(cv::Mat &img, int n) {
  cv::Mat cur(2, 2, CV_32F);
  for (int i = 0; i < n; ++i) {
    cur += cv::Scalar::all(1);
    // CHECK: [[@LINE-1]]:5 write cur compound += {cur: same may; img: view may by cv::Mat::rowRange at [[@LINE+1]]:11}
    cur = img.rowRange(i, i + 1);
    // CHECK: [[@LINE-1]]:5 rebind cur {img: view must by cv::Mat::rowRange at [[@LINE-1]]:11}
  }
}

// A view in an inner scope ends there; an early return ends every local.
// CHECK-LABEL: function 'scopes'
void scopes(cv::Mat &img, bool done) {
  {
    cv::Mat inner = img(cv::Rect(0, 0, 2, 2));
    inner.setTo(cv::Scalar::all(2));
  }
  // CHECK: [[@LINE-1]]:3 end inner
  cv::Mat outer = img.row(0);
  if (done)
    return;
  // CHECK: [[@LINE-1]]:5 end outer
  outer.setTo(cv::Scalar::all(3));
  // CHECK: [[@LINE-1]]:3 write outer method cv::Mat::setTo {img: view must by cv::Mat::row at [[@LINE-5]]:19}
}
// CHECK: [[@LINE-1]]:1 end outer

// Same-TU helpers: one returns a view of its parameter, one writes its
// parameter, one returns its parameter itself.
static cv::Mat topHalf(const cv::Mat &m) { return m.rowRange(0, m.rows / 2); }
static void clear(cv::Mat &m) { m.setTo(cv::Scalar::all(0)); }
static void blurInPlace(cv::Mat m) { cv::GaussianBlur(m, m, cv::Size(3, 3), 0); }
static cv::Mat same(cv::Mat m) { return m; }
// CHECK-LABEL: function 'helpers'
void helpers(cv::Mat &img) {
  cv::Mat t = topHalf(img);
  // CHECK: [[@LINE-1]]:3 create t {img: view must by topHalf at [[@LINE-1]]:15}
  clear(t);
  // CHECK: [[@LINE-1]]:3 write t callee clear {img: view must by topHalf at [[@LINE-3]]:15}
  blurInPlace(t);
  // CHECK: [[@LINE-1]]:3 write t callee blurInPlace {img: view must by topHalf at [[@LINE-5]]:15}
  cv::Mat s = same(img);
  // CHECK: [[@LINE-1]]:3 create s {img: same must}
  blurInPlace(img.clone());
  // CHECK: [[@LINE-1]]:3 write <temporary> callee blurInPlace result-discarded {copy-of img must by cv::Mat::clone at [[@LINE-1]]:15}
}

// `do { ... } while (0)` (every CV_Assert) and `for (;;) { ... break; }`
// leave null (unreachable) successors in the CFG.
// CHECK-LABEL: function 'paste'
void paste(const cv::Mat &src, cv::Mat &dst, cv::Rect where) {
  CV_Assert(where.width == src.cols && where.height == src.rows);
  src.copyTo(dst(where));
  // CHECK: [[#@LINE-1]]:3 write <temporary> output-arg cv::Mat::copyTo result-discarded {dst: view must by cv::Mat::operator() at [[#@LINE-1]]:14}
}
// CHECK-LABEL: function 'firstPositive'
int firstPositive(cv::Mat &m) {
  int i = 0;
  for (;;) {
    if (m.at<float>(i) > 0)
      break;
    ++i;
  }
  m.row(0).setTo(cv::Scalar::all(0));
  // CHECK: [[#@LINE-1]]:3 write <temporary> method cv::Mat::setTo result-discarded {m: view must by cv::Mat::row at [[#@LINE-1]]:3}
  return i;
}
