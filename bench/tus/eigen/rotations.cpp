// Rotation utilities for a small inertial navigation filter: quaternion
// integration of gyro rates, attitude averaging, and frame conversion of
// sensor blocks stored column-wise.
#include <Eigen/Dense>
#include <Eigen/Geometry>

#include <vector>

Eigen::Matrix3d skew(const Eigen::Vector3d& v) {
  Eigen::Matrix3d S;
  S << 0, -v.z(), v.y(), v.z(), 0, -v.x(), -v.y(), v.x(), 0;
  return S;
}

// q_{k+1} = q_k * exp(omega * dt / 2).
Eigen::Quaterniond integrate(const Eigen::Quaterniond& q, const Eigen::Vector3d& omega, double dt) {
  const double angle = omega.norm() * dt;
  if (angle < 1e-12)
    return q;
  Eigen::Quaterniond dq(Eigen::AngleAxisd(angle, omega.normalized()));
  return (q * dq).normalized();
}

// Average of unit quaternions (Markley's eigenvector method).
Eigen::Quaterniond average(const std::vector<Eigen::Quaterniond>& qs) {
  Eigen::Matrix4d M = Eigen::Matrix4d::Zero();
  for (const auto& q : qs)
    M += q.coeffs() * q.coeffs().transpose();
  Eigen::SelfAdjointEigenSolver<Eigen::Matrix4d> eig(M);
  Eigen::Vector4d v = eig.eigenvectors().col(3);
  return Eigen::Quaterniond(v(3), v(0), v(1), v(2)).normalized();
}

// Rotates every column of the 3xN sensor block from body to world frame, in place.
void body_to_world(Eigen::Matrix3Xd& samples, const Eigen::Quaterniond& q) {
  const Eigen::Matrix3d R = q.toRotationMatrix();
  samples = R * samples;
}

// Gravity-compensated acceleration in the world frame.
Eigen::Matrix3Xd linear_acceleration(const Eigen::Matrix3Xd& accel_body, const Eigen::Quaterniond& q) {
  Eigen::Matrix3Xd world = accel_body;
  body_to_world(world, q);
  world.row(2).array() -= 9.81;
  return world;
}

double angular_distance(const Eigen::Quaterniond& a, const Eigen::Quaterniond& b) {
  return a.angularDistance(b);
}

Eigen::Vector3d small_angle_error(const Eigen::Quaterniond& est, const Eigen::Quaterniond& ref) {
  Eigen::Quaterniond e = ref.inverse() * est;
  Eigen::Vector3d v = 2.0 * e.vec();
  if (e.w() < 0)
    v = -v;
  return v;
}

int main() {
  Eigen::Quaterniond q = Eigen::Quaterniond::Identity();
  std::vector<Eigen::Quaterniond> history;
  for (int k = 0; k < 100; ++k) {
    q = integrate(q, Eigen::Vector3d(0.0, 0.0, 0.5), 0.01);
    history.push_back(q);
  }
  Eigen::Quaterniond mean = average(history);
  Eigen::Matrix3Xd accel = Eigen::Matrix3Xd::Zero(3, 10);
  accel.row(2).setConstant(9.81);
  Eigen::Matrix3Xd lin = linear_acceleration(accel, q);
  Eigen::Vector3d err = small_angle_error(q, mean) + skew(lin.col(0)) * Eigen::Vector3d::UnitX();
  return angular_distance(q, mean) < 1.0 && err.allFinite() ? 0 : 1;
}
