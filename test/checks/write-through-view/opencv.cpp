// Every case runs on the mock headers and on the real Debian headers.
// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-write-through-view %t.real -- %opencv_flags
// The fixed file compiles:
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %opencv_flags %t.real.cpp
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <string>
#include <vector>

// ===== Positives ==========================================================

// `cv::Mat blurred = img` shares the pixels: the blur runs on img itself and
// the detail layer is all zeros.
cv::Mat detailLayer(cv::Mat &img, double sigma) {
  cv::Mat blurred = img;
  cv::GaussianBlur(blurred, blurred, cv::Size(0, 0), sigma);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'blurred' also modifies 'img': 'blurred' is a second handle to the data of 'img' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:21: note: 'blurred' is made a handle sharing 'img' here
  // CHECK-MESSAGES: :[[@LINE+3]]:16: note: 'img' is used together with 'blurred' here, after the write
  // CHECK-FIXES: cv::Mat blurred = img.clone();
  cv::Mat detail;
  cv::subtract(img, blurred, detail, cv::noArray(), CV_16S);
  return detail;
}

// An ROI named like a copy, blurred in place, compared with the original.
double anonymizeFace(cv::Mat &frame, const cv::Rect &face) {
  cv::Mat tmp = frame(face);
  cv::blur(tmp, tmp, cv::Size(15, 15));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'tmp' also modifies 'frame': 'tmp' is a view of 'frame' created by 'cv::Mat::operator()' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'tmp' is made a view of 'frame' here
  // CHECK-MESSAGES: :[[@LINE+2]]:19: note: 'frame' is used together with 'tmp' here, after the write
  // CHECK-FIXES: cv::Mat tmp = frame(face).clone();
  return cv::norm(frame(face), tmp, cv::NORM_L1) / face.area();
}

// A by-value cv::Mat is taken as if it were a copy: blending into its ROI
// stamps the logo onto the caller's frame.
cv::Mat addWatermark(cv::Mat frame, const cv::Mat &logo, double alpha) {
  cv::Rect cornerRect(frame.cols - logo.cols, 0, logo.cols, logo.rows);
  cv::Mat corner = frame(cornerRect);
  cv::addWeighted(corner, 1.0 - alpha, logo, alpha, 0.0, corner);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'corner' also modifies 'frame': 'corner' is a view of 'frame' created by 'cv::Mat::operator()' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: 'corner' is made a view of 'frame' here
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'frame' is read here, after the write
  // No fix-it: the view is not read after the write, so a copy would only lose the write.
  return frame;
}

// The by-value signal alone: nothing is read afterwards, yet the caller's
// image is modified.
void stampBanner(cv::Mat img, int rows) {
  cv::Mat banner = img.rowRange(0, rows);
  banner.setTo(cv::Scalar::all(255));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'banner' modifies the caller's array: 'img' is a by-value 'cv::Mat' parameter, which shares its data, and 'banner' is a view of 'img' created by 'cv::Mat::rowRange' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: 'banner' is made a view of 'img' here
  // No fix-it: the view is not read after the write, so a copy would only lose the write.
}

// On one branch convertTo (same type) writes into img; the change mask is
// then always empty.
cv::Mat boostRegion(cv::Mat &img, const cv::Rect &roi, bool enabled) {
  cv::Mat work = img(roi);
  if (enabled) {
    work.convertTo(work, -1, 1.3, 15.0);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write through 'work' also modifies 'img': 'work' is a view of 'img' created by 'cv::Mat::operator()' [aliasing-write-through-view]
    // CHECK-MESSAGES: :[[@LINE-4]]:18: note: 'work' is made a view of 'img' here
    // CHECK-MESSAGES: :[[@LINE+4]]:15: note: 'img' is used together with 'work' here, after the write
    // CHECK-FIXES: cv::Mat work = img(roi).clone();
  }
  cv::Mat changed;
  cv::absdiff(img(roi), work, changed);
  return changed;
}

// A compound operator through a row kept as the previous value.
double rowDelta(cv::Mat &m) {
  cv::Mat prev = m.row(0);
  prev += cv::Scalar::all(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'prev' also modifies 'm': 'prev' is a view of 'm' created by 'cv::Mat::row' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: 'prev' is made a view of 'm' here
  // CHECK-MESSAGES: :[[@LINE+2]]:19: note: 'm' is used together with 'prev' here, after the write
  // CHECK-FIXES: cv::Mat prev = m.row(0).clone();
  return cv::norm(m.row(0), prev);
}

// A same-TU helper writes the ROI it is given.
static void clearRegion(cv::Mat &m) { m.setTo(cv::Scalar::all(0)); }
double clearedEnergy(cv::Mat &frame, const cv::Rect &r) {
  cv::Mat saved = frame(r);
  clearRegion(saved);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'saved' also modifies 'frame': 'saved' is a view of 'frame' created by 'cv::Mat::operator()' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:19: note: 'saved' is made a view of 'frame' here
  // CHECK-MESSAGES: :[[@LINE+2]]:19: note: 'frame' is used together with 'saved' here, after the write
  // CHECK-FIXES: cv::Mat saved = frame(r).clone();
  return cv::norm(frame) - cv::norm(saved);
}

// A header from the Mat(m, roi) constructor is a view too.
double patchChange(cv::Mat &img, int x, int y) {
  cv::Mat orig = cv::Mat(img, cv::Rect(x, y, 4, 4));
  orig.setTo(cv::Scalar::all(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'orig' also modifies 'img': 'orig' is a view of 'img' created by 'cv::Mat::Mat' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: 'orig' is made a view of 'img' here
  // CHECK-MESSAGES: :[[@LINE+2]]:19: note: 'img' is used together with 'orig' here, after the write
  // CHECK-FIXES: cv::Mat orig = (cv::Mat(img, cv::Rect(x, y, 4, 4))).clone();
  return cv::norm(img, orig, cv::NORM_L1);
}

// A direct-initialised view: reported, with no fix-it (there is no
// initialiser expression to copy).
double patchChangeDirect(cv::Mat &img, int x, int y) {
  cv::Mat orig(img, cv::Rect(x, y, 4, 4));
  orig.setTo(cv::Scalar::all(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'orig' also modifies 'img': 'orig' is a view of 'img' created by 'cv::Mat::Mat' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: 'orig' is made a view of 'img' here
  // CHECK-MESSAGES: :[[@LINE+1]]:19: note: 'img' is used together with 'orig' here, after the write
  return cv::norm(img, orig, cv::NORM_L1);
}

// Elements written through a named view: at<T>() and Mat_::operator().
double pixelChange(cv::Mat &img, int x, int y) {
  cv::Mat backup = img.row(y);
  backup.at<float>(0, x) += 1.f;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'backup' also modifies 'img': 'backup' is a view of 'img' created by 'cv::Mat::row' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: 'backup' is made a view of 'img' here
  // CHECK-MESSAGES: :[[@LINE+2]]:19: note: 'img' is used together with 'backup' here, after the write
  // CHECK-FIXES: cv::Mat backup = img.row(y).clone();
  return cv::norm(img, backup, cv::NORM_L1);
}
double typedChange(cv::Mat1f &m) {
  cv::Mat1f prev = m.row(0);
  prev(0, 1) = 3.f;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'prev' also modifies 'm': 'prev' is a view of 'm' created by 'cv::Mat_::row' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: 'prev' is made a view of 'm' here
  // CHECK-MESSAGES: :[[@LINE+2]]:19: note: 'm' is used together with 'prev' here, after the write
  // CHECK-FIXES: cv::Mat1f prev = m.row(0).clone();
  return cv::norm(m, prev, cv::NORM_L1);
}

// In a loop, the next iteration reads the original after the write.
double accumulateRows(cv::Mat &m) {
  double total = 0;
  for (int i = 0; i < m.rows; ++i) {
    total += cv::norm(m);
    cv::Mat scratch = m.row(i);
    scratch.setTo(cv::Scalar::all(0));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write through 'scratch' also modifies 'm': 'scratch' is a view of 'm' created by 'cv::Mat::row' [aliasing-write-through-view]
    // CHECK-MESSAGES: :[[@LINE-3]]:23: note: 'scratch' is made a view of 'm' here
    // CHECK-MESSAGES: :[[@LINE-5]]:23: note: 'm' is read here, after the write
    // No fix-it: the view is not read after the write, so a copy would only lose the write.
  }
  return total;
}

// A closure that writes the view it captures by reference, called later:
// the write happens at the call.
double closureClearsRows(cv::Mat &img) {
  cv::Mat saved = img.rowRange(0, 2);
  auto clear = [&saved] { saved.setTo(cv::Scalar(0)); };
  clear();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'saved' also modifies 'img': 'saved' is a view of 'img' created by 'cv::Mat::rowRange' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-4]]:19: note: 'saved' is made a view of 'img' here
  // CHECK-MESSAGES: :[[@LINE+1]]:18: note: 'img' is read here, after the write
  return cv::sum(img)[0];
}

// ===== Negatives ==========================================================

// Blacking out plates through temporary ROIs, then saving the frame.
bool redactAndSave(cv::Mat &frame, const std::vector<cv::Rect> &plates,
                   const std::string &path) {
  for (const cv::Rect &r : plates) {
    frame(r).setTo(cv::Scalar::all(0));
  }
  return cv::imwrite(path, frame);
}

// An ROI zeroed on purpose, then the image saved.
bool maskAndSave(cv::Mat &img, const cv::Rect &r, const std::string &path) {
  cv::Mat roi = img(r);
  roi.setTo(cv::Scalar::all(0));
  return cv::imwrite(path, img);
}

// Clamping the interior in place is the function's job.
void clampInterior(cv::Mat &depth, int margin) {
  cv::Rect inner(margin, margin, depth.cols - 2 * margin, depth.rows - 2 * margin);
  cv::Mat roi = depth(inner);
  cv::threshold(roi, roi, 10.0, 0, cv::THRESH_TRUNC);
}

// An explicit clone before the blur.
cv::Mat detailLayerClone(const cv::Mat &img, double sigma) {
  cv::Mat blurred = img.clone();
  cv::GaussianBlur(blurred, blurred, cv::Size(0, 0), sigma);
  cv::Mat detail;
  cv::subtract(img, blurred, detail, cv::noArray(), CV_16S);
  return detail;
}

// Pasting a thumbnail into the frame, then drawing on it and returning it.
cv::Mat composePreview(cv::Mat &frame, const cv::Mat &thumb) {
  cv::Mat corner = frame(cv::Rect(8, 8, thumb.cols, thumb.rows));
  thumb.copyTo(corner);
  cv::rectangle(frame, cv::Rect(7, 7, thumb.cols + 2, thumb.rows + 2), cv::Scalar(255, 255, 255));
  return frame;
}

// The ROI handle is rebound to a clone before the blur.
double blurStrength(cv::Mat &frame, const cv::Rect &face) {
  cv::Mat tmp = frame(face);
  tmp = tmp.clone();
  cv::blur(tmp, tmp, cv::Size(15, 15));
  return cv::norm(frame(face), tmp, cv::NORM_L1) / face.area();
}

// A same-TU helper returns an ROI; brightening the centre is the job.
static cv::Mat centerRegion(const cv::Mat &m, int w, int h) {
  return m(cv::Rect((m.cols - w) / 2, (m.rows - h) / 2, w, h));
}
void spotlight(cv::Mat &img, int w, int h) {
  cv::Mat c = centerRegion(img, w, h);
  c.convertTo(c, -1, 1.2, 10.0);
}

// resize into an ROI of a fresh canvas, which is returned.
cv::Mat letterbox(const cv::Mat &img, int size) {
  if (img.cols == size && img.rows == size)
    return img;
  cv::Mat canvas(size, size, img.type(), cv::Scalar::all(114));
  cv::Mat dst = canvas(cv::Rect(0, 0, img.cols / 2, img.rows / 2));
  cv::resize(img, dst, cv::Size(img.cols / 2, img.rows / 2));
  return canvas;
}

// Row operations through temporary row views are the elimination itself.
void forwardEliminate(cv::Mat &A) {
  for (int k = 0; k < A.rows; ++k) {
    double pivot = A.at<double>(k, k);
    for (int i = k + 1; i < A.rows; ++i)
      A.row(i) -= A.row(k) * (A.at<double>(i, k) / pivot);
  }
}

// Tinting each box, then drawing its outline on the same frame.
void drawDetections(cv::Mat &frame, const std::vector<cv::Rect> &boxes) {
  for (const cv::Rect &b : boxes) {
    cv::Mat roi = frame(b);
    roi += cv::Scalar(0, 60, 0);
    cv::rectangle(frame, b, cv::Scalar(0, 255, 0), 2);
  }
}

// `A.row(i) = A.row(j)` rebinds a temporary header: nothing is written
// (another check's business), so nothing is reported here.
cv::Mat rowRebind(cv::Mat &A) {
  cv::Mat backup = A.row(0);
  backup = A.row(1);
  A.row(0) = A.row(1);
  return A;
}

// A view on one path only (a may-fact): not reported unless Strict.
double onePath(cv::Mat &img, const cv::Rect &r, bool inPlace) {
  cv::Mat work = img.clone();
  if (inPlace)
    work = img(r);
  work.setTo(cv::Scalar::all(0));
  return cv::norm(img);
}

// The read of the original is on a path the write cannot reach.
double earlyReturn(cv::Mat &img, bool reset) {
  cv::Mat tmp = img.row(0);
  if (reset) {
    tmp.setTo(cv::Scalar::all(0));
    return 0;
  }
  return cv::norm(img);
}

// A reference names the original on purpose.
double byReference(cv::Mat &img) {
  cv::Mat &backup = img;
  backup.setTo(cv::Scalar::all(1));
  return cv::norm(img);
}

// A view in an inner scope; the frame is meant to carry the write.
bool scopedView(cv::Mat &frame, const std::string &path) {
  {
    cv::Mat banner = frame.rowRange(0, 8);
    banner.setTo(cv::Scalar::all(0));
  }
  return cv::imwrite(path, frame);
}

// Reading only the original's shape after the write is no use of its
// pixels: the in-place row loop reads `img.rows` in its condition.
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

// NOLINT and NOLINTNEXTLINE are honoured.
double suppressed(cv::Mat &frame, const cv::Rect &r) {
  cv::Mat tmp = frame(r);
  tmp.setTo(cv::Scalar::all(0)); // NOLINT(aliasing-write-through-view)
  cv::Mat copy = frame(r);
  // NOLINTNEXTLINE(aliasing-write-through-view)
  copy.setTo(cv::Scalar::all(0));
  return cv::norm(frame, tmp) + cv::norm(frame, copy);
}

// A closure writing an explicit copy leaves img alone.
double closureClearsClone(const cv::Mat &img) {
  cv::Mat saved = img.rowRange(0, 2).clone();
  auto clear = [&saved] { saved.setTo(cv::Scalar(0)); };
  clear();
  return cv::sum(img)[0] + cv::sum(saved)[0];
}
