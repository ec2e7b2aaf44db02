// Further cases on the real Debian headers only (the main cases, in opencv.cpp, run on both).
// RUN: %check_clang_tidy %s aliasing-const-write-through-view %t -- %opencv_flags
// The real OpenCV 4.6 headers: ROI members are const and return non-const
// headers, so all of this compiles; the same facts as on the mocks.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

// A named ROI of a const image zeroed.
void maskBorder(const cv::Mat &crop, int border, int w, int h) {
  cv::Mat inner = crop(cv::Rect(border, border, w, h));
  inner.setTo(cv::Scalar::all(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'inner' modifies 'crop', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:19: note: view of 'crop' made by 'cv::Mat::operator()' here
  // CHECK-FIXES: cv::Mat inner = crop(cv::Rect(border, border, w, h)).clone();
}

// A header copy of the const image, then a row range of it.
double sumWithoutBanner(const cv::Mat &img, int bannerRows) {
  cv::Mat work = img;
  work.rowRange(0, bannerRows).setTo(cv::Scalar::all(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through a view of 'img' modifies 'img', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: view of 'img' made by 'cv::Mat::rowRange' here
  return cv::sum(work)[0];
}

// A compound operator on a temporary row; an in-place filter on a column
// range of a by-value const Mat.
void tweak(const cv::Mat &hist, const cv::Mat frame) {
  hist.row(0) += cv::Scalar::all(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through a view of 'hist' modifies 'hist', a 'const cv::Mat &' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: view of 'hist' made by 'cv::Mat::row' here
  cv::Mat strip = frame.colRange(0, 16);
  cv::medianBlur(strip, strip, 3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'strip' modifies 'frame', a 'const cv::Mat' parameter: the const of 'cv::Mat' is shallow and does not protect its data [aliasing-const-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:19: note: view of 'frame' made by 'cv::Mat::colRange' here
  // CHECK-FIXES: cv::Mat strip = frame.colRange(0, 16).clone();
}

// Negative: the clone's ROI is written.
cv::Mat blackout(const cv::Mat &img, const cv::Rect &r) {
  cv::Mat out = img.clone();
  out(r).setTo(cv::Scalar::all(0));
  return out;
}

// Negative: copyTo into an empty Mat allocates fresh storage.
cv::Mat cropAndScale(const cv::Mat &img, const cv::Rect &r, double gain) {
  cv::Mat crop;
  img(r).copyTo(crop);
  crop *= gain;
  return crop;
}

// Negative: the const source is only read; the destination ROI is written.
void paste(const cv::Mat &src, cv::Mat &dst, cv::Point at) {
  cv::Rect where(at, src.size());
  CV_Assert((where & cv::Rect(0, 0, dst.cols, dst.rows)) == where);
  src.copyTo(dst(where));
}

// Negative: cvtColor to another type reallocates `gray`; the other branch
// clones. The const input is never written.
cv::Mat equalizedGray(const cv::Mat &in) {
  cv::Mat gray = in;
  if (in.channels() == 3) {
    cv::cvtColor(in, gray, cv::COLOR_BGR2GRAY);
  } else {
    gray = in.clone();
  }
  cv::equalizeHist(gray, gray);
  return gray;
}
