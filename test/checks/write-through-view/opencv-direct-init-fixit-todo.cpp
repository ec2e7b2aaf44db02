// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %mock_flags
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
//
// BROKEN FIX-IT (ProvenanceCheck::copyFixIt). For a view declared with
// direct initialisation, `cv::Mat orig(img, cv::Rect(...));`, the
// "explicit copy" fix-it rewrites the whole declarator and yields
//   cv::Mat (orig(img, cv::Rect(x, y, 4, 4))).clone();
// which does not compile. (Copy-initialisation, `cv::Mat orig =
// cv::Mat(img, r);`, gets a correct fix: see opencv-mock.cpp.)
// Expected: the diagnostic, and either no fix-it or one that compiles, e.g.
//   cv::Mat orig = cv::Mat(img, cv::Rect(x, y, 4, 4)).clone();
// Actual:   the fixed file fails to compile (second RUN line).
#include <opencv2/core.hpp>

double patchChange(cv::Mat &img, int x, int y) {
  cv::Mat orig(img, cv::Rect(x, y, 4, 4));
  orig.setTo(cv::Scalar::all(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'orig' also modifies 'img': 'orig' is a view of 'img' created by 'cv::Mat::Mat' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: 'orig' is made a view of 'img' here
  // CHECK-MESSAGES: :[[@LINE+2]]:19: note: 'img' is used together with 'orig' here, after the write
  // CHECK-FIXES: {{^}}  cv::Mat {{.*}}orig{{.*}};
  return cv::norm(img, orig, cv::NORM_L1);
}
