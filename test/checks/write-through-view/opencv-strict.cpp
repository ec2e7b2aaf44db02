// RUN: %check_clang_tidy -config="{CheckOptions: {aliasing-write-through-view.Strict: true}}" \
// RUN:   %s aliasing-write-through-view %t -- %mock_flags
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// Strict: every write through a hidden view followed by a read of the
// original, and views that exist on some paths only.
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <string>

// A view on one path only (a may-fact).
double onePath(cv::Mat &img, const cv::Rect &r, bool inPlace) {
  cv::Mat work = img.clone();
  if (inPlace)
    work = img(r);
  work.setTo(cv::Scalar::all(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'work' also modifies 'img': 'work' is a view of 'img' created by 'cv::Mat::operator()' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 'work' is made a view of 'img' here
  // CHECK-MESSAGES: :[[@LINE+1]]:19: note: 'img' is read here, after the write
  return cv::norm(img);
}

// A hidden view with an ordinary name, the original read afterwards.
bool maskAndSave(cv::Mat &img, const cv::Rect &r, const std::string &path) {
  cv::Mat roi = img(r);
  roi.setTo(cv::Scalar::all(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'roi' also modifies 'img': 'roi' is a view of 'img' created by 'cv::Mat::operator()' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'roi' is made a view of 'img' here
  // CHECK-MESSAGES: :[[@LINE+1]]:28: note: 'img' is read here, after the write
  return cv::imwrite(path, img);
}

// Still never: a reference, a view written with no later read of the
// original, and an explicit clone.
double byReference(cv::Mat &img) {
  cv::Mat &alias = img;
  alias.setTo(cv::Scalar::all(1));
  return cv::norm(img);
}
void clampInterior(cv::Mat &depth, const cv::Rect &inner) {
  cv::Mat roi = depth(inner);
  roi.setTo(cv::Scalar::all(0));
}
double cloned(const cv::Mat &img, const cv::Rect &r) {
  cv::Mat roi = img(r).clone();
  roi.setTo(cv::Scalar::all(0));
  return cv::norm(img, cv::NORM_L1);
}
