// A small particle simulation: positions and velocities in (N, 2) tensors,
// gravity and drag, reflecting walls via masks, and per-cell density.
#include <xtensor/xtensor.hpp>
#include <xtensor/xview.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xrandom.hpp>

using State = xt::xtensor<double, 2>; // N x 2

struct Particles {
  State pos, vel;
};

Particles spawn(std::size_t n, double box) {
  xt::random::seed(3);
  Particles p;
  p.pos = xt::random::rand<double>({n, std::size_t(2)}, 0.0, box);
  p.vel = xt::random::randn<double>({n, std::size_t(2)}, 0.0, 1.0);
  return p;
}

void apply_forces(Particles& p, double dt, double gravity, double drag) {
  auto vy = xt::view(p.vel, xt::all(), 1);
  vy -= gravity * dt;
  p.vel *= (1.0 - drag * dt);
}

// Reflects particles at the walls of [0, box]^2, updating both arrays in place.
void reflect(Particles& p, double box) {
  for (std::size_t d = 0; d < 2; ++d) {
    auto x = xt::view(p.pos, xt::all(), d);
    auto v = xt::view(p.vel, xt::all(), d);
    auto below = x < 0.0;
    auto above = x > box;
    x = xt::where(below, -x, xt::where(above, 2.0 * box - x, x));
    v = xt::where(below || above, -v, v);
  }
}

void integrate(Particles& p, double dt) { p.pos += dt * p.vel; }

xt::xtensor<double, 2> density(const Particles& p, double box, std::size_t cells) {
  xt::xtensor<double, 2> grid = xt::zeros<double>({cells, cells});
  for (std::size_t i = 0; i < p.pos.shape(0); ++i) {
    auto cx = static_cast<std::size_t>(std::min(p.pos(i, 0) / box * cells, cells - 1.0));
    auto cy = static_cast<std::size_t>(std::min(p.pos(i, 1) / box * cells, cells - 1.0));
    grid(cy, cx) += 1.0;
  }
  return grid / static_cast<double>(p.pos.shape(0));
}

double kinetic_energy(const Particles& p) { return 0.5 * xt::sum(xt::square(p.vel))(); }

int main() {
  Particles p = spawn(200, 10.0);
  double e0 = kinetic_energy(p);
  for (int s = 0; s < 100; ++s) {
    apply_forces(p, 0.01, 9.81, 0.1);
    integrate(p, 0.01);
    reflect(p, 10.0);
  }
  auto rho = density(p, 10.0, 8);
  return xt::sum(rho)() > 0.99 && e0 > 0.0 ? 0 : 1;
}
