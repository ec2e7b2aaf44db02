// Hostile but valid C++ (issue 14): user classes deriving from cv::Mat and
// at::Tensor, member functions writing members through views, globals and
// statics, default arguments creating views, mutually recursive same-TU
// helpers passing views. Every diagnostic of the file is listed
// (check_clang_tidy.py allows no other).
// RUN: %check_clang_tidy %s 'aliasing-*' %t -- %mock_flags
#include <opencv2/core.hpp>
#include <torch/torch.h>

// A user class deriving from cv::Mat is a cv::Mat handle.
struct Image : cv::Mat {
  using cv::Mat::Mat;
  Image(const cv::Mat &m) : cv::Mat(m) {}
};
double derivedFromMat(cv::Mat &img) {
  Image tmp = img.rowRange(0, 1);
  tmp.setTo(cv::Scalar(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'tmp' also modifies 'img': 'tmp' is a view of 'img' created by 'cv::Mat::rowRange' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'tmp' is made a view of 'img' here
  // CHECK-MESSAGES: :[[@LINE+1]]:18: note: 'img' is read here, after the write
  return cv::sum(img)[0];
}

// A user class deriving from at::Tensor: a second handle to t's data, so
// the lost write is one to a copy of t (as for a plain `Tensor w = t`).
struct Weights : at::Tensor {
  Weights(const at::Tensor &t) : at::Tensor(t) {}
};
void derivedFromTensor(torch::Tensor t, torch::Tensor idx) {
  Weights w = t;
  w.index({idx}) = 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 't' is lost: 'at::Tensor::index' with an advanced (tensor or mask) index returns a copy, so 't' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-FIXES: w.index_put_({idx}, 0);
}

// A member function writing a member through a view of it; the member is
// named, not `this`.
struct Canvas {
  cv::Mat pixels;
  double clearTop() {
    cv::Mat tmp = pixels.rowRange(0, 1);
    tmp.setTo(cv::Scalar(0));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write through 'tmp' also modifies 'pixels': 'tmp' is a view of 'pixels' created by 'cv::Mat::rowRange' [aliasing-write-through-view]
    // CHECK-MESSAGES: :[[@LINE-3]]:19: note: 'tmp' is made a view of 'pixels' here
    // CHECK-MESSAGES: :[[@LINE+1]]:20: note: 'pixels' is read here, after the write
    return cv::sum(pixels)[0];
  }
  // Intended: a view named as one, written to change the member.
  void clearBand() {
    cv::Mat band = pixels.rowRange(0, 1);
    band.setTo(cv::Scalar(0));
  }
};

// A static local made a view of a global once, written on every call.
cv::Mat globalImage;
double globals() {
  static cv::Mat tmp = globalImage.rowRange(0, 1);
  tmp.setTo(cv::Scalar(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'tmp' also modifies 'globalImage': 'tmp' is a view of 'globalImage' created by 'cv::Mat::rowRange' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:24: note: 'tmp' is made a view of 'globalImage' here
  // CHECK-MESSAGES: :[[@LINE+1]]:18: note: 'globalImage' is read here, after the write
  return cv::sum(globalImage)[0];
}

// A default argument that creates a view of a global: the callee writes
// its own parameter, the caller passes nothing it named. Silent.
double fill(cv::Mat m = globalImage.rowRange(0, 1)) {
  m.setTo(cv::Scalar(0));
  return cv::sum(m)[0];
}
double callsDefault() { return fill() + cv::sum(globalImage)[0]; }

// Mutually recursive helpers passing views down: the summaries of a
// recursive cycle stop at the cycle (no hang, no report).
void evenRows(cv::Mat m, int n);
void oddRows(cv::Mat m, int n) {
  if (n > 0)
    evenRows(m.rowRange(0, m.rows - 1), n - 1);
}
void evenRows(cv::Mat m, int n) {
  m.row(0).setTo(cv::Scalar(n));
  if (n > 0)
    oddRows(m, n - 1);
}
double recursive(cv::Mat &img) {
  cv::Mat tmp = img.rowRange(0, 4);
  oddRows(tmp, 3);
  return cv::sum(img)[0];
}
