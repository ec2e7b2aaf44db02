// case-library: opencv
// case-expect: clean
// case-why: The same-file helper returns an ROI of its argument; the caller passes its own non-const image and brightens the centre in place on purpose.
#include <opencv2/core.hpp>

static cv::Mat center_region(const cv::Mat& m, int w, int h) {
  return m(cv::Rect((m.cols - w) / 2, (m.rows - h) / 2, w, h));
}

// Spotlight effect: brightens the centre of the image in place.
void spotlight(cv::Mat& img, int w, int h) {
  cv::Mat c = center_region(img, w, h);
  c.convertTo(c, -1, 1.2, 10.0);
}
