// Further cases on the real Debian headers only (the main cases, in opencv.cpp, run on both).
// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t -- %opencv_flags
// The real OpenCV 4.6 headers: the same facts as on the mocks.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <vector>

// A clone made, scaled and dropped in each iteration.
void whiteBalance(std::vector<cv::Mat> &channels, const std::vector<double> &gains) {
  for (size_t c = 0; c < channels.size(); ++c) {
    cv::Mat ch = channels[c].clone();
    ch.convertTo(ch, -1, gains[c]);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write to 'ch' is never read: 'ch' is a copy of 'channels[c]', so 'channels[c]' is NOT modified [aliasing-lost-write-to-copy]
    // CHECK-MESSAGES: :[[@LINE-3]]:18: note: 'ch' is made a copy of 'channels[c]' by 'cv::Mat::clone' here
  }
}
