// Functions defined in Eigen's own headers are the library's implementation:
// never analysed nor reported, whether the headers come in with -isystem or
// with -I, on the real Debian headers and on the mocks; the bug in this file
// is still reported. How the probe works: library-code-opencv.cpp.
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %eigen_I_flags 2>&1 | FileCheck %s --implicit-check-not='{{remark|warning|error}}:'
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %eigen_flags 2>&1 | FileCheck %s --implicit-check-not='{{remark|warning|error}}:'
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %mock_I_flags 2>&1 | FileCheck %s --implicit-check-not='{{remark|warning|error}}:'
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %mock_flags 2>&1 | FileCheck %s --implicit-check-not='{{remark|warning|error}}:'
#include <Eigen/Dense>
using Eigen::MatrixXd;

// topRows() is a Block, not a backup.
double scaleBackup(MatrixXd &A) {
  // CHECK: :[[@LINE-1]]:8: remark: function 'scaleBackup' is not analysed for aliasing
  auto backup = A.topRows(2);
  backup *= 0.5;
  // CHECK: :[[@LINE-1]]:3: warning: write through 'backup' also modifies 'A': 'backup' is a view of 'A' created by 'Eigen::DenseBase::topRows' [aliasing-write-through-view]
  double now = A.sum();
  return now - backup.sum();
}

// A user template instantiated with Eigen types is user code; the Eigen
// templates it instantiates (operator*, sum, ...) are not.
template <class M> double traceOfSquare(const M &A) { return (A * A).trace(); }
// CHECK: :[[@LINE-1]]:27: remark: function 'traceOfSquare' is not analysed for aliasing
double useTemplate(const MatrixXd &A) { return traceOfSquare(A); }
// CHECK: :[[@LINE-1]]:8: remark: function 'useTemplate' is not analysed for aliasing
