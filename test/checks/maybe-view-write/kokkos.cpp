// Every case runs on the mock headers and on the real Debian headers
// (Kokkos 3.4, Trilinos 13.2, Serial backend). create_mirror_view(v)
// returns v itself when v's memory is host-accessible (always so with
// HostSpace), else a new allocation whose contents are not copied.
// RUN: %check_clang_tidy %s aliasing-maybe-view-write %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-maybe-view-write %t.real -- %kokkos_flags
#include <Kokkos_Core.hpp>

// ===== Direction 1: the write is meant to reach the original ==============

// Initialised on the host mirror and never copied back: correct only where
// the mirror is the device view itself (a host build).
void initOnHost(Kokkos::View<double *> d, int n) {
  auto h = Kokkos::create_mirror_view(d);
  for (int i = 0; i < n; ++i)
    h(i) = 1.0 / (i + 1);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write through 'h' reaches 'd' only if 'Kokkos::create_mirror_view' returned a view of it: when the memory space makes it copy, 'd' is NOT modified and the write is lost [aliasing-maybe-view-write]
    // CHECK-MESSAGES: :[[@LINE-4]]:12: note: 'h' made by 'Kokkos::create_mirror_view' here: a view of 'd' or a copy, depending on its memory space
}

// The same through the space overload.
void initInSpace(Kokkos::View<double *> d) {
  auto h = Kokkos::create_mirror_view(Kokkos::HostSpace(), d);
  Kokkos::deep_copy(h, 0.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'h' reaches 'd' only if 'Kokkos::create_mirror_view' returned a view of it: when the memory space makes it copy, 'd' is NOT modified and the write is lost [aliasing-maybe-view-write]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 'h' made by 'Kokkos::create_mirror_view' here: a view of 'd' or a copy, depending on its memory space
}

// Written by a kernel on the host mirror, never copied back.
void initInKernel(Kokkos::View<double *> d, int n) {
  auto h = Kokkos::create_mirror_view(d);
  Kokkos::parallel_for(n, KOKKOS_LAMBDA(int i) { h(i) = i; });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'h' reaches 'd' only if 'Kokkos::create_mirror_view' returned a view of it: when the memory space makes it copy, 'd' is NOT modified and the write is lost [aliasing-maybe-view-write]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 'h' made by 'Kokkos::create_mirror_view' here: a view of 'd' or a copy, depending on its memory space
}

// ===== Direction 2: the mirror is used as a scratch copy ==================

// On a host build the "scratch" mirror is d itself: the difference is zero.
double changeFromScaling(Kokkos::View<double *> d, int n) {
  auto h = Kokkos::create_mirror_view_and_copy(Kokkos::HostSpace(), d);
  for (int i = 0; i < n; ++i)
    h(i) *= 2.0;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write through 'h' also modifies 'd' when 'Kokkos::create_mirror_view_and_copy' returned 'd' itself or a view of it, which depends on its memory space at run time; 'd' is used afterwards as if unchanged [aliasing-maybe-view-write]
    // CHECK-MESSAGES: :[[@LINE-4]]:12: note: 'h' made by 'Kokkos::create_mirror_view_and_copy' here: a view of 'd' or a copy, depending on its memory space
    // CHECK-MESSAGES: :[[@LINE+3]]:20: note: 'd' is used here, after the write
  double diff = 0;
  for (int i = 0; i < n; ++i)
    diff += h(i) - d(i);
  return diff;
}

// ===== Never reported =====================================================

// The idiom: fill the mirror, deep_copy it back.
void upload(Kokkos::View<double *> d, int n) {
  auto h = Kokkos::create_mirror_view(d);
  for (int i = 0; i < n; ++i)
    h(i) = i;
  Kokkos::deep_copy(d, h);
}

// The other direction: refresh the mirror from the device, then read it
// (deep_copy(h, d) is a no-op when h is d).
double download(Kokkos::View<double *> d, int n) {
  auto h = Kokkos::create_mirror_view(d);
  Kokkos::deep_copy(h, d);
  double s = 0;
  for (int i = 0; i < n; ++i)
    s += h(i);
  Kokkos::parallel_for(n, KOKKOS_LAMBDA(int i) { d(i) = 0; });
  return s;
}

// The same written by a kernel and copied back.
void uploadKernel(Kokkos::View<double *> d, int n) {
  auto h = Kokkos::create_mirror_view(d);
  Kokkos::parallel_for(n, KOKKOS_LAMBDA(int i) { h(i) = i; });
  Kokkos::deep_copy(d, h);
}

// Only read.
double readMirror(Kokkos::View<double *> d) {
  auto h = Kokkos::create_mirror_view_and_copy(Kokkos::HostSpace(), d);
  return h(0) + d(0);
}

// create_mirror always allocates: a write to it never reaches d.
double scratch(Kokkos::View<double *> d) {
  auto h = Kokkos::create_mirror(d);
  Kokkos::deep_copy(h, d);
  h(0) = 2.0;
  return h(0) + d(0);
}
