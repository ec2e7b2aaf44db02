// A header on OpenCV's path (opencv2/), so the OpenCV model's `headers:`
// claim it: inline code with bodies, as OpenCV's own headers have, for
// test/checks/common/library-code-opencv.cpp. Works on the mocks and on the
// real headers.
#pragma once
#include <opencv2/core.hpp>

namespace cv {
// Would be a const-write-through-view finding if library code were analysed.
inline void aliaslintPlanted(const Mat &in) { in.row(0).setTo(Scalar::all(0)); }
// Writes its argument; not in the model, so a call is unknown code (an
// escape), never summarised.
inline void aliaslintFill(Mat &m) { m.setTo(Scalar::all(0)); }
// A library template calling the user's callable.
template <class F> void aliaslintEachRow(Mat &m, F f) {
  for (int i = 0; i < m.rows; ++i)
    f(m.row(i));
}
// Library code written through a library macro.
#define ALIASLINT_LIB_FILL_FN(NAME)                                            \
  inline void NAME(const Mat &in) { in.col(0).setTo(Scalar::all(1)); }
ALIASLINT_LIB_FILL_FN(aliaslintFillCol)
} // namespace cv

// A macro that writes a whole function into the user's file.
#define ALIASLINT_DEFINE_USER_FN(NAME)                                         \
  void NAME(const cv::Mat &in) { in.row(1).setTo(cv::Scalar::all(2)); }
// A macro used inside a user's function body.
#define ALIASLINT_CHECK(COND)                                                  \
  do {                                                                         \
    if (!(COND))                                                               \
      throw 0;                                                                 \
  } while (0)
