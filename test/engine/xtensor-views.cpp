// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
// xtensor: what the engine infers from the types (xview, xstrided_view,
// xindex_view are views, even with keep/drop/index lists/masks, unlike
// NumPy; xfunction is lazy; xarray/xtensor own) and from the model (eval).
#include <xtensor/xarray.hpp>
#include <xtensor/xtensor.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xstrided_view.hpp>
#include <xtensor/xindex_view.hpp>
#include <xtensor/xmanipulation.hpp>
#include <xtensor/xadapt.hpp>
#include <xtensor/xeval.hpp>
#include <xtensor/xnoalias.hpp>
#include <xtensor/xmath.hpp>
#include <vector>

// CHECK-LABEL: function 'views'
void views(xt::xarray<double> &a, xt::xtensor<double, 2> &m) {
  auto row = xt::view(a, 0, xt::all());
  // CHECK: [[@LINE-1]]:3 create row {a: view must by xt::view at [[@LINE-1]]:14 borrows}
  auto rng = xt::view(a, xt::range(1, 3), xt::all());
  // CHECK: [[@LINE-1]]:3 create rng {a: view must by xt::view at [[@LINE-1]]:14 borrows}
  auto kept = xt::view(a, xt::keep(0, 2));
  // CHECK: [[@LINE-1]]:3 create kept {a: view must by xt::view at [[@LINE-1]]:15 borrows}
  auto dropped = xt::view(a, xt::drop(0));
  // CHECK: [[@LINE-1]]:3 create dropped {a: view must by xt::view at [[@LINE-1]]:18 borrows}
  auto axis = xt::view(m, xt::all(), xt::newaxis(), 1);
  // CHECK: [[@LINE-1]]:3 create axis {m: view must by xt::view at [[@LINE-1]]:15 borrows}
  auto r = xt::row(m, 1);
  // CHECK: [[@LINE-1]]:3 create r {m: view must by xt::row at [[@LINE-1]]:12 borrows}
  auto c = xt::col(m, 0);
  // CHECK: [[@LINE-1]]:3 create c {m: view must by xt::col at [[@LINE-1]]:12 borrows}
  auto sv = xt::strided_view(a, {0, xt::all()});
  // CHECK: [[@LINE-1]]:3 create sv {a: view must by xt::strided_view at [[@LINE-1]]:13 borrows}
  auto t = xt::transpose(m);
  // CHECK: [[@LINE-1]]:3 create t {m: view must by xt::transpose at [[@LINE-1]]:12 borrows}
  auto rs = xt::reshape_view(a, {a.size()});
  // CHECK: [[@LINE-1]]:3 create rs {a: view must by xt::reshape_view at [[@LINE-1]]:13 borrows}
  auto flat = xt::flatten(m);
  // CHECK: [[@LINE-1]]:3 create flat {m: view must by xt::flatten at [[@LINE-1]]:15 borrows}
  auto fl = xt::flip(a, 0);
  // CHECK: [[@LINE-1]]:3 create fl {a: view must by xt::flip at [[@LINE-1]]:13 borrows}
  auto vv = xt::view(row, xt::range(0, 2));
  // CHECK: [[@LINE-1]]:3 create vv {a: view must by xt::view at [[@LINE-1]]:13 borrows}
}

// CHECK-LABEL: function 'indexViews'
void indexViews(xt::xarray<double> &a, std::vector<std::size_t> &buf) {
  auto iv = xt::index_view(a, std::vector<std::size_t>{0, 2});
  // CHECK: [[@LINE-1]]:3 create iv {a: view must by xt::index_view at [[@LINE-1]]:13 borrows}
  auto f = xt::filter(a, a > 0.0);
  // CHECK: [[@LINE-1]]:3 create f {a: view must by xt::filter at [[@LINE-1]]:12 borrows}
  xt::filtration(a, a < 0.0) = 0.0;
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {a: view must by xt::filtration at [[@LINE-1]]:3 borrows}
  // A std::vector is not an array the model knows: the adaptor over it is
  // its own root (writes through it are writes to 'ad').
  auto ad = xt::adapt(buf, {2, 2});
  // CHECK: [[@LINE-1]]:3 create ad {ad: same must}
}

// CHECK-LABEL: function 'copiesAndSame'
void copiesAndSame(xt::xarray<double> &a, const xt::xarray<double> &b) {
  xt::xarray<double> own = xt::view(a, 0, xt::all());
  // CHECK: [[@LINE-1]]:3 create own {own: same must; copy-of a must by xt::xarray_container at [[@LINE-1]]:28}
  xt::xtensor<double, 1> kept = xt::view(a, xt::keep(0, 2));
  // CHECK: [[@LINE-1]]:3 create kept {kept: same must; copy-of a must by xt::xtensor_container at [[@LINE-1]]:33}
  auto cp = a;
  // CHECK: [[@LINE-1]]:3 create cp {cp: same must; copy-of a must by xt::xarray_container at [[@LINE-1]]:13}
  auto ev = xt::eval(a + b);
  // CHECK: [[@LINE-1]]:3 create ev {ev: same must; copy-of a must by xt::eval at [[@LINE-1]]:13; copy-of b must by xt::eval at [[@LINE-1]]:13}
  auto vev = xt::eval(xt::view(a, 0));
  // CHECK: [[@LINE-1]]:3 create vev {vev: same must; copy-of a must by xt::eval at [[@LINE-1]]:14}
  auto &&same = xt::eval(a);
  // CHECK: [[@LINE-1]]:3 create same {a: same must}
  auto notSame = xt::eval(a);
  // CHECK: [[@LINE-1]]:3 create notSame {notSame: same must; copy-of a must by xt::xarray_container at [[@LINE-1]]:18}
  auto rolled = xt::roll(a, 1);
  // CHECK: [[@LINE-1]]:3 create rolled {rolled: same must; copy-of a must by xt::roll at [[@LINE-1]]:17}
  xt::xarray<double> later;
  later = xt::transpose(a);
  later.fill(0.0);
  // CHECK: [[@LINE-3]]:3 create later {later: same must}
  // CHECK: [[@LINE-3]]:3 write later assign operator= {later: same must}
  // CHECK: [[@LINE-3]]:3 write later method xt::xcontainer::fill {later: same must; copy-of a must by operator= at [[@LINE-4]]:11}
}

// CHECK-LABEL: function 'lazy'
void lazy(xt::xarray<double> &a, const xt::xarray<double> &b) {
  auto sum = a + b;
  // CHECK: [[@LINE-1]]:3 create sum {a: lazy must by xt::operator+ at [[@LINE-1]]:14 borrows; b: lazy must by xt::operator+ at [[@LINE-1]]:14 borrows}
  auto scaled = a * 2.0;
  // CHECK: [[@LINE-1]]:3 create scaled {a: lazy must by xt::operator* at [[@LINE-1]]:17 borrows}
  auto s = xt::sin(a);
  // CHECK: [[@LINE-1]]:3 create s {a: lazy must by xt::sin at [[@LINE-1]]:12 borrows}
  auto red = xt::sum(a, {0});
  // CHECK: [[@LINE-1]]:3 create red {a: lazy must by xt::sum at [[@LINE-1]]:14 borrows}
  xt::xarray<double> done = sum;
  // CHECK: [[@LINE-1]]:3 create done {done: same must; copy-of a must by xt::xarray_container at [[@LINE-1]]:29; copy-of b must by xt::xarray_container at [[@LINE-1]]:29}
}

// CHECK-LABEL: function 'writes'
void writes(xt::xarray<double> &a, xt::xarray<double> &b, double x) {
  auto v = xt::view(a, 0, xt::all());
  a.fill(0.0);
  // CHECK: [[@LINE-2]]:3 create v {a: view must by xt::view at [[@LINE-2]]:12 borrows}
  // CHECK: [[@LINE-2]]:3 write a method xt::xcontainer::fill {a: same must}
  v.fill(x);
  // CHECK: [[@LINE-1]]:3 write v method xt::xview::fill {a: view must by xt::view at [[@LINE-5]]:12 borrows}
  a += b;
  // CHECK: [[@LINE-1]]:3 write a compound += {a: same must}
  v *= 2.0;
  // CHECK: [[@LINE-1]]:3 write v compound *= {a: view must by xt::view at [[@LINE-9]]:12 borrows}
  a(0, 1) = x;
  // CHECK: [[@LINE-1]]:3 write <temporary> element result-discarded {a: same must; element}
  v(1) += x;
  // CHECK: [[@LINE-1]]:3 write <temporary> element += result-discarded {a: view must by xt::view at [[@LINE-13]]:12 borrows; element}
  xt::view(a, 1) = xt::view(b, 0);
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {a: view must by xt::view at [[@LINE-1]]:3 borrows}
  xt::view(a, xt::keep(0, 1)) = 1.0;
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {a: view must by xt::view at [[@LINE-1]]:3 borrows}
  v = xt::view(b, 1);
  // CHECK: [[@LINE-1]]:3 write v assign operator= {a: view must by xt::view at [[@LINE-19]]:12 borrows}
  xt::noalias(a) = a + b;
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {a: view must by xt::noalias at [[@LINE-1]]:3 borrows}
  b = a;
  // CHECK: [[@LINE-1]]:3 write b assign operator= {b: same must}
}
