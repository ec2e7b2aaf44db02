// case-library: xtensor
// case-expect: clean
// case-why: Clamping the interior view of the depth map in place is the function's whole job.
#include <xtensor/xtensor.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xview.hpp>

// Clamps the valid interior of a depth map to the sensor range, in place.
void clamp_depth_interior(xt::xtensor<float, 2>& depth, std::size_t margin, float max_depth) {
  auto inner = xt::view(depth, xt::range(margin, depth.shape(0) - margin),
                        xt::range(margin, depth.shape(1) - margin));
  inner = xt::clip(inner, 0.0f, max_depth);
}
