// Every case runs on the mock headers and on the real Debian headers
// (Kokkos 3.4, Trilinos 13.2, Serial backend). Kokkos has no
// one-expression copy of a View, so there is no fix-it.
// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-write-through-view %t.real -- %kokkos_flags
#include <Kokkos_Core.hpp>

#include <utility>

// ===== Positives ==========================================================

// `auto prev = u` copies the handle: the Jacobi sweep overwrites u as it
// goes, and the update reads values it has just written.
double jacobiSweep(Kokkos::View<double *> u, int n) {
  auto prev = u;
  double change = 0;
  for (int i = 1; i < n - 1; ++i) {
    prev(i) = 0.5 * (u(i - 1) + u(i + 1));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write through 'prev' also modifies 'u': 'prev' is a second handle to the data of 'u' [aliasing-write-through-view]
    // CHECK-MESSAGES: :[[@LINE-5]]:15: note: 'prev' is made a handle sharing 'u' here
    // CHECK-MESSAGES: :[[@LINE+1]]:25: note: 'u' is read here, after the write
    change += prev(i) - u(i);
  }
  return change;
}

// A subview named like a saved copy, cleared, then compared with the field.
double boundaryJump(Kokkos::View<double **> field, int n) {
  auto saved = Kokkos::subview(field, 0, Kokkos::ALL);
  Kokkos::deep_copy(saved, 0.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'saved' also modifies 'field': 'saved' is a view of 'field' created by 'Kokkos::subview' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: 'saved' is made a view of 'field' here
  // CHECK-MESSAGES: :[[@LINE+3]]:13: note: 'field' is used together with 'saved' here, after the write
  double jump = 0;
  for (int j = 0; j < n; ++j)
    jump += field(0, j) - saved(j);
  return jump;
}

// The subview constructor makes a view too.
double rowChange(Kokkos::View<double **> m, int n) {
  Kokkos::View<double *> backup(m, 1, Kokkos::ALL);
  for (int j = 0; j < n; ++j)
    backup(j) *= 2.0;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write through 'backup' also modifies 'm': 'backup' is a view of 'm' created by 'Kokkos::View::View' [aliasing-write-through-view]
    // CHECK-MESSAGES: :[[@LINE-4]]:26: note: 'backup' is made a view of 'm' here
    // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'm' is used together with 'backup' here, after the write
  return m(1, 0) - backup(0);
}

// An unmanaged View over the data of another is a view of it.
double scaledDot(Kokkos::View<double *> v, int n, double s) {
  Kokkos::View<double *, Kokkos::MemoryTraits<Kokkos::Unmanaged>> tmp(v.data(), n);
  for (int i = 0; i < n; ++i)
    tmp(i) *= s;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write through 'tmp' also modifies 'v': 'tmp' is a view of 'v' created by 'Kokkos::View' [aliasing-write-through-view]
    // CHECK-MESSAGES: :[[@LINE-4]]:67: note: 'tmp' is made a view of 'v' here
    // CHECK-MESSAGES: :[[@LINE+3]]:10: note: 'v' is used together with 'tmp' here, after the write
  double d = 0;
  for (int i = 0; i < n; ++i)
    d += v(i) * tmp(i);
  return d;
}

// A kernel writes the second handle it captures (by copy: KOKKOS_LAMBDA is
// [=]), at the parallel_for: u is overwritten as well.
double kernelSweep(Kokkos::View<double *> u, int n) {
  auto prev = u;
  Kokkos::parallel_for(n, KOKKOS_LAMBDA(int i) { prev(i) = 0.5 * u(i); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'prev' also modifies 'u': 'prev' is a second handle to the data of 'u' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'prev' is made a handle sharing 'u' here
  // CHECK-MESSAGES: :[[@LINE+1]]:20: note: 'u' is read here, after the write
  return prev(0) - u(0);
}

// ===== Negatives ==========================================================

// A subview written on purpose: the boundary condition of the field.
void applyDirichlet(Kokkos::View<double **> field, double value) {
  auto edge = Kokkos::subview(field, 0, Kokkos::ALL);
  Kokkos::deep_copy(edge, value);
  auto sub = Kokkos::subview(field, std::make_pair(1, 3), 0);
  sub(0) = 1.0;
}

// Kernels write the views they capture by value: that is how Kokkos works.
double axpy(double a, Kokkos::View<const double *> x, Kokkos::View<double *> y, int n) {
  auto head = Kokkos::subview(y, std::make_pair(0, n));
  Kokkos::parallel_for(n, KOKKOS_LAMBDA(int i) { head(i) += a * x(i); });
  Kokkos::fence();
  double s = 0;
  Kokkos::parallel_reduce(n, KOKKOS_LAMBDA(int i, double &acc) { acc += y(i); }, s);
  return s;
}

// Fill a host mirror, copy it back, then use the device view.
double upload(Kokkos::View<double *> d, int n) {
  auto h = Kokkos::create_mirror_view(d);
  for (int i = 0; i < n; ++i)
    h(i) = i;
  Kokkos::deep_copy(d, h);
  return d(0);
}

// Refresh the mirror from the device view, then read both.
double download(Kokkos::View<double *> d) {
  auto h = Kokkos::create_mirror_view(d);
  Kokkos::deep_copy(h, d);
  return h(0) + d(0);
}

// A View rebound to a fresh allocation before the write.
double freshWork(Kokkos::View<double *> v, int n) {
  auto work = v;
  work = Kokkos::View<double *>("work", n);
  work(0) = 1.0;
  return v(0) + work(0);
}

// A reference names the original on purpose.
double byReference(Kokkos::View<double *> &v) {
  auto &prev = v;
  prev(0) = 1.0;
  return v(0);
}

// Only the shape of the original is read after the write.
int clearFirst(Kokkos::View<double *> v) {
  auto tmp = Kokkos::subview(v, std::make_pair(0, 1));
  tmp(0) = 0.0;
  return static_cast<int>(v.extent(0) + v.size() + v.span());
}
