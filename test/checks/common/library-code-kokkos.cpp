// Functions defined in Kokkos's own headers are the library's
// implementation: never analysed nor reported, whether the headers come in
// with -isystem or with -I, on the real Debian headers (Trilinos puts
// Kokkos_*.hpp and impl/ beside the rest of Trilinos in /usr/include/trilinos)
// and on the mocks; the bug in this file is still reported. How the probe
// works: library-code-opencv.cpp.
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- -std=c++17 -I /usr/include/trilinos 2>&1 | FileCheck %s --implicit-check-not='{{remark|warning|error}}:'
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %kokkos_flags 2>&1 | FileCheck %s --implicit-check-not='{{remark|warning|error}}:'
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %mock_I_flags 2>&1 | FileCheck %s --implicit-check-not='{{remark|warning|error}}:'
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %mock_flags 2>&1 | FileCheck %s --implicit-check-not='{{remark|warning|error}}:'
#include <Kokkos_Core.hpp>

// A subview named like a copy, written, then the original read.
double clearedRow(Kokkos::View<double **> m, int n) {
  // CHECK: :[[@LINE-1]]:8: remark: function 'clearedRow' is not analysed for aliasing
  auto backup = Kokkos::subview(m, 0, Kokkos::ALL);
  Kokkos::deep_copy(backup, 0.0);
  // CHECK: :[[@LINE-1]]:3: warning: write through 'backup' also modifies 'm': 'backup' is a view of 'm' created by 'Kokkos::subview' [aliasing-write-through-view]
  double s = 0;
  for (int j = 0; j < n; ++j)
    s += m(0, j);
  return s;
}

// A lambda passed to a library template is user code.
void fillOnes(Kokkos::View<double *> v, int n) {
  // CHECK: :[[@LINE-1]]:6: remark: function 'fillOnes' is not analysed for aliasing
  Kokkos::parallel_for(n, KOKKOS_LAMBDA(int i) { v(i) = 1.0; });
  // CHECK: :[[@LINE-1]]:27: remark: function 'fillOnes(Kokkos::View<double *>, int)::(lambda)::operator()' is not analysed for aliasing
}
