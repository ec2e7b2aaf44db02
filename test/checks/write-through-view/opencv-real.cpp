// Further cases on the real Debian headers only (the main cases, in opencv.cpp, run on both).
// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %opencv_flags
// RUN: clang++ -fsyntax-only %opencv_flags %t.cpp
// Real-only API (highgui, imgcodecs, std::string) on the real OpenCV 4.6 headers.
#include <opencv2/core.hpp>
#include <opencv2/highgui.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <string>
#include <vector>

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
