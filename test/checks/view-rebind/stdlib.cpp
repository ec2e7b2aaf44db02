// The standard library has no mock: every case runs on the real libstdc++
// headers (Debian 12, /usr/include/c++/12).
// RUN: %check_clang_tidy %s aliasing-view-rebind %t -- -std=c++20
#include <algorithm>
#include <span>
#include <vector>

// ===== Positives ==========================================================

// span's copy assignment is defaulted: it copies the pointer and the
// extent, never the elements.
void copyHead(std::span<double> dst, std::span<double> src) {
  auto head = dst.first(2);
  head = src.first(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment rebinds 'head' instead of writing the elements of 'dst' it views: 'dst' is NOT modified [aliasing-view-rebind]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'head' is a view of 'dst' made by 'std::span::first' here
}

// The same on a temporary span: nothing is written.
void copyInto(std::span<double> a, std::span<double> b) {
  a.first(2) = b.first(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to a temporary view of 'a' rebinds the temporary and writes no element: 'a' is NOT modified [aliasing-view-rebind]
}

// ===== Negatives ==========================================================

// Copying the elements is spelled with an algorithm.
void copyHeadElements(std::span<double> dst, std::span<const double> src) {
  std::ranges::copy(src.first(2), dst.begin());
}

// Moving a window along the data: the span is reused on purpose.
double windows(std::span<const double> xs) {
  double s = 0;
  auto w = xs.first(2);
  s += w[0];
  w = xs.last(2);
  s += w[0];
  return s;
}
