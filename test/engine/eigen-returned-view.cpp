// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
//
// A named Eigen or xtensor view returned by value (`auto b = A.topRows(1);
// return b;`) goes through the view type's copy constructor, which the
// engine looks through as for handles: the escape names b (it was once
// `escape <temporary> returned {...} via b`, and eventsOf(Escape, b) found
// nothing).
#include <Eigen/Dense>
#include <xtensor/xarray.hpp>
#include <xtensor/xview.hpp>
using Eigen::MatrixXd;

// CHECK-LABEL: function 'eigenView'
auto eigenView(MatrixXd &A) {
  auto b = A.topRows(1);
  return b;
  // CHECK: [[@LINE-1]]:3 escape b returned {A: view must by Eigen::DenseBase::topRows at [[@LINE-2]]:12 borrows}{{$}}
}

// CHECK-LABEL: function 'xtensorView'
auto xtensorView(xt::xarray<double> &a) {
  auto v = xt::view(a, 0);
  return v;
  // CHECK: [[@LINE-1]]:3 escape v returned {a: view must by xt::view at [[@LINE-2]]:12 borrows}{{$}}
}
