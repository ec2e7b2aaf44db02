// case-library: opencv
// case-expect: aliasing-const-write-through-view@8
// case-why: hist.row(0) is a view of the const histogram, and += modifies the caller's data in place.
#include <opencv2/core.hpp>

// Cumulative histogram (CV_32F column) with a floor added to the first bin.
cv::Mat cumulative_hist(const cv::Mat& hist, float first_bin_floor) {
  hist.row(0) += first_bin_floor;
  cv::Mat cum = hist.clone();
  for (int i = 1; i < cum.rows; ++i) {
    cum.row(i) += cum.row(i - 1);
  }
  return cum;
}
