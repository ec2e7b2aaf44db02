// Every case runs on the mock headers and on the real Debian headers.
// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t.real -- %opencv_flags
// The fixed file compiles:
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %opencv_flags %t.real.cpp
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <string>
#include <vector>

// In OpenCV only clone() is modelled as a copy.

// ===== Positives ==========================================================

// The denoised clone is dropped: the caller's frame is never updated.
void denoise(cv::Mat &frame) {
  cv::Mat out = frame.clone();
  cv::medianBlur(out, out, 5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'out' is never read: 'out' is a copy of 'frame', so 'frame' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'out' is made a copy of 'frame' by 'cv::Mat::clone' here
}

// setTo on a temporary clone.
void clearTemporary(cv::Mat &img) {
  img.clone().setTo(cv::Scalar::all(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 'img' is lost: 'cv::Mat::clone' returns a copy, so 'img' is NOT modified [aliasing-lost-write-to-copy]
}

// A compound operator on a temporary clone of a row.
void brightenFirstRow(cv::Mat &img) {
  img.row(0).clone() += cv::Scalar::all(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 'img' is lost: 'cv::Mat::clone' returns a copy, so 'img' is NOT modified [aliasing-lost-write-to-copy]
}

// A temporary clone handed to a same-TU helper that writes its parameter.
static void blacken(cv::Mat m) { m.setTo(cv::Scalar::all(0)); }
void blackenCopy(cv::Mat &img) {
  blacken(img.clone());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 'img' is lost: 'cv::Mat::clone' returns a copy, so 'img' is NOT modified [aliasing-lost-write-to-copy]
}

// A named clone scaled in place on a branch and dropped at its scope's end.
void maybeGain(cv::Mat &img, bool enabled, double gain) {
  if (enabled) {
    cv::Mat scaled = img.clone();
    scaled *= gain;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write to 'scaled' is never read: 'scaled' is a copy of 'img', so 'img' is NOT modified [aliasing-lost-write-to-copy]
    // CHECK-MESSAGES: :[[@LINE-3]]:22: note: 'scaled' is made a copy of 'img' by 'cv::Mat::clone' here
  }
}

// convertTo into the clone itself, never read.
void stretch(cv::Mat &ch, double gain) {
  cv::Mat c = ch.clone();
  c.convertTo(c, -1, gain);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'c' is never read: 'c' is a copy of 'ch', so 'ch' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'c' is made a copy of 'ch' by 'cv::Mat::clone' here
}

// copyTo into a clone of the destination, which is then dropped.
void pasteInto(const cv::Mat &patch, cv::Mat &dst) {
  cv::Mat target = dst.clone();
  patch.copyTo(target);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'target' is never read: 'target' is a copy of 'dst', so 'dst' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: 'target' is made a copy of 'dst' by 'cv::Mat::clone' here
}

// setTo on a clone of a const input, never read.
void resetOverlay(const cv::Mat &overlay) {
  cv::Mat o = overlay.clone();
  o.setTo(cv::Scalar::all(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'o' is never read: 'o' is a copy of 'overlay', so 'overlay' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'o' is made a copy of 'overlay' by 'cv::Mat::clone' here
}

// An ROI or a row of a named clone written; the clone is dropped.
void maskCopy(const cv::Mat &img, const cv::Rect &r) {
  cv::Mat c = img.clone();
  c(r).setTo(cv::Scalar::all(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'c' is never read: 'c' is a copy of 'img', so 'img' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'c' is made a copy of 'img' by 'cv::Mat::clone' here
}
void bumpRowOfCopy(cv::Mat &img) {
  cv::Mat c = img.clone();
  c.row(0) += cv::Scalar::all(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'c' is never read: 'c' is a copy of 'img', so 'img' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'c' is made a copy of 'img' by 'cv::Mat::clone' here
}

// Elements of a named clone written; the clone is dropped.
void touchCopy(const cv::Mat &img) {
  cv::Mat c = img.clone();
  c.at<float>(0, 0) = 1.f;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'c' is never read: 'c' is a copy of 'img', so 'img' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'c' is made a copy of 'img' by 'cv::Mat::clone' here
}
void touchTypedCopy(const cv::Mat1f &m) {
  cv::Mat1f c = m.clone();
  c(0, 0) += 1.f;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'c' is never read: 'c' is a copy of 'm', so 'm' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'c' is made a copy of 'm' by 'cv::Mat_::clone' here
}

// A named clone handed to a same-TU helper taking cv::Mat by value (which
// shares the pixels) and writing it.
void blackenNamedCopy(cv::Mat &img) {
  cv::Mat c = img.clone();
  blacken(c);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'c' is never read: 'c' is a copy of 'img', so 'img' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'c' is made a copy of 'img' by 'cv::Mat::clone' here
}

// ===== Negatives ==========================================================

// The filtered clone is handed back through the reference parameter.
void denoiseBack(cv::Mat &frame, bool strong) {
  cv::Mat out = frame.clone();
  if (strong) {
    cv::medianBlur(out, out, 5);
  } else {
    cv::GaussianBlur(out, out, cv::Size(3, 3), 0);
  }
  frame = out;
}

// Each scaled clone is stored in the returned vector.
std::vector<cv::Mat> whiteBalanced(const std::vector<cv::Mat> &channels, const std::vector<double> &gains) {
  std::vector<cv::Mat> out;
  for (size_t c = 0; c < channels.size(); ++c) {
    cv::Mat ch = channels[c].clone();
    ch *= gains[c];
    out.push_back(ch);
  }
  return out;
}

// The clone's ROI is blacked out and the clone returned.
cv::Mat blackout(const cv::Mat &img, const cv::Rect &r) {
  cv::Mat out = img.clone();
  out(r).setTo(cv::Scalar::all(0));
  return out;
}

// copyTo into an empty Mat, then scaled and returned.
cv::Mat cropAndScale(const cv::Mat &img, const cv::Rect &r, double gain) {
  cv::Mat crop;
  img(r).copyTo(crop);
  crop *= gain;
  return crop;
}

// A written clone saved to disk.
bool saveMasked(const cv::Mat &img, const cv::Rect &r, const std::string &path) {
  cv::Mat shown = img.clone();
  shown(r).setTo(cv::Scalar::all(0));
  return cv::imwrite(path, shown);
}

// convertTo into a fresh Mat; the in-place arithmetic touches only it.
cv::Mat toNetworkInput(const cv::Mat &bgr) {
  cv::Mat f;
  bgr.convertTo(f, CV_32F, 1.0 / 255.0);
  f -= cv::Scalar(0.485, 0.456, 0.406);
  cv::divide(f, cv::Scalar(0.229, 0.224, 0.225), f);
  return f;
}

// Writes through ROIs of the original are not lost.
void viewsAreNotCopies(cv::Mat &img) {
  img.row(0).setTo(cv::Scalar::all(0));
  img(cv::Rect(0, 0, 2, 2)) += cv::Scalar::all(1);
  img.row(1) = img.row(2) * 2;
}

// The clone is compared with the original after the write.
double changeOfBlur(const cv::Mat &img) {
  cv::Mat blurred = img.clone();
  cv::GaussianBlur(blurred, blurred, cv::Size(5, 5), 0);
  return cv::norm(img, blurred);
}

// A clone on one path only is not a definite copy.
void onePathCopy(cv::Mat &img, bool keep) {
  cv::Mat w = img;
  if (keep)
    w = img.clone();
  w.setTo(cv::Scalar::all(0));
}

// NOLINT and NOLINTNEXTLINE are honoured.
void suppressed(cv::Mat &img) {
  img.clone().setTo(cv::Scalar::all(0)); // NOLINT(aliasing-lost-write-to-copy)
  // NOLINTNEXTLINE(aliasing-lost-write-to-copy)
  img.clone().setTo(cv::Scalar::all(1));
}
