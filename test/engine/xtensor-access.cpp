// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
// RUN: %aliaslint --dump-provenance %s -- %xtensor_flags | FileCheck %s
// Link::Access on xtensor (model keys `access`): xt::noalias makes the
// destination direct, xt::transpose / xt::flip read transposed / reversed;
// the same on the mocks and on the real xtensor 0.24 headers.
#include <xtensor/xarray.hpp>
#include <xtensor/xmanipulation.hpp>
#include <xtensor/xnoalias.hpp>

// CHECK-LABEL: function 'access'
void access(xt::xarray<double> &a, const xt::xarray<double> &b) {
  xt::noalias(a) = xt::transpose(a);
  // CHECK: [[@LINE-1]]:3 write <temporary> assign {{.*}} access-to {a: direct} access-from {a: transposed}{{$}}
  a = xt::flip(a, 0) + b;
  // CHECK: [[@LINE-1]]:3 write a assign operator= {{.*}} access-from {a: reversed; b: elementwise}{{$}}
  xt::noalias(a) = a + b;
  // CHECK: [[@LINE-1]]:3 write <temporary> assign {{.*}} access-to {a: direct}{{$}}
}
