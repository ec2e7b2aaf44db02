// After an error that makes the TU uncompilable, no function is analysed
// (its AST has holes), as clang-tidy's own dataflow checks do: the
// compiler's error is shown, no aliasing finding, and no crash (clang-tidy
// exits 1 for the error; a crash would exit otherwise).
// MaxFunctionElements 0 would name any function analysed in a remark.
// RUN: %expect_exit 1 %clang-tidy -load %plugin --checks='-*,aliasing-*' \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %mock_flags > %t.out 2>&1
// RUN: FileCheck %s --input-file=%t.out --implicit-check-not='{{remark|warning|error}}:'
#include <opencv2/core.hpp>

// Reported in a TU that compiles (write-through-view/opencv.cpp).
cv::Mat clearBackup(cv::Mat &img) {
  cv::Mat backup = img;
  backup.setTo(cv::Scalar::all(0));
  return img;
}

void broken(cv::Mat &img) { img.row(0).setTo(undeclared); }
// CHECK: :[[@LINE-1]]:46: error: use of undeclared identifier 'undeclared' [clang-diagnostic-error]
