// case-library: opencv
// case-expect: clean
// case-why: The const source is only read; the write goes into an ROI of the non-const destination, which is the purpose of the function.
#include <opencv2/core.hpp>

// Pastes src into dst with its top-left corner at `at` (same type, must fit).
void paste(const cv::Mat& src, cv::Mat& dst, cv::Point at) {
  cv::Rect where(at, src.size());
  CV_Assert((where & cv::Rect(0, 0, dst.cols, dst.rows)) == where);
  src.copyTo(dst(where));
}
