// RUN: %check_clang_tidy %s aliasing-const-write-through-view %t -- %mock_flags
//
// CRASH (engine): clang-tidy crashes on a function that uses CV_Assert
// (`do { ... } while (0)`; see test/engine/opencv-do-while-crash-todo.cpp).
// Bench case opencv_constwrite_clean_03: the const source is only read and
// the destination's ROI is written on purpose.
// Expected: no diagnostic, no crash.
// Actual:   clang-tidy crashes in FunctionAnalysis::run().
#include <opencv2/core.hpp>

void paste(const cv::Mat &src, cv::Mat &dst, cv::Point at) {
  cv::Rect where(at.x, at.y, src.cols, src.rows);
  CV_Assert(where.x + where.width <= dst.cols && where.y + where.height <= dst.rows);
  src.copyTo(dst(where));
}
