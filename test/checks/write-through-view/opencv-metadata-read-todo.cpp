// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %mock_flags
//
// FALSE POSITIVE. Reading only the original's shape (`img.rows`,
// `img.cols`, `img.total()`, `img.type()`...) after a write through a view
// does not use its pixels "as if unchanged", yet the engine records
// `img.rows` as a read of img, and the rule takes it for a later read.
// The first case is the idiomatic in-place row loop: the loop condition
// reads `img.rows` on the next iteration, after the write through the
// loop-local row view, so a view named `tmp` (a copy-like name) is reported.
// Expected: no diagnostic.
// Actual:   "write through 'tmp' also modifies 'img'", with the note at
//           `img.rows` in the loop condition; likewise for `backup` below.
#include <opencv2/core.hpp>

void brightenRows(cv::Mat &img) {
  for (int y = 0; y < img.rows; ++y) {
    cv::Mat tmp = img.row(y);
    tmp += cv::Scalar::all(10);
  }
}

int clearFirstRow(cv::Mat &img) {
  cv::Mat backup = img.row(0);
  backup.setTo(cv::Scalar::all(0));
  return img.rows * img.cols + static_cast<int>(img.total()) + img.type();
}
