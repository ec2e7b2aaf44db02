// case-library: opencv
// case-expect: aliasing-write-through-view@10
// case-why: work is an ROI of img, so on the enabled branch convertTo (same type) writes into img and the change mask absdiff(img(roi), work) is always empty.
#include <opencv2/core.hpp>

// Optional contrast boost of a region, with a change mask for the UI overlay.
cv::Mat boost_region(cv::Mat& img, const cv::Rect& roi, bool enabled) {
  cv::Mat work = img(roi);
  if (enabled) {
    work.convertTo(work, -1, 1.3, 15.0);
  }
  cv::Mat changed;
  cv::absdiff(img(roi), work, changed);
  return changed;
}
