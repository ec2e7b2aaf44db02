// Every case runs on the mock headers and on the real Debian headers.
// RUN: %check_clang_tidy %s aliasing-view-rebind %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-view-rebind %t.real -- %opencv_flags
// The fixed file compiles, and only the findings without a fix-it (by-value
// parameters) are left:
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %opencv_flags %t.real.cpp
// RUN: %clang-tidy -load %plugin -checks='-*,aliasing-view-rebind' %t.real.cpp -- %opencv_flags 2>&1 | FileCheck -allow-empty -check-prefix=FIXED %s
// FIXED-NOT: temporary view
// FIXED-NOT: instead of writing
// FIXED: warning: assignment rebinds 'roi' instead of writing the elements of 'img'
// FIXED-NOT: instead of writing
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <vector>

// ===== Positives ==========================================================

// The documented pitfall: Mat::operator=(Mat&&) on a temporary row header.
void swapRows(cv::Mat &A, const cv::Mat &B, int i, int j) {
  A.row(i) = B.row(j);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to a temporary view of 'A' rebinds the temporary and writes no element: 'A' is NOT modified [aliasing-view-rebind]
  // CHECK-FIXES: B.row(j).copyTo(A.row(i));
}

// Within one matrix, on a column range and on an ROI; a named source.
void shiftColumns(cv::Mat &M, const cv::Mat &patch, const cv::Rect &r) {
  M.colRange(0, 2) = M.colRange(2, 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to a temporary view of 'M' rebinds the temporary and writes no element: 'M' is NOT modified [aliasing-view-rebind]
  // CHECK-FIXES: M.colRange(2, 4).copyTo(M.colRange(0, 2));
  M(r) = patch;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to a temporary view of 'M' rebinds the temporary and writes no element: 'M' is NOT modified [aliasing-view-rebind]
  // CHECK-FIXES: patch.copyTo(M(r));
}

// A row of a local matrix filled in a loop, then the matrix returned.
cv::Mat stackRows(const std::vector<cv::Mat> &rows) {
  cv::Mat out(static_cast<int>(rows.size()), 3, CV_32F);
  for (int i = 0; i < out.rows; ++i)
    out.row(i) = rows[i];
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: assignment to a temporary view of 'out' rebinds the temporary and writes no element: 'out' is NOT modified [aliasing-view-rebind]
    // CHECK-FIXES: rows[i].copyTo(out.row(i));
  return out;
}

// A named ROI of the caller's image, never read, rebound to the logo: the
// caller's image never receives it.
void pasteLogo(cv::Mat &img, const cv::Mat &logo, cv::Point at) {
  cv::Mat roi = img(cv::Rect(at.x, at.y, logo.cols, logo.rows));
  roi = logo;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment rebinds 'roi' instead of writing the elements of 'img' it views: 'img' is NOT modified [aliasing-view-rebind]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'roi' is a view of 'img' made by 'cv::Mat::operator()' here
  // CHECK-FIXES: logo.copyTo(roi);
}

// Rebound, then written: `copyTo` would also move the later write from
// `logo` into `img`, so no fix-it.
void tintLogo(cv::Mat &img, cv::Mat &logo) {
  cv::Mat roi = img(cv::Rect(0, 0, logo.cols, logo.rows));
  roi = logo;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment rebinds 'roi' instead of writing the elements of 'img' it views: 'img' is NOT modified [aliasing-view-rebind]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'roi' is a view of 'img' made by 'cv::Mat::operator()' here
  // CHECK-FIXES: {{^}}  roi = logo;{{$}}
  roi += cv::Scalar(10);
}

// A local canvas: the ROI rebound, then the canvas is what the function
// returns.
cv::Mat withHeader(const cv::Mat &body, const cv::Mat &header) {
  cv::Mat canvas(body.rows + header.rows, body.cols, body.type());
  cv::Mat top = canvas.rowRange(0, header.rows);
  top = header;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment rebinds 'top' instead of writing the elements of 'canvas' it views: 'canvas' is NOT modified [aliasing-view-rebind]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'top' is a view of 'canvas' made by 'cv::Mat::rowRange' here
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'canvas' is used here without the assigned elements
  // CHECK-FIXES: header.copyTo(top);
  return canvas;
}

// A conditional source is parenthesised in the fix-it.
void pickRow(cv::Mat &M, const cv::Mat &a, const cv::Mat &b, bool first) {
  M.row(0) = first ? a : b;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to a temporary view of 'M' rebinds the temporary and writes no element: 'M' is NOT modified [aliasing-view-rebind]
  // CHECK-FIXES: (first ? a : b).copyTo(M.row(0));
}

// The typed header: Mat_<T>::operator=(Mat_&&) rebinds the same way.
void copyTyped(cv::Mat_<float> &M, const cv::Mat_<float> &N) {
  M.row(0) = N.row(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to a temporary view of 'M' rebinds the temporary and writes no element: 'M' is NOT modified [aliasing-view-rebind]
  // CHECK-FIXES: N.row(1).copyTo(M.row(0));
}

// A mosaic: each tile's ROI, declared in the loop, rebound to the tile.
cv::Mat mosaic(const std::vector<cv::Mat> &tiles, const std::vector<cv::Rect> &at) {
  cv::Mat canvas(480, 640, CV_8UC3, cv::Scalar::all(0));
  for (size_t i = 0; i < tiles.size(); ++i) {
    cv::Mat dst = canvas(at[i]);
    dst = tiles[i];
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: assignment rebinds 'dst' instead of writing the elements of 'canvas' it views: 'canvas' is NOT modified [aliasing-view-rebind]
    // CHECK-MESSAGES: :[[@LINE-3]]:19: note: 'dst' is a view of 'canvas' made by 'cv::Mat::operator()' here
    // CHECK-MESSAGES: :[[@LINE+3]]:10: note: 'canvas' is used here without the assigned elements
    // CHECK-FIXES: tiles[i].copyTo(dst);
  }
  return canvas;
}

// An output taken by value: the caller's Mat keeps its old header.
void makeMask(const cv::Mat &gray, cv::Mat mask) {
  cv::Mat m;
  cv::threshold(gray, m, 128, 255, cv::THRESH_BINARY);
  mask = m;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: assignment to by-value parameter 'mask' rebinds the local handle: the caller's array is NOT modified [aliasing-view-rebind]
  // CHECK-MESSAGES: :[[@LINE-5]]:44: note: 'mask' is taken by value here; take it by reference to return a result through it
}
void bestFrame(const std::vector<cv::Mat> &frames, cv::Mat best) {
  if (!frames.empty())
    best = frames.front();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: assignment to by-value parameter 'best' rebinds the local handle: the caller's array is NOT modified [aliasing-view-rebind]
    // CHECK-MESSAGES: :[[@LINE-4]]:60: note: 'best' is taken by value here; take it by reference to return a result through it
}

// ===== Negatives ==========================================================

// A MatExpr or a Scalar on the right writes the elements.
void writes(cv::Mat &m, const cv::Rect &r) {
  m.row(0) = m.row(0) * 2;
  m.row(1) = m.row(2) + 0;
  m(r) = cv::Scalar::all(0);
  cv::Mat roi = m(r);
  roi = cv::Scalar(0);
  m.col(0) = cv::Mat::zeros(m.rows, 1, m.type());
}

// The elements copied as intended.
void copies(cv::Mat &A, const cv::Mat &B, const cv::Mat &logo) {
  B.row(0).copyTo(A.row(1));
  cv::Mat roi = A(cv::Rect(0, 0, logo.cols, logo.rows));
  logo.copyTo(roi);
}

// Idiomatic reuse of a header: read, then moved to the next ROI of the same
// image or narrowed.
double twoRois(const cv::Mat &img, const cv::Rect &a, const cv::Rect &b) {
  cv::Mat roi = img(a);
  double s = cv::sum(roi)[0];
  roi = img(b);
  s += cv::sum(roi)[0];
  roi = roi(cv::Rect(0, 0, 1, 1));
  return s + cv::sum(roi)[0];
}

// A header rebound every iteration.
double rowSums(const cv::Mat &img) {
  double s = 0;
  cv::Mat row;
  for (int i = 0; i < img.rows; ++i) {
    row = img.row(i);
    s += cv::sum(row)[0];
  }
  cv::Mat cur = img.row(0);
  for (int i = 1; i < img.rows; ++i) {
    s += cv::sum(cur)[0];
    cur = img.row(i);
  }
  return s;
}

// The view is read (shown, compared, written) before the rebind: used as a
// view, then the variable reused.
void showThenReplace(cv::Mat &img, const cv::Mat &other, const cv::Rect &r) {
  cv::Mat roi = img(r);
  cv::Mat blurred;
  cv::GaussianBlur(roi, blurred, cv::Size(3, 3), 0);
  roi = other;
  cv::Mat view = img(r);
  view.setTo(cv::Scalar::all(1));
  view = other;
  cv::Mat third = img.row(0);
  third = third.clone();
}

// The view kept on one path only: the old view is read on the other.
cv::Mat pick(cv::Mat &img, const cv::Mat &alt, bool useAlt) {
  cv::Mat src = img.row(0);
  if (useAlt)
    src = alt;
  return src.clone();
}

// A handle copy (not a view) reused: `work = img` shares all of img, and
// rebinding it is ordinary.
cv::Mat handleCopy(cv::Mat &img, const cv::Mat &other) {
  cv::Mat work = img;
  work = other;
  return img;
}

// Nothing would read the elements afterwards: no evidence of intent.
void deadLocal(const cv::Mat &logo) {
  cv::Mat img(8, 8, CV_8U);
  cv::Mat roi = img.row(0);
  roi = logo;
}
// Releasing a view drops the header's reference: no assignment, nothing
// the author expected to reach `img`.
double releasedView(cv::Mat &img) {
  cv::Mat roi = img.row(0);
  double s = cv::sum(img)[0];
  roi.release();
  return s + cv::sum(img)[0];
}

// A view of a const input: the author never meant to write it.
double constInput(const cv::Mat &img, const cv::Mat &other) {
  cv::Mat roi = img.row(0);
  roi = other;
  return cv::sum(roi)[0];
}

// Containers of headers and handles kept as history rebind on purpose.
void history(std::vector<cv::Mat> &frames, const cv::Mat &img, cv::Mat &prev) {
  frames[0] = img;
  frames.back() = img.row(0);
  prev = img;
}

// A MatExpr assigned to a by-value output is evaluated into the caller's
// buffer when its size and type fit (assign-lazy: output).
void maskInto(const cv::Mat &gray, cv::Mat mask) { mask = gray > 128; }

// By-value parameters that are inputs: read, then reused as locals.
cv::Mat toGray(cv::Mat img) {
  if (img.channels() == 3) {
    cv::Mat g;
    cv::cvtColor(img, g, cv::COLOR_BGR2GRAY);
    img = g;
  }
  return img;
}
double normalised(cv::Mat m) {
  m = m.clone();
  return cv::norm(m);
}

// NOLINT is honoured.
void suppressed(cv::Mat &A) {
  A.row(0) = A.row(1); // NOLINT(aliasing-view-rebind)
}
