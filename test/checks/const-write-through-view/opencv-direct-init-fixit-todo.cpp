// RUN: %check_clang_tidy %s aliasing-const-write-through-view %t -- %mock_flags
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
//
// BROKEN FIX-IT (ProvenanceCheck::copyFixIt). For a view declared with
// direct initialisation, `cv::Mat inner(crop, cv::Rect(...));`, the
// "explicit copy" fix-it rewrites the whole declarator and yields
//   cv::Mat (inner(crop, cv::Rect(border, border, w, h))).clone();
// which does not compile.
// Expected: the diagnostic, and either no fix-it or one that compiles.
// Actual:   the fixed file fails to compile (second RUN line).
#include <opencv2/core.hpp>

void maskBorder(const cv::Mat &crop, int border, int w, int h) {
  cv::Mat inner(crop, cv::Rect(border, border, w, h));
  inner.setTo(cv::Scalar::all(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'inner' modifies 'crop', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: view of 'crop' made by 'cv::Mat::Mat' here
  // CHECK-FIXES: {{^}}  cv::Mat {{.*}}inner{{.*}};
}
