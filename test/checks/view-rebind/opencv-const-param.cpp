// A rebound temporary view of a const parameter is reported without the
// copyTo fix-it: applied, it would write the caller's const array (and be
// reported by aliasing-const-write-through-view).
// RUN: %check_clang_tidy %s aliasing-view-rebind %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-view-rebind %t.real -- %opencv_flags
// The fixed files, analysed by every check: the rebind left (exit 1) and
// nothing else.
// RUN: not %aliaslint --quiet %t.cpp -- %mock_flags | FileCheck %s --check-prefix=ALL --implicit-check-not=warning:
// RUN: not %aliaslint --quiet %t.real.cpp -- %opencv_flags | FileCheck %s --check-prefix=ALL --implicit-check-not=warning:
// ALL: warning: assignment to a temporary view of 'A' rebinds the temporary and writes no element: 'A' is NOT modified [aliasing-view-rebind]
#include <opencv2/core.hpp>

void rowRebindConst(const cv::Mat &A) {
  A.row(0) = A.row(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to a temporary view of 'A' rebinds the temporary and writes no element: 'A' is NOT modified [aliasing-view-rebind]
  // CHECK-FIXES: A.row(0) = A.row(1);
}

// A non-const one keeps its fix-it.
void rowRebind(cv::Mat &A) {
  A.row(0) = A.row(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to a temporary view of 'A' rebinds the temporary and writes no element: 'A' is NOT modified [aliasing-view-rebind]
  // CHECK-FIXES: A.row(1).copyTo(A.row(0));
}
