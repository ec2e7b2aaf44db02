// Members and globals keep their values between calls: a snapshot made at
// the end of one call is stale in the next once the original is refilled.
// The first case is reduced from the real-code corpus (Learning-OpenCV-3
// examples, example_15-02.cpp, accumulateBackground, called once per frame).
// Every case runs on the mock headers and on the real Debian headers; the
// fixed file compiles and has nothing left to report.
// RUN: %check_clang_tidy %s aliasing-stale-snapshot %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-stale-snapshot %t.real -- %opencv_flags
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %opencv_flags %t.real.cpp
// RUN: %aliaslint --quiet --checks=aliasing-stale-snapshot %t.cpp -- %mock_flags
// RUN: %aliaslint --quiet --checks=aliasing-stale-snapshot %t.real.cpp -- %opencv_flags
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>
#include <vector>

// ===== Positives ==========================================================

// `IprevF = tmp;` copies only the header, so from the second call on both
// globals share one buffer; `convertTo` of a same-size, same-type frame
// overwrites it in place, and `absdiff` compares the frame with itself.
cv::Mat IprevF, IdiffF, tmp, tmp2;
bool first = true;

// CHECK-MESSAGES: :[[@LINE+10]]:3: warning: 'IprevF' does not keep the old value of 'tmp': it is a second handle to its data, and 'tmp' is written before 'IprevF' is read [aliasing-stale-snapshot]
void accumulateBackground(cv::Mat &I) {
  I.convertTo(tmp, CV_32F);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'tmp' is written here by 'cv::Mat::convertTo' in the next call
  if (!first) {
    cv::absdiff(tmp, IprevF, tmp2);
    // CHECK-MESSAGES: :[[@LINE-1]]:22: note: 'IprevF' is read here together with 'tmp' in the next call, as if it held the old value
    IdiffF += tmp2;
  }
  first = false;
  IprevF = tmp;
  // CHECK-FIXES: IprevF = tmp.clone();
}

// The member form: a tracker's step keeps the previous grey frame, and the
// next step's cvtColor refills the buffer both members share.
class Tracker {
public:
  // CHECK-MESSAGES: :[[@LINE+8]]:5: warning: 'prevGray_' does not keep the old value of 'gray_': it is a second handle to its data, and 'gray_' is written before 'prevGray_' is read [aliasing-stale-snapshot]
  double step(const cv::Mat &frame) {
    cv::cvtColor(frame, gray_, cv::COLOR_BGR2GRAY);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'gray_' is written here by 'cv::cvtColor' in the next call
    double motion = 0;
    if (!prevGray_.empty())
      motion = cv::norm(prevGray_, gray_);
    // CHECK-MESSAGES: :[[@LINE-1]]:25: note: 'prevGray_' is read here together with 'gray_' in the next call, as if it held the old value
    prevGray_ = gray_;
    // CHECK-FIXES: prevGray_ = gray_.clone();
    return motion;
  }

private:
  cv::Mat gray_, prevGray_;
};

// ===== Negatives ==========================================================

// The intended form: an explicit copy.
class CopyingTracker {
public:
  double step(const cv::Mat &frame) {
    cv::cvtColor(frame, gray_, cv::COLOR_BGR2GRAY);
    double motion = prevGray_.empty() ? 0 : cv::norm(prevGray_, gray_);
    gray_.copyTo(prevGray_);
    return motion;
  }

private:
  cv::Mat gray_, prevGray_;
};

// The original is given new storage at the start of every call: the
// snapshot keeps the old buffer.
class FreshTracker {
public:
  double step(const cv::Mat &frame) {
    gray_ = cv::Mat(frame.rows, frame.cols, CV_8UC1);
    cv::cvtColor(frame, gray_, cv::COLOR_BGR2GRAY);
    double motion = prevGray_.empty() ? 0 : cv::norm(prevGray_, gray_);
    prevGray_ = gray_;
    return motion;
  }

private:
  cv::Mat gray_, prevGray_;
};

// Written after the snapshot within the call, and maybe reallocated there:
// nothing says the buffer is shared when it is read.
class LateWrite {
public:
  double step(const cv::Mat &frame) {
    double motion = prevGray_.empty() ? 0 : cv::norm(prevGray_, gray_);
    prevGray_ = gray_;
    cv::cvtColor(frame, gray_, cv::COLOR_BGR2GRAY);
    return motion;
  }

private:
  cv::Mat gray_, prevGray_;
};

// A constructor runs once: nothing follows it.
class Seeded {
public:
  explicit Seeded(const cv::Mat &frame) {
    cv::cvtColor(frame, gray_, cv::COLOR_BGR2GRAY);
    prevGray_ = gray_;
  }
  double diff() const { return cv::norm(prevGray_, gray_); }

private:
  cv::Mat gray_, prevGray_;
};

// A local snapshot does not outlive its call.
cv::Mat lastFrame;
double localSnapshot(const cv::Mat &frame) {
  cv::Mat before = lastFrame;
  double d = cv::norm(before, lastFrame);
  frame.convertTo(lastFrame, CV_32F);
  return d;
}

// A member container filled with a member handle in every call: from the
// second call on, `cap_ >> cur_` refills the buffer every element shares.
class Recorder {
public:
  double step() {
    cap_ >> cur_;
    history_.push_back(cur_);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'history_' does not keep the old value of 'cur_': it holds a second handle to its data, and 'cur_' is written before 'history_' is read [aliasing-stale-snapshot]
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'cur_' is written here by 'cv::VideoCapture::operator>>' in the next call
    // CHECK-FIXES: {{^}}    history_.push_back(cur_.clone());{{$}}
    if (history_.size() < 2)
      return 0;
    return cv::norm(history_[history_.size() - 2], cur_);
    // CHECK-MESSAGES: :[[@LINE-1]]:21: note: 'history_' is read here together with 'cur_' in the next call, as if it held the old value
  }
  // Silent: a copy stored.
  double stepCopied() {
    cap_ >> cur_;
    copies_.push_back(cur_.clone());
    return copies_.size() < 2 ? 0 : cv::norm(copies_[copies_.size() - 2], cur_);
  }

private:
  cv::VideoCapture cap_;
  cv::Mat cur_;
  std::vector<cv::Mat> history_, copies_;
};
