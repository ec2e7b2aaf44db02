// RUN: %aliaslint --dump-provenance %s -- %xtensor_flags | FileCheck %s
// The real xtensor 0.24 headers (libxtensor-dev): a handful of facts that
// the mock-header tests (xtensor-views.cpp, xtensor-flow.cpp) also pin, so
// that the mocks are known to agree, and the parts of the model the mocks
// leave out.
#include <xtensor/xarray.hpp>
#include <xtensor/xtensor.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xstrided_view.hpp>
#include <xtensor/xindex_view.hpp>
#include <xtensor/xmanipulation.hpp>
#include <xtensor/xeval.hpp>
#include <xtensor/xnoalias.hpp>
#include <xtensor/xrandom.hpp>
#include <xtensor/xrepeat.hpp>
#include <xtensor/xmath.hpp>
#include <vector>

// CHECK-LABEL: function 'agreeWithMocks'
void agreeWithMocks(xt::xarray<double> &a, const xt::xarray<double> &b,
                    xt::xtensor<double, 2> &m) {
  auto row = xt::view(a, 0, xt::all());
  // CHECK: [[@LINE-1]]:3 create row {a: view must by xt::view at [[@LINE-1]]:14 borrows}
  auto kept = xt::view(a, xt::keep(0, 2));
  // CHECK: [[@LINE-1]]:3 create kept {a: view must by xt::view at [[@LINE-1]]:15 borrows}
  auto sv = xt::strided_view(a, {0, xt::all()});
  // CHECK: [[@LINE-1]]:3 create sv {a: view must by xt::strided_view at [[@LINE-1]]:13 borrows}
  auto t = xt::transpose(m);
  // CHECK: [[@LINE-1]]:3 create t {m: view must by xt::transpose at [[@LINE-1]]:12 borrows}
  auto rs = xt::reshape_view(a, {a.size()});
  // CHECK: [[@LINE-1]]:3 create rs {a: view must by xt::reshape_view at [[@LINE-1]]:13 borrows}
  auto iv = xt::index_view(a, std::vector<std::size_t>{0, 2});
  // CHECK: [[@LINE-1]]:3 create iv {a: view must by xt::index_view at [[@LINE-1]]:13 borrows}
  auto f = xt::filter(a, a > 0.0);
  // CHECK: [[@LINE-1]]:3 create f {a: view must by xt::filter at [[@LINE-1]]:12 borrows}
  xt::xarray<double> own = xt::view(a, 0, xt::all());
  // CHECK: [[@LINE-1]]:3 create own {own: same must; copy-of a must by xt::xarray_container at [[@LINE-1]]:28}
  auto ev = xt::eval(a + b);
  // CHECK: [[@LINE-1]]:3 create ev {ev: same must; copy-of a must by xt::eval at [[@LINE-1]]:13; copy-of b must by xt::eval at [[@LINE-1]]:13}
  auto &&same = xt::eval(a);
  // CHECK: [[@LINE-1]]:3 create same {a: same must}
  auto sum = a + b;
  // CHECK: [[@LINE-1]]:3 create sum {a: lazy must by xt::operator+ at [[@LINE-1]]:14 borrows; b: lazy must by xt::operator+ at [[@LINE-1]]:14 borrows}
  row.fill(1.0);
  // CHECK: [[@LINE-1]]:3 write row method xt::xview::fill {a: view must by xt::view at [[@LINE-23]]:14 borrows}
  kept += 1.0;
  // CHECK: [[@LINE-1]]:3 write kept compound += {a: view must by xt::view at [[@LINE-23]]:15 borrows}
  a(0, 1) = 2.0;
  // CHECK: [[@LINE-1]]:3 write <temporary> element result-discarded {a: same must; element}
  xt::view(a, 1) = xt::view(b, 0);
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {a: view must by xt::view at [[@LINE-1]]:3 borrows}
  xt::noalias(a) = a + b;
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {a: view must by xt::noalias at [[@LINE-1]]:3 borrows}
}

// Beyond the mocks: roll and permutation copy, shuffle writes in place,
// repeat is lazy.
// CHECK-LABEL: function 'beyondMocks'
void beyondMocks(xt::xarray<double> &a) {
  auto rolled = xt::roll(a, 1);
  // CHECK: [[@LINE-1]]:3 create rolled {rolled: same must; copy-of a must by xt::roll at [[@LINE-1]]:17}
  auto perm = xt::random::permutation(a);
  // CHECK: [[@LINE-1]]:3 create perm {perm: same must; copy-of a must by xt::random::permutation at [[@LINE-1]]:15}
  xt::random::shuffle(a);
  // CHECK: [[@LINE-1]]:3 write a method xt::random::shuffle {a: same must}
  auto rep = xt::repeat(a, 2, 0);
  // CHECK: [[@LINE-1]]:3 create rep {a: lazy must by xt::repeat at [[@LINE-1]]:14 borrows}
}
