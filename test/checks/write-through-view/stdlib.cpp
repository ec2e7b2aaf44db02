// The standard library has no mock: every case runs on the real libstdc++
// headers (Debian 12, /usr/include/c++/12).
// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- -std=c++20
// The fixed file compiles:
// RUN: clang++ -fsyntax-only -std=c++20 %t.cpp
#include <span>
#include <valarray>
#include <vector>

// ===== Positives ==========================================================

// `auto` hides a slice_array: the "backup" writes through to v.
double sliceBackup(std::valarray<double> &v) {
  auto backup = v[std::slice(0, 4, 2)];
  backup *= std::valarray<double>(2.0, 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'backup' also modifies 'v': 'backup' is a view of 'v' created by 'std::valarray::operator[]' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'backup' is made a view of 'v' here
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'v' is read here, after the write
  return v.sum();
}

// An indirect_array kept as if it held the picked values.
double picked(std::valarray<double> &v, const std::valarray<std::size_t> &idx) {
  auto old = v[idx];
  old += std::valarray<double>(1.0, idx.size());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'old' also modifies 'v': 'old' is a view of 'v' created by 'std::valarray::operator[]' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: 'old' is made a view of 'v' here
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'v' is read here, after the write
  return v.sum();
}

// The "copy" is compared with v afterwards: the fix-it copies it.
double sliceDrift(std::valarray<double> &v) {
  auto old = v[std::slice(0, 2, 1)];
  old *= std::valarray<double>(2.0, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'old' also modifies 'v': 'old' is a view of 'v' created by 'std::valarray::operator[]' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: 'old' is made a view of 'v' here
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'v' is used together with 'old' here, after the write
  // CHECK-FIXES: auto old = std::valarray(v[std::slice(0, 2, 1)]);
  return v.sum() - std::valarray<double>(old).sum();
}

// ===== Negatives ==========================================================

// Writing a slice on purpose: the proxy is a temporary.
void zeroEven(std::valarray<double> &v) {
  v[std::slice(0, v.size() / 2, 2)] = 0.0;
  v[std::slice(1, v.size() / 2, 2)] *= std::valarray<double>(2.0, v.size() / 2);
}

// A span passed to a function that fills it: the point of the span.
void fill(std::span<double> out, double x) {
  for (double &e : out)
    e = x;
}
double fillTail(std::vector<double> &xs) {
  fill(std::span<double>(xs).subspan(1), 0.0);
  return xs[0];
}

// A valarray initialised from the slice owns its elements.
double sliceCopy(std::valarray<double> &v) {
  std::valarray<double> part = v[std::slice(0, 4, 2)];
  part *= 2.0;
  return v.sum() + part.sum();
}

// A const valarray's subscript is an expression (libstdc++ _Expr), not a
// writable proxy.
double constSlice(const std::valarray<double> &v) {
  std::valarray<double> part = v[std::slice(0, 2, 1)];
  part[0] = 1;
  return part.sum() + v.sum();
}
