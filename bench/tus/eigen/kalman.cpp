// Constant-velocity Kalman filter for 2-D tracking: predict, update with
// Joseph-form covariance, gating by Mahalanobis distance, and RTS smoothing.
#include <Eigen/Dense>

#include <vector>

struct KalmanState {
  Eigen::Vector4d x = Eigen::Vector4d::Zero(); // px, py, vx, vy
  Eigen::Matrix4d P = Eigen::Matrix4d::Identity();
};

struct Model {
  Eigen::Matrix4d F;
  Eigen::Matrix4d Q;
  Eigen::Matrix<double, 2, 4> H;
  Eigen::Matrix2d R;
};

Model constant_velocity(double dt, double q, double r) {
  Model m;
  m.F.setIdentity();
  m.F.topRightCorner<2, 2>() = dt * Eigen::Matrix2d::Identity();
  Eigen::Matrix<double, 4, 2> G;
  G << 0.5 * dt * dt, 0, 0, 0.5 * dt * dt, dt, 0, 0, dt;
  m.Q = q * G * G.transpose();
  m.H.setZero();
  m.H.leftCols<2>().setIdentity();
  m.R = r * Eigen::Matrix2d::Identity();
  return m;
}

void predict(KalmanState& s, const Model& m) {
  s.x = m.F * s.x;
  s.P = m.F * s.P * m.F.transpose() + m.Q;
}

// Returns false (and leaves the state) if the measurement fails the gate.
bool update(KalmanState& s, const Model& m, const Eigen::Vector2d& z, double gate) {
  Eigen::Vector2d innovation = z - m.H * s.x;
  Eigen::Matrix2d S = m.H * s.P * m.H.transpose() + m.R;
  double d2 = innovation.transpose() * S.ldlt().solve(innovation);
  if (d2 > gate)
    return false;
  Eigen::Matrix<double, 4, 2> K = s.P * m.H.transpose() * S.inverse();
  s.x += K * innovation;
  Eigen::Matrix4d I_KH = Eigen::Matrix4d::Identity() - K * m.H;
  s.P = I_KH * s.P * I_KH.transpose() + K * m.R * K.transpose();
  return true;
}

// Rauch-Tung-Striebel smoother over stored filtered and predicted states.
std::vector<KalmanState> smooth(const std::vector<KalmanState>& filtered,
                                const std::vector<KalmanState>& predicted, const Model& m) {
  std::vector<KalmanState> out = filtered;
  for (int k = static_cast<int>(filtered.size()) - 2; k >= 0; --k) {
    Eigen::Matrix4d C = filtered[k].P * m.F.transpose() * predicted[k + 1].P.inverse();
    out[k].x = filtered[k].x + C * (out[k + 1].x - predicted[k + 1].x);
    out[k].P = filtered[k].P + C * (out[k + 1].P - predicted[k + 1].P) * C.transpose();
  }
  return out;
}

int main() {
  Model m = constant_velocity(0.1, 0.5, 0.05);
  KalmanState s;
  std::vector<KalmanState> filtered, predicted;
  int rejected = 0;
  for (int k = 0; k < 50; ++k) {
    predict(s, m);
    predicted.push_back(s);
    Eigen::Vector2d z(0.1 * k, 0.05 * k);
    z += 0.02 * Eigen::Vector2d::Random();
    if (!update(s, m, z, 9.21))
      ++rejected;
    filtered.push_back(s);
  }
  std::vector<KalmanState> sm = smooth(filtered, predicted, m);
  return sm.back().x.head<2>().norm() > 0.0 && rejected < 50 ? 0 : 1;
}
