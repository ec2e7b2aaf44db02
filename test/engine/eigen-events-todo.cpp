// XFAIL: *
// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
//
// LIMITATION (engine, missing name): a named Eigen or xtensor view returned
// by value (`auto b = A.topRows(1); return b;`) is returned through the
// view type's copy constructor; namedArray() looks through copy and move
// constructors of handle types only, so the escape has no variable:
// `escape <temporary> returned {A: view ...} via b {A: view ...}`, where a
// libtorch or OpenCV handle gives `escape s returned {...}`
// (torch-events.cpp, opencv-events.cpp). eventsOf(Escape, b) finds nothing.
//   expected: `escape b returned {A: view must ...}` (no via), as for
//             handles.
//   actual:   `escape <temporary> returned {A: view must ...} via b {...}`.
#include <Eigen/Dense>
#include <xtensor/xarray.hpp>
#include <xtensor/xview.hpp>
using Eigen::MatrixXd;

// CHECK-LABEL: function 'eigenView'
auto eigenView(MatrixXd &A) {
  auto b = A.topRows(1);
  return b;
  // CHECK: [[@LINE-1]]:3 escape b returned {A: view must by Eigen::DenseBase::topRows at [[@LINE-2]]:12}{{$}}
}

// CHECK-LABEL: function 'xtensorView'
auto xtensorView(xt::xarray<double> &a) {
  auto v = xt::view(a, 0);
  return v;
  // CHECK: [[@LINE-1]]:3 escape v returned {a: view must by xt::view at [[@LINE-2]]:12}{{$}}
}
