// case-library: opencv
// case-expect: aliasing-write-through-view@11
// case-why: normed shares feats' buffer and each row view is divided in place, so the 'raw' half of the concatenated feature matrix is normalised as well.
#include <opencv2/core.hpp>

// Feature matrix [raw | L2-normalised] for the classifier (CV_64F rows).
cv::Mat raw_and_normalized(cv::Mat& feats) {
  cv::Mat normed = feats;
  for (int i = 0; i < normed.rows; ++i) {
    cv::Mat r = normed.row(i);
    r /= cv::norm(r) + 1e-9;
  }
  cv::Mat both;
  cv::hconcat(feats, normed, both);
  return both;
}
