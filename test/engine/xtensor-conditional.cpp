// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
//
// Fixed; kept as a regression test. The notes below describe the bug it pins.
//
// BUG (engine): the conditional operator drops provenance (see
// eigen-conditional-todo.cpp).
//   expected: `v` a view of a on every path.
//   actual:   `create v {v: same must}`.
#include <xtensor/xarray.hpp>
#include <xtensor/xview.hpp>

// CHECK-LABEL: function 'pickRow'
void pickRow(xt::xarray<double> &a, bool flag) {
  auto v = flag ? xt::view(a, 0) : xt::view(a, 1);
  // CHECK: [[@LINE-1]]:3 create v {a: view must by xt::view at [[@LINE-1]]:{{[0-9]+}} borrows}
}
