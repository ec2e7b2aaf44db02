// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
// RUN: %aliaslint --dump-provenance %s -- %opencv_flags | FileCheck %s
//
// What OpenCV events carry beside the target's facts, on the mock and the
// real OpenCV 4.6 headers (same output): a write's source (`assigns` for
// `= MatExpr`, setTo; `from` for `+=`), a rebind's `was` (named headers and
// temporary ROIs: `Mat = Mat` always rebinds), the facts of the variable a
// temporary comes from (`via`), and escapes.
// (A named ROI assigned a MatExpr of other operands may be reallocated:
// opencv-events-todo.cpp.)
#include <opencv2/core.hpp>

// `= Scalar` fills (no facts, no `assigns`); `= MatExpr` writes the
// expression, which is lazy over its operands: `m.row(i) = m.row(i) * 2`
// reads m while writing it.
// CHECK-LABEL: function 'assignSource'
void assignSource(cv::Mat m, cv::Mat a, cv::Mat b, int i) {
  cv::Mat roi = m(cv::Rect(0, 0, 2, 2));
  // CHECK: [[#AR:@LINE-1]]:3 create roi {m: view must by cv::Mat::operator() at [[#@LINE-1]]:17}{{$}}
  roi = cv::Scalar(0);
  // CHECK: [[@LINE-1]]:3 write roi assign operator= {m: view must by cv::Mat::operator() at [[#AR]]:17}{{$}}
  m.row(i) = m.row(i) * 2;
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {m: view must by cv::Mat::row at [[@LINE-1]]:3} assigns {m: lazy must by cv::operator* at [[@LINE-1]]:14} via m {m: same must}{{$}}
  m.row(0) = a + b;
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {m: view must by cv::Mat::row at [[@LINE-1]]:3} assigns {a: lazy must by cv::operator+ at [[@LINE-1]]:14; b: lazy must by cv::operator+ at [[@LINE-1]]:14} via m {m: same must}{{$}}
  roi = roi * 2;
  // CHECK: [[@LINE-1]]:3 write roi assign operator= {m: view must by cv::Mat::operator() at [[#AR]]:17} assigns {m: lazy must by cv::operator* at [[@LINE-1]]:9}{{$}}
}

// Compound assignments: the operand is `from` (Mat, ROI or MatExpr).
// CHECK-LABEL: function 'compoundSource'
void compoundSource(cv::Mat m, cv::Mat a) {
  cv::Mat roi = m(cv::Rect(0, 0, 2, 2));
  // CHECK: [[#CR:@LINE-1]]:3 create roi {m: view must by cv::Mat::operator() at [[#@LINE-1]]:17}{{$}}
  roi += a;
  // CHECK: [[@LINE-1]]:3 write roi compound += {m: view must by cv::Mat::operator() at [[#CR]]:17} from {a: same must}{{$}}
  roi -= m.row(1);
  // CHECK: [[@LINE-1]]:3 write roi compound -= {m: view must by cv::Mat::operator() at [[#CR]]:17} from {m: view must by cv::Mat::row at [[@LINE-1]]:10}{{$}}
  m.row(0) += m.row(1) * 0.5;
  // CHECK: [[@LINE-1]]:3 write <temporary> compound += result-discarded {m: view must by cv::Mat::row at [[@LINE-1]]:3} from {m: lazy must by cv::operator* at [[@LINE-1]]:15} via m {m: same must}{{$}}
}

// setTo is `assigns: 0`: its value's facts (a Mat value) are the source; a
// Scalar has none.
// CHECK-LABEL: function 'assignsMethods'
void assignsMethods(cv::Mat m, cv::Mat a) {
  cv::Mat roi = m.rowRange(0, 2);
  // CHECK: [[#MR:@LINE-1]]:3 create roi {m: view must by cv::Mat::rowRange at [[#@LINE-1]]:17}{{$}}
  roi.setTo(a);
  // CHECK: [[@LINE-1]]:3 write roi method cv::Mat::setTo {m: view must by cv::Mat::rowRange at [[#MR]]:17} assigns {a: same must}{{$}}
  roi.setTo(cv::Scalar(1));
  // CHECK: [[@LINE-1]]:3 write roi method cv::Mat::setTo {m: view must by cv::Mat::rowRange at [[#MR]]:17}{{$}}
  m.col(0).setTo(roi);
  // CHECK: [[@LINE-1]]:3 write <temporary> method cv::Mat::setTo result-discarded {m: view must by cv::Mat::col at [[@LINE-1]]:3} assigns {m: view must by cv::Mat::rowRange at [[#MR]]:17} via m {m: same must}{{$}}
}

// `Mat = Mat` rebinds a named header (`was`: the ROI it was) and a
// temporary one (`A.row(i) = A.row(j)` writes nothing: after is the
// right-hand side); `was` keeps a join's may-facts.
// CHECK-LABEL: function 'rebinds'
void rebinds(cv::Mat A, cv::Mat B, int i, int j, bool c) {
  cv::Mat r = A.col(0);
  // CHECK: [[#RR:@LINE-1]]:3 create r {A: view must by cv::Mat::col at [[#@LINE-1]]:15}{{$}}
  r = B.col(0);
  // CHECK: [[#RB:@LINE-1]]:3 rebind r {B: view must by cv::Mat::col at [[#@LINE-1]]:7} was {A: view must by cv::Mat::col at [[#RR]]:15}{{$}}
  A.row(i) = A.row(j);
  // CHECK-NOT: write
  // CHECK: [[@LINE-2]]:3 rebind <temporary> {A: view must by cv::Mat::row at [[@LINE-2]]:14} was {A: view must by cv::Mat::row at [[@LINE-2]]:3} via A {A: same must}{{$}}
  A.row(i) = B;
  // CHECK-NOT: write
  // CHECK: [[@LINE-2]]:3 rebind <temporary> {B: same must} was {A: view must by cv::Mat::row at [[@LINE-2]]:3} via A {A: same must}{{$}}
  if (c)
    r = A;
  // CHECK: [[@LINE-1]]:5 rebind r {A: same must} was {B: view must by cv::Mat::col at [[#RB]]:7}{{$}}
  r = cv::Mat();
  // CHECK: [[@LINE-1]]:3 rebind r {r: same must} was {A: same may; B: view may by cv::Mat::col at [[#RB]]:7}{{$}}
  // CHECK-NOT: write
}

// `via`: the named variable's own facts, through a named ROI too.
// CHECK-LABEL: function 'via'
void via(cv::Mat Jt, cv::Mat J) {
  Jt.row(0).setTo(0);
  // CHECK: [[@LINE-1]]:3 write <temporary> method cv::Mat::setTo result-discarded {Jt: view must by cv::Mat::row at [[@LINE-1]]:3} via Jt {Jt: same must}{{$}}
  cv::Mat r = Jt.rowRange(0, 2);
  // CHECK: [[#VR:@LINE-1]]:3 create r {Jt: view must by cv::Mat::rowRange at [[#@LINE-1]]:15}{{$}}
  r.row(0).setTo(0);
  // CHECK: [[@LINE-1]]:3 write <temporary> method cv::Mat::setTo result-discarded {Jt: view must by cv::Mat::row at [[@LINE-1]]:3} via r {Jt: view must by cv::Mat::rowRange at [[#VR]]:15}{{$}}
  J.copyTo(Jt.row(1));
  // CHECK: [[@LINE-1]]:3 write <temporary> output-arg cv::Mat::copyTo result-discarded {Jt: view must by cv::Mat::row at [[@LINE-1]]:12} via Jt {Jt: same must}{{$}}
}

// Escapes: a returned ROI (named or not), a header stored in a field (a
// rebind of the field), a ROI captured by reference.
// CHECK-LABEL: function 'returnView'
cv::Mat returnView(cv::Mat m) {
  cv::Mat roi = m.row(0);
  return roi;
  // CHECK: [[@LINE-1]]:3 escape roi returned {m: view must by cv::Mat::row at [[@LINE-2]]:17}{{$}}
}
// CHECK-LABEL: function 'returnExpr'
cv::Mat returnExpr(cv::Mat m) {
  return m.col(0);
  // CHECK: [[@LINE-1]]:3 escape <temporary> returned {m: view must by cv::Mat::col at [[@LINE-1]]:10} via m {m: same must}{{$}}
}

struct Tracker {
  cv::Mat prev_;
  // CHECK-LABEL: function 'Tracker::keep'
  void keep(cv::Mat cur) {
    this->prev_ = cur;
    // CHECK: [[@LINE-1]]:5 rebind prev_ {cur: same must} was {prev_: same must}{{$}}
    // CHECK: [[@LINE-2]]:5 escape cur stored {cur: same must}{{$}}
  }
  // CHECK-LABEL: function 'Tracker::keepRoi'
  void keepRoi(cv::Mat cur) {
    prev_ = cur.row(0);
    // CHECK: [[@LINE-1]]:5 rebind prev_ {cur: view must by cv::Mat::row at [[@LINE-1]]:13} was {prev_: same must}{{$}}
    // CHECK: [[@LINE-2]]:5 escape <temporary> stored {cur: view must by cv::Mat::row at [[@LINE-2]]:13} via cur {cur: same must}{{$}}
  }
};

// CHECK-LABEL: function 'captured'
void captured(cv::Mat m) {
  cv::Mat roi = m.row(0);
  auto f = [&roi] { roi.setTo(0); };
  // CHECK: [[@LINE-1]]:12 escape roi captured {m: view must by cv::Mat::row at [[@LINE-2]]:17}{{$}}
  f();
}

// Passed to code neither modelled nor summarised: it may keep the header.
void keep(const cv::Mat &m);
// CHECK-LABEL: function 'handOff'
void handOff(cv::Mat &img) {
  cv::Mat roi = img(cv::Rect(0, 0, 2, 2));
  keep(roi);
  // CHECK: [[@LINE-1]]:3 escape roi passed {img: view must by cv::Mat::operator() at [[@LINE-2]]:17}
}
