// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
// OpenCV views, copies, lazy expressions and shared handles.
#include <opencv2/core.hpp>

// Every ROI-making member and constructor gives a view of its object.
// CHECK-LABEL: function 'views'
void views(cv::Mat a, cv::Rect r) {
  cv::Mat roi = a(r);
  // CHECK: [[@LINE-1]]:3 create roi {a: view must by cv::Mat::operator() at [[@LINE-1]]:17}
  cv::Mat ranges = a(cv::Range(0, 2), cv::Range::all());
  // CHECK: [[@LINE-1]]:3 create ranges {a: view must by cv::Mat::operator() at [[@LINE-1]]:20}
  cv::Mat row = a.row(1);
  // CHECK: [[@LINE-1]]:3 create row {a: view must by cv::Mat::row at [[@LINE-1]]:17}
  cv::Mat col = a.col(1);
  // CHECK: [[@LINE-1]]:3 create col {a: view must by cv::Mat::col at [[@LINE-1]]:17}
  cv::Mat rows = a.rowRange(0, 2);
  // CHECK: [[@LINE-1]]:3 create rows {a: view must by cv::Mat::rowRange at [[@LINE-1]]:18}
  cv::Mat cols = a.colRange(cv::Range(1, 3));
  // CHECK: [[@LINE-1]]:3 create cols {a: view must by cv::Mat::colRange at [[@LINE-1]]:18}
  cv::Mat d = a.diag(1);
  // CHECK: [[@LINE-1]]:3 create d {a: view must by cv::Mat::diag at [[@LINE-1]]:15}
  cv::Mat flat = a.reshape(1, 1);
  // CHECK: [[@LINE-1]]:3 create flat {a: view must by cv::Mat::reshape at [[@LINE-1]]:18}
  cv::Mat byRect(a, r);
  // CHECK: [[@LINE-1]]:3 create byRect {a: view must by cv::Mat::Mat at [[@LINE-1]]:11}
  cv::Mat byRange(a, cv::Range(0, 1));
  // CHECK: [[@LINE-1]]:3 create byRange {a: view must by cv::Mat::Mat at [[@LINE-1]]:11}
  cv::Mat sub = roi.row(0);
  // CHECK: [[@LINE-1]]:3 create sub {a: view must by cv::Mat::row at [[@LINE-1]]:17}
}

// Typed matrices: the same members on cv::Mat_.
// CHECK-LABEL: function 'typedViews'
void typedViews(cv::Mat1f m) {
  cv::Mat1f r = m.row(0);
  // CHECK: [[@LINE-1]]:3 create r {m: view must by cv::Mat_::row at [[@LINE-1]]:17}
  cv::Mat1f c = m.clone();
  // CHECK: [[@LINE-1]]:3 create c {c: same must; copy-of m must by cv::Mat_::clone at [[@LINE-1]]:17}
}

// clone() copies; `cv::Mat b = a` and `auto&` share the whole buffer.
// CHECK-LABEL: function 'copiesAndHandles'
void copiesAndHandles(cv::Mat a, const cv::Mat &in) {
  cv::Mat c = a.clone();
  // CHECK: [[@LINE-1]]:3 create c {c: same must; copy-of a must by cv::Mat::clone at [[@LINE-1]]:15}
  cv::Mat rc = a.row(0).clone();
  // CHECK: [[@LINE-1]]:3 create rc {rc: same must; copy-of a must by cv::Mat::clone at [[@LINE-1]]:16}
  cv::Mat b = a;
  // CHECK: [[@LINE-1]]:3 create b {a: same must}
  cv::Mat h(in);
  // CHECK: [[@LINE-1]]:3 create h {in: same must}
  auto &ref = a;
  // CHECK: [[@LINE-1]]:3 create ref {a: same must}
  const auto &cref = in;
  // CHECK: [[@LINE-1]]:3 create cref {in: same must}
  auto v = cref.colRange(0, 1);
  // CHECK: [[@LINE-1]]:3 create v {in: view must by cv::Mat::colRange at [[@LINE-1]]:12}
  cv::Mat fresh(3, 3, CV_32F);
  // CHECK: [[@LINE-1]]:3 create fresh {fresh: same must}
}

// MatExpr is lazy: it holds the operands' headers; a Mat built from it owns
// fresh storage.
// CHECK-LABEL: function 'lazy'
void lazy(cv::Mat a, cv::Mat b) {
  cv::MatExpr t = a.t();
  // CHECK: [[@LINE-1]]:3 create t {a: lazy must by cv::Mat::t at [[@LINE-1]]:19}
  auto sum = a + b;
  // CHECK: [[@LINE-1]]:3 create sum {a: lazy must by cv::operator+ at [[@LINE-1]]:14; b: lazy must by cv::operator+ at [[@LINE-1]]:14}
  auto scaled = a * 2.0;
  // CHECK: [[@LINE-1]]:3 create scaled {a: lazy must by cv::operator* at [[@LINE-1]]:17}
  auto prod = a.mul(b);
  // CHECK: [[@LINE-1]]:3 create prod {a: lazy must by cv::Mat::mul at [[@LINE-1]]:15; b: lazy must by cv::Mat::mul at [[@LINE-1]]:15}
  cv::Mat ev = a + b;
  // CHECK: [[@LINE-1]]:3 create ev {ev: same must}
  cv::Mat tr = t;
  // CHECK: [[@LINE-1]]:3 create tr {tr: same must}
}

// Shape queries and fields read no pixels.
// CHECK-LABEL: function 'metadata'
int metadata(cv::Mat img) {
  int a = img.rows + img.type() + static_cast<int>(img.total());
  // CHECK: [[#@LINE-1]]:11 read img metadata {img: same must}
  // CHECK: [[#@LINE-2]]:22 read img metadata {img: same must}
  // CHECK: [[#@LINE-3]]:52 read img metadata {img: same must}
  return a + static_cast<int>(cv::norm(img));
  // CHECK: [[#@LINE-1]]:40 read img {img: same must}
}
