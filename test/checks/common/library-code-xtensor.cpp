// Functions defined in xtensor's own headers are the library's
// implementation: never analysed nor reported, whether the headers come in
// with -isystem or with -I (for /usr/include, a system directory whatever
// the flags, emulated by --no-system-header-prefix), on the real Debian
// headers and on the mocks; the bug in this file is still reported. How the probe works: library-code-opencv.cpp.
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %xtensor_I_flags 2>&1 | FileCheck %s --implicit-check-not='{{remark|warning|error}}:'
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %xtensor_flags 2>&1 | FileCheck %s --implicit-check-not='{{remark|warning|error}}:'
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %mock_I_flags 2>&1 | FileCheck %s --implicit-check-not='{{remark|warning|error}}:'
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %mock_flags 2>&1 | FileCheck %s --implicit-check-not='{{remark|warning|error}}:'
#include <xtensor/xarray.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xindex_view.hpp>
#include <xtensor/xmath.hpp>
using arr = xt::xarray<double>;

// keep() selects rows into a view, not a copy.
double bumpKept(arr &a) {
  // CHECK: :[[@LINE-1]]:8: remark: function 'bumpKept' is not analysed for aliasing
  auto backup = xt::view(a, xt::keep(0, 2));
  backup += 1.0;
  // CHECK: :[[@LINE-1]]:3: warning: write through 'backup' also modifies 'a': 'backup' is a view of 'a' created by 'xt::view' [aliasing-write-through-view]
  double total = xt::sum(a)();
  return total - xt::sum(backup)();
}

// A user template instantiated with a library type is user code.
template <class E> double total(const E &e) { return xt::sum(e)(); }
// CHECK: :[[@LINE-1]]:27: remark: function 'total' is not analysed for aliasing
double useTemplate(const arr &a) { return total(a); }
// CHECK: :[[@LINE-1]]:8: remark: function 'useTemplate' is not analysed for aliasing
