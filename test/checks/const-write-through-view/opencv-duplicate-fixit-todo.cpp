// RUN: %check_clang_tidy %s aliasing-const-write-through-view %t -- %mock_flags
//
// DUPLICATE FIX-ITS (check). Two writes through the same named view of a
// const parameter are (rightly) both reported, and each warning carries the
// same `.clone()` fix-it on the view's initialiser. clang-tidy then prints
// "note: this fix will not be applied because it overlaps with another
// fix" (twice) and applies neither, so the fix is lost exactly when it is
// most needed. write-through-view reports a view once, so it is not
// affected.
// (Before cc98557 the second write was also missed: the drawing function's
// image went through the output-argument reallocation logic.)
// Expected: both warnings; the fix-it attached once (or deduplicated) and
//           applied.
// Actual:   the two overlap notes, and the file is left unchanged.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

void outlineThenClear(const cv::Mat &img, const cv::Rect &r) {
  cv::Mat region = img.colRange(0, 4);
  cv::rectangle(region, r, cv::Scalar(0, 255, 0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'region' modifies 'img', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: view of 'img' made by 'cv::Mat::colRange' here
  region.setTo(cv::Scalar::all(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'region' modifies 'img', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-6]]:20: note: view of 'img' made by 'cv::Mat::colRange' here
  // CHECK-FIXES: cv::Mat region = img.colRange(0, 4).clone();
}
