// Every case runs on the mock headers and on the real Debian headers
// (Kokkos 3.4, Trilinos 13.2). View::operator=(const View&) is defaulted: it
// copies the tracker and the mapping, never elements, on lvalues and
// temporaries alike.
// RUN: %check_clang_tidy %s aliasing-view-rebind %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-view-rebind %t.real -- %kokkos_flags
// The fixed file compiles, and only the findings without a fix-it (by-value
// parameters) are left:
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %kokkos_flags %t.real.cpp
// RUN: %clang-tidy -load %plugin -checks='-*,aliasing-view-rebind' %t.real.cpp -- %kokkos_flags 2>&1 | FileCheck -allow-empty -check-prefix=FIXED %s
// FIXED-NOT: instead of writing
#include <Kokkos_Core.hpp>

#include <utility>

// ===== Positives ==========================================================

// Copying row j of b into row i of a through a temporary subview rebinds
// the temporary: a is unchanged.
void copyRow(Kokkos::View<double **> a, Kokkos::View<double **> b, int i, int j) {
  Kokkos::subview(a, i, Kokkos::ALL) = Kokkos::subview(b, j, Kokkos::ALL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to a temporary view of 'a' rebinds the temporary and writes no element: 'a' is NOT modified [aliasing-view-rebind]
  // CHECK-FIXES: Kokkos::deep_copy(Kokkos::subview(a, i, Kokkos::ALL), Kokkos::subview(b, j, Kokkos::ALL));
}

// A named subview rebound: the halo of u keeps its old values.
double refreshHalo(Kokkos::View<double *> u, Kokkos::View<double *> ghost) {
  auto halo = Kokkos::subview(u, std::make_pair(0, 2));
  halo = ghost;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment rebinds 'halo' instead of writing the elements of 'u' it views: 'u' is NOT modified [aliasing-view-rebind]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'halo' is a view of 'u' made by 'Kokkos::subview' here
  // CHECK-FIXES: Kokkos::deep_copy(halo, ghost);
  return u(0) + u(1);
}

// An output View taken by value and only assigned: the caller's View still
// refers to its old allocation.
void makeOnes(int n, Kokkos::View<double *> out) {
  Kokkos::View<double *> tmp("ones", n);
  Kokkos::deep_copy(tmp, 1.0);
  out = tmp;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to by-value parameter 'out' rebinds the local handle: the caller's array is NOT modified [aliasing-view-rebind]
  // CHECK-MESSAGES: :[[@LINE-5]]:45: note: 'out' is taken by value here; take it by reference to return a result through it
}

// ===== Negatives ==========================================================

// Moving a row view along the matrix.
double rowSums(Kokkos::View<double **> m, int rows, int cols) {
  double s = 0;
  auto row = Kokkos::subview(m, 0, Kokkos::ALL);
  for (int i = 0; i < rows; ++i) {
    row = Kokkos::subview(m, i, Kokkos::ALL);
    for (int j = 0; j < cols; ++j)
      s += row(j);
  }
  return s;
}

// Swapping two local handles (double buffering) is what assignment is for.
double pingPong(Kokkos::View<double *> a, Kokkos::View<double *> b, int steps) {
  for (int k = 0; k < steps; ++k) {
    Kokkos::parallel_for(10, KOKKOS_LAMBDA(int i) { b(i) = 0.5 * a(i); });
    auto t = a;
    a = b;
    b = t;
  }
  return a(0);
}

// The written elements: deep_copy into the subview.
void copyRowDeep(Kokkos::View<double **> a, Kokkos::View<double **> b, int i, int j) {
  Kokkos::deep_copy(Kokkos::subview(a, i, Kokkos::ALL), Kokkos::subview(b, j, Kokkos::ALL));
}

// A view used, then the variable reused for another view.
double reuse(Kokkos::View<double *> u, Kokkos::View<double *> w) {
  auto s = Kokkos::subview(u, std::make_pair(0, 2));
  double first = s(0);
  s = Kokkos::subview(w, std::make_pair(0, 2));
  return first + s(0);
}

// A local View reallocated.
double regrow(int n) {
  Kokkos::View<double *> v("v", n);
  v = Kokkos::View<double *>("v", 2 * n);
  Kokkos::deep_copy(v, 0.0);
  return v(0);
}
