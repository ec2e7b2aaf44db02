// Functions defined in Armadillo's own headers are the library's
// implementation: never analysed nor reported, whether the headers come in
// from /usr/include (a system directory whatever the flags, emulated by
// --no-system-header-prefix) or from the mocks with -I or -isystem; the bug
// in this file is still reported. How the probe works: library-code-opencv.cpp.
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %armadillo_flags --no-system-header-prefix=armadillo 2>&1 | FileCheck %s --implicit-check-not='{{remark|warning|error}}:'
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %armadillo_flags 2>&1 | FileCheck %s --implicit-check-not='{{remark|warning|error}}:'
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %mock_I_flags 2>&1 | FileCheck %s --implicit-check-not='{{remark|warning|error}}:'
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %mock_flags 2>&1 | FileCheck %s --implicit-check-not='{{remark|warning|error}}:'
#include <armadillo>

// A subview named like a copy, written, then the original read.
double clearedBlock(arma::mat &A) {
  // CHECK: :[[@LINE-1]]:8: remark: function 'clearedBlock' is not analysed for aliasing
  auto backup = A.submat(0, 0, 1, 1);
  backup.zeros();
  // CHECK: :[[@LINE-1]]:3: warning: write through 'backup' also modifies 'A': 'backup' is a view of 'A' created by 'arma::Mat::submat' [aliasing-write-through-view]
  return arma::accu(A);
}
