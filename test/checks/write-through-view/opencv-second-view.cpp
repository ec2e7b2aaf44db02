// A second view of the same pixels (the same ROI, row or column, made again
// after the write) used with the written view: the author expected it to
// hold the old pixels. Other views of the same image read together with the
// written one are idiomatic and not reported.
// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-write-through-view %t.real -- %opencv_flags
// The fixed file compiles:
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %opencv_flags %t.real.cpp
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

// ===== Positives ==========================================================

// How strongly the blur altered the face: always zero, `before` is the
// blurred region too.
double blurStrength(cv::Mat &frame, const cv::Rect &face) {
  cv::Mat region = frame(face);
  cv::blur(region, region, cv::Size(15, 15));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'region' also modifies 'frame': 'region' is a view of 'frame' created by 'cv::Mat::operator()' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: 'region' is made a view of 'frame' here
  // CHECK-MESSAGES: :[[@LINE+3]]:19: note: 'before', a second view of the same elements of 'frame', is used together with 'region' here, after the write
  // CHECK-FIXES: cv::Mat region = frame(face).clone();
  cv::Mat before = frame(face);
  return cv::norm(before, region, cv::NORM_L1);
}

// A row rescaled in place, then compared with "the row" made again.
int changedInRow(cv::Mat &m, int i) {
  cv::Mat r = m.row(i);
  r.convertTo(r, -1, 2.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'r' also modifies 'm': 'r' is a view of 'm' created by 'cv::Mat::row' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'r' is made a view of 'm' here
  // CHECK-MESSAGES: :[[@LINE+4]]:18: note: 'again', a second view of the same elements of 'm', is used together with 'r' here, after the write
  // CHECK-FIXES: cv::Mat r = m.row(i).clone();
  cv::Mat again = m.row(i);
  cv::Mat diff;
  cv::absdiff(r, again, diff);
  return cv::countNonZero(diff);
}

// ===== Negatives ==========================================================

// The difference of two rows: other pixels of the same image.
double rowDistance(cv::Mat &m, int i, int j) {
  cv::Mat a = m.row(i);
  a *= 2.0;
  cv::Mat b = m.row(j);
  return cv::norm(a, b);
}

// One ROI written from another, then blended with a third.
void pasteAndBlend(cv::Mat &img, const cv::Rect &from, const cv::Rect &to,
                   const cv::Rect &bg) {
  cv::Mat dst = img(to);
  cv::Mat src = img(from);
  src.copyTo(dst);
  cv::Mat back = img(bg);
  cv::addWeighted(dst, 0.5, back, 0.5, 0.0, dst);
}

// Forward elimination over named row views: the pivot row is read with the
// row being eliminated, in place.
void eliminate(cv::Mat &A) {
  for (int k = 0; k < A.rows; ++k) {
    cv::Mat pivot = A.row(k);
    pivot /= A.at<double>(k, k);
    for (int i = k + 1; i < A.rows; ++i) {
      cv::Mat ri = A.row(i);
      cv::Mat scaled = pivot * A.at<double>(i, k);
      ri -= scaled;
    }
  }
}

// A horizontal difference over shifted column ranges.
cv::Mat horizontalGradient(cv::Mat &img) {
  cv::Mat right = img.colRange(1, img.cols);
  right *= 0.5;
  cv::Mat left = img.colRange(0, img.cols - 1);
  cv::Mat grad;
  cv::absdiff(right, left, grad);
  return grad;
}

// The same ROI made again after the write and shown on its own.
double meanAfterBoost(cv::Mat &img, const cv::Rect &roi) {
  cv::Mat region = img(roi);
  region += cv::Scalar::all(10);
  cv::Mat boosted = img(roi);
  return cv::norm(boosted, cv::NORM_L1);
}

// The same ROI of another image.
double compareFrames(cv::Mat &a, cv::Mat &b, const cv::Rect &roi) {
  cv::Mat ra = a(roi);
  cv::blur(ra, ra, cv::Size(3, 3));
  cv::Mat rb = b(roi);
  return cv::norm(ra, rb, cv::NORM_L1);
}
