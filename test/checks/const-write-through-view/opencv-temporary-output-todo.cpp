// RUN: %check_clang_tidy %s aliasing-const-write-through-view %t -- %mock_flags
//
// FALSE NEGATIVE (engine). An output argument that is a temporary Mat (an
// ROI expression such as `dst(r)` or `A.row(0)`) binds to
// `_OutputArray(const Mat&)`, which OpenCV marks FIXED_SIZE|FIXED_TYPE: the
// callee writes its existing pixels or fails an assertion, it can never
// reallocate it (array-api-semantics.md section 2, copyTo). The engine
// treats every non-in-place output argument as a maybe-write
// (`{dst: view may}`), so this certain write into the caller's const image
// is not reported.
// Expected: reported.
// Actual:   no diagnostic.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

void pasteConst(const cv::Mat &src, const cv::Mat &dst) {
  src.copyTo(dst(cv::Rect(0, 0, src.cols, src.rows)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through a view of 'dst' modifies 'dst', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-2]]:14: note: view of 'dst' made by 'cv::Mat::operator()' here
}

void blurBand(const cv::Mat &img) {
  cv::GaussianBlur(img.rowRange(0, 8), img.rowRange(8, 16), cv::Size(3, 3), 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through a view of 'img' modifies 'img', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-2]]:40: note: view of 'img' made by 'cv::Mat::rowRange' here
}
