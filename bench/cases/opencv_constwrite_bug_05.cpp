// case-library: opencv
// case-expect: aliasing-const-write-through-view@12
// case-why: Each row view of the const scan is scaled in place inside the loop, so the caller's raw scan is gain-corrected behind its back.
#include <opencv2/core.hpp>

#include <vector>

// Mean of a line-scan image after per-line gain correction.
double corrected_mean(const cv::Mat& scan, const std::vector<double>& gains) {
  for (int r = 0; r < scan.rows; ++r) {
    cv::Mat line = scan.row(r);
    line *= gains[r];
  }
  return cv::mean(scan)[0];
}
