// The user's own array library, described by user-headers.yaml.
#pragma once
namespace my {
struct Array {
  Array &fill(double v);
  double sum() const;
};
// Library code: the same pattern as the user's bug in user-headers.cpp,
// reported only when the model does not claim this header.
inline double refill(Array &a) {
  Array backup = a;
  backup.fill(0);
  return a.sum();
}
} // namespace my
