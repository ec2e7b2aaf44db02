// Hostile but valid C++ (issue 14): templates instantiated with array
// types (forwarding references, variadic packs, explicit instantiation),
// if constexpr, unevaluated operands, auto&& bound to a view. Every
// diagnostic of the file is listed (check_clang_tidy.py allows no other).
// RUN: %check_clang_tidy %s 'aliasing-*' %t -- %mock_flags
#include <opencv2/core.hpp>
#include <type_traits>
#include <utility>

// A forwarding-reference helper writing its argument: its summary carries
// the write to the caller's view.
template <typename M> void clearAll(M &&m) { m.setTo(cv::Scalar(0)); }

double forwardingHelper(cv::Mat &img) {
  cv::Mat tmp = img.rowRange(0, 1);
  clearAll(tmp);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'tmp' also modifies 'img': 'tmp' is a view of 'img' created by 'cv::Mat::rowRange' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'tmp' is made a view of 'img' here
  // CHECK-MESSAGES: :[[@LINE+1]]:18: note: 'img' is read here, after the write
  return cv::sum(img)[0];
}

// A variadic helper writing every argument of its pack.
template <typename... Ms> void clearEach(Ms &...ms) { (ms.setTo(cv::Scalar(0)), ...); }

double variadicHelper(cv::Mat &img, cv::Mat &other) {
  cv::Mat tmp = img.colRange(0, 1);
  clearEach(other, tmp);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'tmp' also modifies 'img': 'tmp' is a view of 'img' created by 'cv::Mat::colRange' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'tmp' is made a view of 'img' here
  // CHECK-MESSAGES: :[[@LINE+1]]:18: note: 'img' is read here, after the write
  return cv::sum(img)[0];
}

// A template over the array type, explicitly instantiated: the
// instantiation is analysed, the dependent pattern is not, so one report.
template <typename A> double templated(A &img) {
  A tmp = img.rowRange(0, 1);
  tmp.setTo(cv::Scalar(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'tmp' also modifies 'img': 'tmp' is a view of 'img' created by 'cv::Mat::rowRange' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: 'tmp' is made a view of 'img' here
  // CHECK-MESSAGES: :[[@LINE+1]]:18: note: 'img' is read here, after the write
  return cv::sum(img)[0];
}
template double templated<cv::Mat>(cv::Mat &);

// if constexpr: each instantiation sees only its own branch. With Copy the
// write lands in a clone nobody reads; without, it reaches img.
template <bool Copy> double constexprBranch(cv::Mat &img) {
  cv::Mat tmp;
  if constexpr (Copy)
    tmp = img.rowRange(0, 1).clone();
  else
    tmp = img.rowRange(0, 1);
  tmp.setTo(cv::Scalar(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'tmp' also modifies 'img': 'tmp' is a view of 'img' created by 'cv::Mat::rowRange' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: 'tmp' is made a view of 'img' here
  // CHECK-MESSAGES: :[[@LINE+3]]:18: note: 'img' is read here, after the write
  // CHECK-MESSAGES: :[[@LINE-4]]:3: warning: write to 'tmp' is never read: 'tmp' is a copy of 'img', so 'img' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-8]]:11: note: 'tmp' is made a copy of 'img' by 'cv::Mat::clone' here
  return cv::sum(img)[0];
}
double useBoth(cv::Mat &img) { return constexprBranch<true>(img) + constexprBranch<false>(img); }

// Unevaluated operands (decltype, noexcept, sizeof) are neither writes nor
// reads: silent.
size_t unevaluated(cv::Mat &img) {
  cv::Mat tmp = img.rowRange(0, 1);
  using T = decltype(tmp.setTo(cv::Scalar(0)));
  constexpr bool nx = noexcept(tmp.setTo(cv::Scalar(1)));
  size_t s = sizeof(tmp.setTo(cv::Scalar(2)));
  (void)nx;
  return s + sizeof(T) + (size_t)cv::sum(img)[0];
}

// auto&& bound to a temporary view (lifetime-extended): not tracked as a
// view of img yet; silent rather than wrong.
double autoRefView(cv::Mat &img) {
  auto &&tmp = img.rowRange(0, 1);
  tmp.setTo(cv::Scalar(0));
  return cv::sum(img)[0];
}
