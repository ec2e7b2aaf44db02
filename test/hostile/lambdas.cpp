// Hostile but valid C++ (issue 14): generic lambdas and lambdas capturing
// views. No crash, no nonsense diagnostic; every diagnostic of the file is
// listed (check_clang_tidy.py allows no other), so a silent function is a
// checked no-finding.
// RUN: %check_clang_tidy %s 'aliasing-*' %t -- %mock_flags
#include <opencv2/core.hpp>
#include <torch/torch.h>

void show(const torch::Tensor &t);

// A generic lambda applied to a view: its summary says it writes its
// parameter, so the write reaches img, which is read afterwards.
double genericLambda(cv::Mat &img) {
  auto zero = [](auto &m) { m.setTo(cv::Scalar(0)); };
  cv::Mat tmp = img(cv::Rect(0, 0, 2, 2));
  zero(tmp);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'tmp' also modifies 'img': 'tmp' is a view of 'img' created by 'cv::Mat::operator()' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'tmp' is made a view of 'img' here
  // CHECK-MESSAGES: :[[@LINE+1]]:18: note: 'img' is read here, after the write
  return cv::sum(img)[0];
}

// A lambda capturing the view by reference writes it when called: the
// write is reported at the call.
double captureByRef(cv::Mat &img) {
  cv::Mat tmp = img.rowRange(0, 2);
  auto clear = [&tmp] { tmp.setTo(cv::Scalar(0)); };
  clear();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'tmp' also modifies 'img': 'tmp' is a view of 'img' created by 'cv::Mat::rowRange' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-4]]:17: note: 'tmp' is made a view of 'img' here
  // CHECK-MESSAGES: :[[@LINE+1]]:18: note: 'img' is read here, after the write
  return cv::sum(img)[0];
}

// By value, a named closure holds the handle of its creation, which tmp
// may no longer be when it is called: not reported (a false negative).
double captureByValue(cv::Mat &img) {
  cv::Mat tmp = img.rowRange(0, 2);
  auto clear = [tmp]() mutable { tmp.setTo(cv::Scalar(0)); };
  clear();
  return cv::sum(img)[0];
}

// Called where it is made, a by-value capture is tmp's handle (a cv::Mat
// copy still shares img): reported.
double captureByValueCalled(cv::Mat &img) {
  cv::Mat tmp = img.rowRange(0, 2);
  [tmp]() mutable { tmp.setTo(cv::Scalar(0)); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'tmp' also modifies 'img': 'tmp' is a view of 'img' created by 'cv::Mat::rowRange' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'tmp' is made a view of 'img' here
  // CHECK-MESSAGES: :[[@LINE+1]]:18: note: 'img' is read here, after the write
  return cv::sum(img)[0];
}

// A closure that may rebind its captured handle (`dst = src` on one path)
// writes src only maybe: not reported at the call.
double mayRebind(const cv::Mat &src, bool c) {
  cv::Mat dst;
  auto f = [&] {
    if (c)
      dst = src;
    dst.setTo(cv::Scalar(0));
  };
  f();
  return cv::sum(src)[0];
}

// Intended: a lambda filling an explicit copy leaves img alone.
double captureCopy(const cv::Mat &img) {
  cv::Mat work = img.clone();
  auto clear = [&work] { work.setTo(cv::Scalar(0)); };
  clear();
  return cv::sum(img)[0] + cv::sum(work)[0];
}

// A generic lambda over a forwarding reference returning a fresh tensor:
// writing the result touches nothing of t.
void genericTorch(torch::Tensor t) {
  auto twice = [](auto &&x) { return x.mul(2); };
  torch::Tensor u = twice(t);
  u.add_(1);
}

// A closure that reads what it writes: the write is not lost.
void closureReadsItsWrite(const torch::Tensor &t) {
  torch::Tensor x = t.clone();
  auto f = [&] { x.sub_(1); show(x); };
  f();
}

// A closure writing a copy nobody reads afterwards: the write is lost.
void closureWritesLostCopy(const torch::Tensor &t) {
  torch::Tensor x = t.clone();
  auto g = [&x] { x.sub_(1); };
  g();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'x' is never read: 'x' is a copy of 't', so 't' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-4]]:21: note: 'x' is made a copy of 't' by 'at::Tensor::clone' here
}

// A lambda defined and called in a loop, capturing the loop's view.
void lambdaInLoop(cv::Mat &img, int n) {
  for (int i = 0; i < n; ++i) {
    cv::Mat row = img.row(i);
    [&] { row.setTo(cv::Scalar(i)); }();
  }
}
