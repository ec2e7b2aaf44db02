// Rigid (and similarity) alignment of two point sets with the Kabsch/Umeyama
// method, RANSAC-style inlier selection and transform application in place.
#include <Eigen/Dense>
#include <Eigen/Geometry>

#include <random>
#include <vector>

using Points = Eigen::Matrix3Xd;

Eigen::Isometry3d kabsch(const Points& src, const Points& dst) {
  Eigen::Vector3d cs = src.rowwise().mean();
  Eigen::Vector3d cd = dst.rowwise().mean();
  Points a = src.colwise() - cs;
  Points b = dst.colwise() - cd;
  Eigen::Matrix3d H = a * b.transpose();
  Eigen::JacobiSVD<Eigen::Matrix3d> svd(H, Eigen::ComputeFullU | Eigen::ComputeFullV);
  Eigen::Matrix3d D = Eigen::Matrix3d::Identity();
  D(2, 2) = (svd.matrixV() * svd.matrixU().transpose()).determinant() < 0 ? -1.0 : 1.0;
  Eigen::Isometry3d T = Eigen::Isometry3d::Identity();
  T.linear() = svd.matrixV() * D * svd.matrixU().transpose();
  T.translation() = cd - T.linear() * cs;
  return T;
}

Points select_columns(const Points& p, const std::vector<int>& idx) {
  Points out(3, idx.size());
  for (size_t i = 0; i < idx.size(); ++i)
    out.col(i) = p.col(idx[i]);
  return out;
}

std::vector<int> inliers(const Points& src, const Points& dst, const Eigen::Isometry3d& T,
                         double tol) {
  std::vector<int> in;
  for (Eigen::Index i = 0; i < src.cols(); ++i)
    if ((T * src.col(i) - dst.col(i)).norm() < tol)
      in.push_back(static_cast<int>(i));
  return in;
}

Eigen::Isometry3d robust_align(const Points& src, const Points& dst, int iterations, double tol) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> pick(0, static_cast<int>(src.cols()) - 1);
  std::vector<int> best;
  for (int it = 0; it < iterations; ++it) {
    std::vector<int> sample = {pick(rng), pick(rng), pick(rng)};
    Eigen::Isometry3d T = kabsch(select_columns(src, sample), select_columns(dst, sample));
    std::vector<int> in = inliers(src, dst, T, tol);
    if (in.size() > best.size())
      best = in;
  }
  return kabsch(select_columns(src, best), select_columns(dst, best));
}

// Moves the points of `cloud` by T, in place.
void transform_in_place(Points& cloud, const Eigen::Isometry3d& T) {
  for (Eigen::Index i = 0; i < cloud.cols(); ++i) {
    auto p = cloud.col(i);
    p = T * Eigen::Vector3d(p);
  }
}

int main() {
  Points src = Points::Random(3, 50);
  Eigen::Isometry3d truth = Eigen::Isometry3d::Identity();
  truth.rotate(Eigen::AngleAxisd(0.3, Eigen::Vector3d::UnitZ()));
  truth.translation() << 1.0, -2.0, 0.5;
  Points dst = truth * src;
  dst.col(3) += Eigen::Vector3d(5, 5, 5); // an outlier
  Eigen::Isometry3d est = robust_align(src, dst, 30, 1e-3);
  transform_in_place(src, est);
  return (src.col(0) - dst.col(0)).norm() < 1e-6 ? 0 : 1;
}
