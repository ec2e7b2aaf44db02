// The standard library has no mock: every case runs on the real libstdc++
// headers (Debian 12, /usr/include/c++/12).
// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t -- -std=c++20
#include <array>
#include <valarray>

// ===== Positives ==========================================================

// A valarray initialised from a slice_array copies the elements.
void scaleEveryOther(std::valarray<double> &v) {
  std::valarray<double> part = v[std::slice(0, v.size() / 2, 2)];
  part *= 2.0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'part' is never read: 'part' is a copy of 'v', so 'v' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:32: note: 'part' is made a copy of 'v' by 'std::valarray' here
}

// ===== Negatives ==========================================================

// Writing the slice itself reaches v.
void scaleEveryOtherInPlace(std::valarray<double> &v) {
  v[std::slice(0, v.size() / 2, 2)] *= std::valarray<double>(2.0, v.size() / 2);
}

// The copy is written and then used: a scratch copy on purpose (and
// std::array is not an array type of the model).
double scratch(const std::array<double, 4> &a) {
  std::array<double, 4> b = a;
  b[0] = 0;
  return b[0] + b[1];
}
