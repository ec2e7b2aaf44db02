// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t -- %mock_flags
//
// Fixed; kept as a regression test. The notes below describe the bug it pins.
//
// BUG (engine, wrong report): a container built from a generator
// (xt::zeros, xt::ones, xt::arange) is fresh, yet it is recorded as a copy of
// an unnamed array, and a write to it that is not read is reported as
// "'acc' is a copy of 'the original', so 'the original' is NOT modified".
// There is no original: at most a dead store, which is not this check's
// business. See test/engine/eigen-fresh-todo.cpp.
//   expected: no diagnostic.
//   actual:   warning: write to 'acc' is never read: 'acc' is a copy of 'the
//             original', so 'the original' is NOT modified
#include <xtensor/xarray.hpp>
#include <xtensor/xbuilder.hpp>

void warmUp() {
  xt::xarray<double> acc = xt::zeros<double>({3});
  acc.fill(1.0);
}
