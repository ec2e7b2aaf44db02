// case-library: opencv
// case-expect: aliasing-const-write-through-view@9
// case-why: work = img copies only the header, so setTo on its top rows blanks the banner in the caller's const image.
#include <opencv2/core.hpp>

// Total intensity ignoring the top banner rows (timestamp overlay).
double sum_without_banner(const cv::Mat& img, int banner_rows) {
  cv::Mat work = img;
  work.rowRange(0, banner_rows).setTo(cv::Scalar::all(0));
  return cv::sum(work)[0];
}
