// case-library: eigen
// case-expect: clean
// case-why: pose_backup is an owning fixed-size vector (a real copy); params is updated through a head<6>() view on purpose and restored from the copy on failure.
#include <Eigen/Dense>

#include <functional>

// Levenberg-Marquardt pose update that is rolled back if the cost increases.
bool lm_pose_update(Eigen::VectorXd& params, const Eigen::VectorXd& delta,
                    const std::function<double(const Eigen::VectorXd&)>& cost) {
  const double cost0 = cost(params);
  Eigen::Matrix<double, 6, 1> pose_backup = params.head<6>();
  params.head<6>() += delta.head<6>();
  if (cost(params) > cost0) {
    params.head<6>() = pose_backup;
    return false;
  }
  return true;
}
