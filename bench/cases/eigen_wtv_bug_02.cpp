// case-library: eigen
// case-expect: aliasing-write-through-view@9
// case-why: pose_backup is a head<6>() Block view, not a copy, so += updates params and 'before' already includes the step: the returned gain is always zero.
#include <Eigen/Dense>

// Change of the squared pose magnitude that a Levenberg-Marquardt step would cause.
double pose_step_gain(Eigen::VectorXd& params, const Eigen::VectorXd& delta) {
  auto pose_backup = params.head<6>();
  pose_backup += delta.head<6>();
  double before = params.head<6>().squaredNorm();
  double after = pose_backup.squaredNorm();
  return after - before;
}
