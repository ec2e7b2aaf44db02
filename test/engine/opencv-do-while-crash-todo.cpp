// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
//
// CRASH (engine). Any function containing `do { ... } while (0)` (every
// CV_Assert) or `for (;;) { ... break; }` crashes the engine: the CFG has
// null successors (unreachable back edges), and FunctionAnalysis::run()
// builds llvm::ReversePostOrderTraversal<const CFG *> over it, which
// dereferences them (segfault in po_iterator::traverseChild). clang-tidy
// with any aliasing-* check and aliaslint crash on such a translation unit.
// Minimal repro: `void f(int x) { do { } while (0); }`.
// Expected: the facts below.
// Actual:   a crash (stack dump), no output.
#include <opencv2/core.hpp>

// CHECK-LABEL: function 'paste'
void paste(const cv::Mat &src, cv::Mat &dst, cv::Rect where) {
  CV_Assert(where.width == src.cols && where.height == src.rows);
  src.copyTo(dst(where));
  // CHECK: [[@LINE-1]]:3 write <temporary> output-arg cv::Mat::copyTo result-discarded {dst: view must by cv::Mat::operator() at [[@LINE-1]]:14}
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
  // CHECK: [[@LINE-1]]:3 write <temporary> method cv::Mat::setTo result-discarded {m: view must by cv::Mat::row at [[@LINE-1]]:3}
  return i;
}
