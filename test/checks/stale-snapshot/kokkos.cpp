// Every case runs on the mock headers and on the real Debian headers
// (Kokkos 3.4, Trilinos 13.2). A View copy is a second handle; Kokkos has
// no one-expression copy (create_mirror + deep_copy), so there is no fix-it.
// RUN: %check_clang_tidy %s aliasing-stale-snapshot %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-stale-snapshot %t.real -- %kokkos_flags
#include <Kokkos_Core.hpp>

// ===== Positives ==========================================================

// `auto prev = v` shares v's allocation: the reset is seen through it.
double resetDelta(Kokkos::View<double *> v) {
  auto prev = v;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'prev' does not keep the old value of 'v': it is a second handle to its data, and 'v' is written before 'prev' is read [aliasing-stale-snapshot]
  // CHECK-MESSAGES: :[[@LINE+2]]:3: note: 'v' is written here by 'Kokkos::deep_copy'
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'prev' is read here together with 'v', as if it held the old value
  Kokkos::deep_copy(v, 0.0);
  return prev(0) - v(0);
}

// A kernel zeroes v through its own capture.
double kernelReset(Kokkos::View<double *> v, int n) {
  auto before = v;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'before' does not keep the old value of 'v': it is a second handle to its data, and 'v' is written before 'before' is read [aliasing-stale-snapshot]
  // CHECK-MESSAGES: :[[@LINE+2]]:3: note: 'v' is written here by 'Kokkos::parallel_for'
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'before' is read here together with 'v', as if it held the old value
  Kokkos::parallel_for("zero", Kokkos::RangePolicy<>(0, n), KOKKOS_LAMBDA(int i) { v(i) = 0; });
  return before(0) - v(0);
}

// ===== Negatives ==========================================================

// A real snapshot: a new allocation filled by deep_copy.
double realSnapshot(Kokkos::View<double *> v) {
  auto prev = Kokkos::create_mirror(v);
  Kokkos::deep_copy(prev, v);
  Kokkos::deep_copy(v, 0.0);
  return prev(0) - v(0);
}

// The second handle is read before the write only.
double readBefore(Kokkos::View<double *> v) {
  auto alias = v;
  double old = alias(0);
  Kokkos::deep_copy(v, 0.0);
  return old - v(0);
}
