// Every case runs on the mock headers and on the real Debian headers.
// RUN: %check_clang_tidy %s aliasing-const-write-through-view %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-const-write-through-view %t.real -- %opencv_flags
// The fixed file compiles:
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %opencv_flags %t.real.cpp
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <vector>

// ===== Positives ==========================================================

// A named ROI of a const image zeroed: the caller's image is written. The
// view is never read after the write: a clone would only lose the write
// (lost-write-to-copy would report it), so no fix-it.
void maskBorder(const cv::Mat &crop, int border, int w, int h) {
  cv::Mat inner = crop(cv::Rect(border, border, w, h));
  inner.setTo(cv::Scalar::all(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'inner' modifies 'crop', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:19: note: view of 'crop' made by 'cv::Mat::operator()' here
  // CHECK-FIXES: cv::Mat inner = crop(cv::Rect(border, border, w, h));
}

// `work = img` copies the header only; setTo on its rows blanks the caller's
// banner.
double sumWithoutBanner(const cv::Mat &img, int bannerRows) {
  cv::Mat work = img;
  work.rowRange(0, bannerRows).setTo(cv::Scalar::all(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through a view of 'img' modifies 'img', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: view of 'img' made by 'cv::Mat::rowRange' here
  return cv::sum(work)[0];
}

// A compound operator on a temporary row of a const histogram.
cv::Mat cumulativeHist(const cv::Mat &hist, double floor) {
  hist.row(0) += cv::Scalar::all(floor);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through a view of 'hist' modifies 'hist', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: view of 'hist' made by 'cv::Mat::row' here
  cv::Mat cum = hist.clone();
  return cum;
}

// A direct-initialised ROI: reported, with no fix-it.
void maskBorderDirect(const cv::Mat &crop, int border, int w, int h) {
  cv::Mat inner(crop, cv::Rect(border, border, w, h));
  inner.setTo(cv::Scalar::all(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'inner' modifies 'crop', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: view of 'crop' made by 'cv::Mat::Mat' here
}

// A temporary ROI as an output argument is fixed-size: written for sure.
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

// A same-TU helper returns a view; medianBlur writes it in place. The view
// is read after the write: the clone is offered.
static cv::Mat leftStrip(const cv::Mat &m, int width) { return m.colRange(0, width); }
cv::Scalar stripSum(const cv::Mat &frame) {
  cv::Mat strip = leftStrip(frame, 16);
  cv::medianBlur(strip, strip, 3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'strip' modifies 'frame', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:19: note: view of 'frame' made by 'leftStrip' here
  // CHECK-FIXES: cv::Mat strip = leftStrip(frame, 16).clone();
  return cv::sum(strip);
}

// A by-value const cv::Mat still shares the caller's pixels.
double centerNorm(const cv::Mat gray, int w, int h) {
  cv::Mat c = gray(cv::Rect((gray.cols - w) / 2, (gray.rows - h) / 2, w, h));
  cv::normalize(c, c, 0, 255, cv::NORM_MINMAX);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'c' modifies 'gray', a 'const cv::Mat' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: view of 'gray' made by 'cv::Mat::operator()' here
  // CHECK-FIXES: cv::Mat c = gray(cv::Rect((gray.cols - w) / 2, (gray.rows - h) / 2, w, h)).clone();
  return cv::norm(c);
}

// Each row of the const scan is scaled in place inside the loop; the row is
// not read again: no clone.
double correctedSum(const cv::Mat &scan, const std::vector<double> &gains) {
  for (int r = 0; r < scan.rows; ++r) {
    cv::Mat line = scan.row(r);
    line *= gains[r];
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write through 'line' modifies 'scan', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
    // CHECK-MESSAGES: :[[@LINE-3]]:20: note: view of 'scan' made by 'cv::Mat::row' here
    // CHECK-FIXES: cv::Mat line = scan.row(r);
  }
  return cv::sum(scan)[0];
}

// Assigning a Scalar or an expression to a temporary ROI writes elements.
void fillConst(const cv::Mat &m, const cv::Rect &r) {
  m(r) = cv::Scalar::all(7);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through a view of 'm' modifies 'm', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: view of 'm' made by 'cv::Mat::operator()' here
  m.row(0) = m.row(1) * 2;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through a view of 'm' modifies 'm', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: view of 'm' made by 'cv::Mat::row' here
}

// Drawing into a view: drawing functions write their InputOutputArray in
// place. Never read again: no clone.
void outline(const cv::Mat &img, const cv::Rect &r) {
  cv::Mat region = img.colRange(0, 4);
  cv::rectangle(region, r, cv::Scalar(0, 255, 0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'region' modifies 'img', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: view of 'img' made by 'cv::Mat::colRange' here
  // CHECK-FIXES: cv::Mat region = img.colRange(0, 4);
}

// `auto` hides that the ROI is a view; never read again: no clone.
void zeroDiagonal(const cv::Mat &m) {
  auto d = m.diag();
  d.setTo(cv::Scalar::all(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'd' modifies 'm', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: view of 'm' made by 'cv::Mat::diag' here
  // CHECK-FIXES: auto d = m.diag();
}

// A const reference to the parameter, then a temporary view of it.
void throughReference(const cv::Mat &m) {
  const cv::Mat &alias = m;
  alias.row(0).setTo(cv::Scalar::all(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through a view of 'm' modifies 'm', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: view of 'm' made by 'cv::Mat::row' here
}

// Two writes through one view, read afterwards: both reported, the fix-it
// offered once.
double outlineThenClear(const cv::Mat &img, const cv::Rect &r) {
  cv::Mat region = img.colRange(0, 4);
  cv::rectangle(region, r, cv::Scalar(0, 255, 0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'region' modifies 'img', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: view of 'img' made by 'cv::Mat::colRange' here
  // CHECK-FIXES: cv::Mat region = img.colRange(0, 4).clone();
  region.setTo(cv::Scalar::all(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'region' modifies 'img', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-7]]:20: note: view of 'img' made by 'cv::Mat::colRange' here
  return cv::sum(region)[0];
}

// A closure called where it is written, writing a handle of the const input:
// the write happens at the call.
double closureClearsInput(const cv::Mat &src) {
  cv::Mat v = src;
  [&v] { v.setTo(cv::Scalar(0)); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'v' modifies 'src', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'v' shares the data of 'src' from here
  return cv::sum(src)[0];
}

// ===== Negatives ==========================================================

// The const input is cloned; only the clone's ROI is written.
cv::Mat blackout(const cv::Mat &img, const cv::Rect &r) {
  cv::Mat out = img.clone();
  out(r).setTo(cv::Scalar::all(0));
  return out;
}

// copyTo into an empty Mat allocates fresh storage.
cv::Mat cropAndScale(const cv::Mat &img, const cv::Rect &r, double gain) {
  cv::Mat crop;
  img(r).copyTo(crop);
  crop *= gain;
  return crop;
}

// The const source is only read; the write goes into the non-const
// destination's ROI.
void paste(const cv::Mat &src, cv::Mat &dst, cv::Point at) {
  cv::Rect where(at.x, at.y, src.cols, src.rows);
  CV_Assert(where.x + where.width <= dst.cols && where.y + where.height <= dst.rows);
  src.copyTo(dst(where));
}

// convertTo into a fresh Mat; later arithmetic touches only it.
cv::Mat toFloat(const cv::Mat &bgr) {
  cv::Mat f;
  bgr.convertTo(f, CV_32F, 1.0 / 255.0);
  f -= cv::Scalar(0.5, 0.5, 0.5);
  return f;
}

// The header copy is rebound to a clone before the write.
cv::Mat rebound(const cv::Mat &in) {
  cv::Mat gray = in;
  gray = in.clone();
  gray.setTo(cv::Scalar::all(0));
  return gray;
}

// A Mat evaluated from an expression owns fresh storage.
cv::Mat evaluated(const cv::Mat &in) {
  cv::Mat y = in * 2;
  y.setTo(cv::Scalar::all(0));
  return y;
}

// Non-const handles are written on purpose (other checks' business).
void nonConst(cv::Mat &img, cv::Mat byValue) {
  img.row(0).setTo(cv::Scalar::all(0));
  byValue.row(0).setTo(cv::Scalar::all(0));
}

// `A.row(i) = A.row(j)` rebinds a temporary header: nothing is written.
void rowRebind(const cv::Mat &A) {
  A.row(0) = A.row(1);
}

// Only reads of the const input.
double readsOnly(const cv::Mat &img, const cv::Rect &r) {
  cv::Mat roi = img(r);
  cv::Mat blurred;
  cv::GaussianBlur(roi, blurred, cv::Size(3, 3), 0);
  return cv::norm(roi, blurred) + img.at<float>(0, 0);
}

// NOLINT and NOLINTNEXTLINE are honoured.
void suppressed(const cv::Mat &m) {
  m.row(0).setTo(cv::Scalar::all(0)); // NOLINT(aliasing-const-write-through-view)
  // NOLINTNEXTLINE(aliasing-const-write-through-view)
  m.row(1).setTo(cv::Scalar::all(0));
}

// A closure writing its own clone of the const input.
double closureClearsClone(const cv::Mat &src) {
  cv::Mat v = src.clone();
  auto clear = [&v] { v.setTo(cv::Scalar(0)); };
  clear();
  return cv::sum(v)[0];
}
