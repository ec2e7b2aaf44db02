// A 1-D heat equation with Kokkos (Serial or a device backend).
#include <Kokkos_Core.hpp>

// Initialises the device field through a host mirror, but never copies the
// mirror back: right on a host build, where the mirror is the field itself,
// and a field of zeros on a GPU.
void initialise(Kokkos::View<double *> u, int n) {
  auto h = Kokkos::create_mirror_view(u);
  for (int i = 0; i < n; ++i)
    h(i) = (i == n / 2) ? 1.0 : 0.0;
}

// The intended idiom: fill the mirror, then deep_copy it to the device.
void initialiseCopied(Kokkos::View<double *> u, int n) {
  auto h = Kokkos::create_mirror_view(u);
  for (int i = 0; i < n; ++i)
    h(i) = (i == n / 2) ? 1.0 : 0.0;
  Kokkos::deep_copy(u, h);
}

// One explicit step. `auto old = u` copies the handle, not the values: the
// kernel reads neighbours it has already overwritten.
double step(Kokkos::View<double *> u, int n, double k) {
  auto old = u;
  for (int i = 1; i < n - 1; ++i)
    old(i) = u(i) + k * (u(i - 1) - 2 * u(i) + u(i + 1));
  return old(1) - u(1);
}

// The halo is meant to be copied from the neighbour's buffer; assigning a
// View rebinds the local handle instead.
void exchangeHalo(Kokkos::View<double *> u, Kokkos::View<double *> from) {
  auto halo = Kokkos::subview(u, std::make_pair(0, 1));
  halo = Kokkos::subview(from, std::make_pair(0, 1));
}

// Kernels writing the Views they capture are how Kokkos works: silent.
void scale(Kokkos::View<double *> u, int n, double s) {
  Kokkos::parallel_for(n, KOKKOS_LAMBDA(int i) { u(i) *= s; });
}
