// Further cases on the real Debian headers only (the main cases, in opencv.cpp, run on both).
// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %opencv_flags
// RUN: clang++ -fsyntax-only %opencv_flags %t.cpp
// The real OpenCV 4.6 headers: the same facts as on the mocks.
#include <opencv2/core.hpp>
#include <opencv2/highgui.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <string>
#include <vector>

// `cv::Mat blurred = img` shares the pixels.
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

// A by-value cv::Mat parameter written through a row range.
void stampBanner(cv::Mat img, int rows) {
  cv::Mat banner = img.rowRange(0, rows);
  banner.setTo(cv::Scalar::all(255));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'banner' modifies the caller's array: 'img' is a by-value 'cv::Mat' parameter, which shares its data, and 'banner' is a view of 'img' created by 'cv::Mat::rowRange' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: 'banner' is made a view of 'img' here
  // No fix-it: the view is not read after the write, so a copy would only lose the write.
}

// An element written through a row kept as the previous value.
double pixelChange(cv::Mat &img, int x, int y) {
  cv::Mat prev = img.row(y);
  prev.at<float>(0, x) += 1.f;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'prev' also modifies 'img': 'prev' is a view of 'img' created by 'cv::Mat::row' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: 'prev' is made a view of 'img' here
  // CHECK-MESSAGES: :[[@LINE+2]]:19: note: 'img' is used together with 'prev' here, after the write
  // CHECK-FIXES: cv::Mat prev = img.row(y).clone();
  return cv::norm(img, prev, cv::NORM_L1);
}

// Negative: plates blacked out through ROIs, then the frame shown and saved.
bool redactShowAndSave(cv::Mat &frame, const std::vector<cv::Rect> &plates,
                       const std::string &path) {
  for (const cv::Rect &r : plates) {
    cv::Mat roi = frame(r);
    roi.setTo(cv::Scalar::all(0));
  }
  cv::imshow("redacted", frame);
  return cv::imwrite(path, frame);
}

// Negative: an explicit clone before the blur.
cv::Mat detailLayerClone(const cv::Mat &img, double sigma) {
  cv::Mat blurred = img.clone();
  cv::GaussianBlur(blurred, blurred, cv::Size(0, 0), sigma);
  cv::Mat detail;
  cv::subtract(img, blurred, detail, cv::noArray(), CV_16S);
  return detail;
}

// Negative: row operations through temporary row views.
void forwardEliminate(cv::Mat &A) {
  for (int k = 0; k < A.rows; ++k) {
    double pivot = A.at<double>(k, k);
    for (int i = k + 1; i < A.rows; ++i)
      A.row(i) -= A.row(k) * (A.at<double>(i, k) / pivot);
  }
}

// Negative: tinting each box, then drawing its outline on the same frame.
void drawDetections(cv::Mat &frame, const std::vector<cv::Rect> &boxes) {
  for (const cv::Rect &b : boxes) {
    cv::Mat roi = frame(b);
    roi += cv::Scalar(0, 60, 0);
    cv::rectangle(frame, b, cv::Scalar(0, 255, 0), 2);
  }
}
