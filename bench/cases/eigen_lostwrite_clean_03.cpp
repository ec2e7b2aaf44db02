// case-library: eigen
// case-expect: clean
// case-why: A strided seq() index gives a writable IndexedView, so the named view writes into v as intended.
#include <Eigen/Dense>

// Halves every second sample of a signal (decimation pre-weighting), in place.
void halve_even_samples(Eigen::VectorXd& v) {
  auto even = v(Eigen::seq(0, Eigen::last, 2));
  even *= 0.5;
}
