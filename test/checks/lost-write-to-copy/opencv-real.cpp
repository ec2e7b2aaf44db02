// Further cases on the real Debian headers only (the main cases, in opencv.cpp, run on both).
// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t -- %opencv_flags
// The real OpenCV 4.6 headers: the same facts as on the mocks.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <vector>

// The denoised clone is dropped on either branch.
void denoise(cv::Mat &frame, bool strong) {
  cv::Mat out = frame.clone();
  if (strong) {
    cv::medianBlur(out, out, 5);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write to 'out' is never read: 'out' is a copy of 'frame', so 'frame' is NOT modified [aliasing-lost-write-to-copy]
    // CHECK-MESSAGES: :[[@LINE-4]]:17: note: 'out' is made a copy of 'frame' by 'cv::Mat::clone' here
  } else {
    cv::GaussianBlur(out, out, cv::Size(3, 3), 0);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write to 'out' is never read: 'out' is a copy of 'frame', so 'frame' is NOT modified [aliasing-lost-write-to-copy]
    // CHECK-MESSAGES: :[[@LINE-8]]:17: note: 'out' is made a copy of 'frame' by 'cv::Mat::clone' here
  }
}

// setTo on a temporary clone.
void clearTemporary(cv::Mat &img) {
  img.clone().setTo(cv::Scalar::all(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 'img' is lost: 'cv::Mat::clone' returns a copy, so 'img' is NOT modified [aliasing-lost-write-to-copy]
}

// A clone made, scaled and dropped in each iteration.
void whiteBalance(std::vector<cv::Mat> &channels, const std::vector<double> &gains) {
  for (size_t c = 0; c < channels.size(); ++c) {
    cv::Mat ch = channels[c].clone();
    ch.convertTo(ch, -1, gains[c]);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write to 'ch' is never read: 'ch' is a copy of 'channels[c]', so 'channels[c]' is NOT modified [aliasing-lost-write-to-copy]
    // CHECK-MESSAGES: :[[@LINE-3]]:18: note: 'ch' is made a copy of 'channels[c]' by 'cv::Mat::clone' here
  }
}

// Negative: the filtered clone is handed back through the reference.
void denoiseBack(cv::Mat &frame) {
  cv::Mat out = frame.clone();
  cv::medianBlur(out, out, 5);
  frame = out;
}

// Negative: each scaled clone is stored in the returned vector.
std::vector<cv::Mat> whiteBalanced(const std::vector<cv::Mat> &channels, const std::vector<double> &gains) {
  std::vector<cv::Mat> out;
  for (size_t c = 0; c < channels.size(); ++c) {
    cv::Mat ch = channels[c].clone();
    ch *= gains[c];
    out.push_back(ch);
  }
  return out;
}

// Negative: the clone's ROI is blacked out and the clone returned.
cv::Mat blackout(const cv::Mat &img, const cv::Rect &r) {
  cv::Mat out = img.clone();
  out(r).setTo(cv::Scalar::all(0));
  return out;
}
