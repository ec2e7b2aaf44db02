// Every case runs on the mock headers and on the real Debian headers.
// RUN: %check_clang_tidy %s aliasing-overlapping-assignment %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-overlapping-assignment %t.real -- %xtensor_flags
// The fixed files compile, and leave nothing to report:
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %xtensor_flags %t.real.cpp
// RUN: %check_clang_tidy %t.cpp aliasing-overlapping-assignment %t.refix -- %mock_flags
// RUN: %check_clang_tidy %t.real.cpp aliasing-overlapping-assignment %t.real.refix -- %xtensor_flags
// xtensor assigns an expression through a temporary (xsemantic_base::
// operator=), except under xt::noalias (noalias_proxy::operator= assigns
// directly): only there does a right-hand side reading the destination at
// other positions overwrite what it still reads.
#include <xtensor/xarray.hpp>
#include <xtensor/xtensor.hpp>
#include <xtensor/xmanipulation.hpp>
#include <xtensor/xnoalias.hpp>
#include <xtensor/xeval.hpp>
#include <xtensor/xview.hpp>

void positives(xt::xarray<double> &a, xt::xtensor<double, 2> &t,
               const xt::xarray<double> &b) {
  xt::noalias(a) = xt::transpose(a);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'a' reads 'a' transposed through 'xt::transpose', evaluated straight into 'a' by 'xt::noalias': coefficients of 'a' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:20: note: 'a' is read transposed here by 'xt::transpose'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'a' is written without a temporary because of 'xt::noalias' here
  // CHECK-FIXES: {{^}}  a = xt::transpose(a);{{$}}
  xt::noalias(t) += xt::transpose(t);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 't' reads 't' transposed through 'xt::transpose', evaluated straight into 't' by 'xt::noalias': coefficients of 't' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: 't' is read transposed here by 'xt::transpose'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 't' is written without a temporary because of 'xt::noalias' here
  // CHECK-FIXES: {{^}}  t += xt::transpose(t);{{$}}
  xt::noalias(a) = xt::flip(a, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'a' reads 'a' reversed through 'xt::flip', evaluated straight into 'a' by 'xt::noalias': coefficients of 'a' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:20: note: 'a' is read reversed here by 'xt::flip'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'a' is written without a temporary because of 'xt::noalias' here
  // CHECK-FIXES: {{^}}  a = xt::flip(a, 0);{{$}}
  xt::noalias(a) = 2.0 * xt::transpose(a) + b;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'a' reads 'a' transposed through 'xt::transpose', evaluated straight into 'a' by 'xt::noalias': coefficients of 'a' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:26: note: 'a' is read transposed here by 'xt::transpose'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'a' is written without a temporary because of 'xt::noalias' here
  // CHECK-FIXES: {{^}}  a = 2.0 * xt::transpose(a) + b;{{$}}
}

// Views of one array by constant slices under xt::noalias: the
// destination after the source, overlapping (range(0, -1) ends one before
// the end, `_` is the end).
void shiftedViews(xt::xarray<double> &a, xt::xtensor<double, 1> &v,
                  xt::xtensor<double, 2> &m) {
  using namespace xt::placeholders;
  xt::noalias(xt::view(a, xt::range(1, _))) = xt::view(a, xt::range(0, -1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'a' reads 'a' at shifted positions through 'xt::view', evaluated straight into 'a' by 'xt::noalias': coefficients of 'a' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:47: note: 'a' is read at shifted positions here by 'xt::view'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'a' is written without a temporary because of 'xt::noalias' here
  // CHECK-FIXES: {{^}}  xt::view(a, xt::range(1, _)) = xt::view(a, xt::range(0, -1));{{$}}
  xt::noalias(xt::view(v, xt::range(2, 5))) += xt::view(v, xt::range(0, 3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'v' reads 'v' at shifted positions through 'xt::view', evaluated straight into 'v' by 'xt::noalias': coefficients of 'v' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:48: note: 'v' is read at shifted positions here by 'xt::view'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'v' is written without a temporary because of 'xt::noalias' here
  // CHECK-FIXES: {{^}}  xt::view(v, xt::range(2, 5)) += xt::view(v, xt::range(0, 3));{{$}}
  xt::noalias(xt::view(m, xt::range(1, 3), xt::all())) = xt::view(m, xt::range(0, 2), xt::all());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to 'm' reads 'm' at shifted positions through 'xt::view', evaluated straight into 'm' by 'xt::noalias': coefficients of 'm' are overwritten before they are read [aliasing-overlapping-assignment]
  // CHECK-MESSAGES: :[[@LINE-2]]:58: note: 'm' is read at shifted positions here by 'xt::view'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'm' is written without a temporary because of 'xt::noalias' here
  // CHECK-FIXES: {{^}}  xt::view(m, xt::range(1, 3), xt::all()) = xt::view(m, xt::range(0, 2), xt::all());{{$}}
}

// Silent: without xt::noalias (a temporary), the destination before the
// source, disjoint or identical views, xt::eval on the right, bounds that
// are no constants (whether they count from the end is not known).
void viewsNotProven(xt::xtensor<double, 1> &v, std::ptrdiff_t k) {
  using namespace xt::placeholders;
  xt::view(v, xt::range(1, _)) = xt::view(v, xt::range(0, -1));
  xt::noalias(xt::view(v, xt::range(0, -1))) = xt::view(v, xt::range(1, _));
  xt::noalias(xt::view(v, xt::range(0, 2))) = xt::view(v, xt::range(2, 4));
  xt::noalias(xt::view(v, xt::range(0, 3))) = 2.0 * xt::view(v, xt::range(0, 3));
  xt::noalias(xt::view(v, xt::range(1, _))) = xt::eval(xt::view(v, xt::range(0, -1)));
  xt::noalias(xt::view(v, xt::range(k + 1, k + 4))) = xt::view(v, xt::range(k, k + 3));
}

// Silent: without xt::noalias (a temporary, also for `+=`, which is
// `*this = *this + e`), element-wise self-assignment under noalias, a 1-d
// tensor transposed (its own elements), xt::eval on the right.
void negatives(xt::xarray<double> &a, xt::xtensor<double, 1> &v,
               const xt::xarray<double> &b) {
  a = xt::transpose(a);
  a = xt::flip(a, 0);
  a += xt::transpose(a);
  xt::noalias(a) = 2.0 * a + b;
  xt::noalias(v) = xt::transpose(v);
  xt::noalias(a) = xt::eval(xt::transpose(a));
  xt::noalias(a) = xt::transpose(b);
}
