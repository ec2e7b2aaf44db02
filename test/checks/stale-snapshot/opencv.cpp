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
#include <opencv2/highgui.hpp>
#include <opencv2/videoio.hpp>

#include <cassert>
#include <deque>
#include <vector>

// ===== Positives ==========================================================

// The capture loop: `prev = cur` copies the header; from the second frame on
// `cap.read(cur)` writes the buffer both share, so the motion is always 0.
double motion(cv::VideoCapture &cap) {
  cv::Mat prev, cur;
  double total = 0;
  while (cap.read(cur)) {
    if (!prev.empty())
      total += cv::norm(prev, cur);
    prev = cur;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'prev' does not keep the old value of 'cur': it is a second handle to its data, and 'cur' is written before 'prev' is read [aliasing-stale-snapshot]
    // CHECK-MESSAGES: :[[@LINE-5]]:10: note: 'cur' is written here by 'cv::VideoCapture::read'
    // CHECK-MESSAGES: :[[@LINE-4]]:25: note: 'prev' is read here together with 'cur', as if it held the old value
    // CHECK-FIXES: prev = cur.clone();
  }
  return total;
}

// `cap >> frame` refills the buffer `before` shares.
cv::Mat frameDelta(cv::VideoCapture &cap) {
  cv::Mat frame;
  cap >> frame;
  cv::Mat before = frame;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'before' does not keep the old value of 'frame': it is a second handle to its data, and 'frame' is written before 'before' is read [aliasing-stale-snapshot]
  // CHECK-FIXES: cv::Mat before = frame.clone();
  cap >> frame;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'frame' is written here by 'cv::VideoCapture::operator>>'
  cv::Mat d;
  cv::absdiff(before, frame, d);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: note: 'before' is read here together with 'frame', as if it held the old value
  return d;
}

// Named as the old value, read alone after the original is blanked.
double blankedEnergy(cv::Mat &img) {
  cv::Mat orig = img;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'orig' does not keep the old value of 'img': it is a second handle to its data, and 'img' is written before 'orig' is read [aliasing-stale-snapshot]
  // CHECK-FIXES: cv::Mat orig = img.clone();
  img.setTo(cv::Scalar::all(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'img' is written here by 'cv::Mat::setTo'
  return cv::norm(orig);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: note: 'orig' is read here, as if it held the old value
}

// Written on both branches: on the first the snapshot is dropped before it
// is read, on the second it is read with the original. Reported with the
// write on the path that reaches the stale read, not the first write.
double branchDelta(cv::Mat &img, bool reset) {
  cv::Mat keep = img;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'keep' does not keep the old value of 'img': it is a second handle to its data, and 'img' is written before 'keep' is read [aliasing-stale-snapshot]
  // CHECK-FIXES: cv::Mat keep = img.clone();
  if (reset) {
    img.setTo(cv::Scalar::all(0));
    keep = cv::Mat();
  } else {
    img.setTo(cv::Scalar::all(1));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'img' is written here by 'cv::Mat::setTo'
  }
  return cv::norm(keep, img);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: note: 'keep' is read here together with 'img', as if it held the old value
}

// ===== Negatives ==========================================================

// The original rebound after the write: `kept` is the one handle left to
// the result, and the read with `m` reads other pixels.
cv::Mat keptByHandle(const cv::Mat &x, const cv::Mat &y) {
  cv::Mat m = x.clone();
  cv::Mat kept = m;
  m *= 0.5;
  m = y(cv::Rect(0, 0, 2, 2));
  return kept + m;
}

// The fix: an explicit copy of the pixels.
double motionCloned(cv::VideoCapture &cap) {
  cv::Mat prev, cur;
  double total = 0;
  while (cap.read(cur)) {
    if (!prev.empty())
      total += cv::norm(prev, cur);
    prev = cur.clone();
  }
  return total;
}

// copyTo into the snapshot: its own buffer.
double motionCopied(cv::VideoCapture &cap) {
  cv::Mat prev, cur;
  double total = 0;
  while (cap.read(cur)) {
    if (!prev.empty())
      total += cv::norm(prev, cur);
    cur.copyTo(prev);
  }
  return total;
}

// `cur.release()` after the snapshot: `cur` owns nothing, so the capture
// allocates a new buffer and `prev` keeps the old frame.
double motionReleased(cv::VideoCapture &cap) {
  cv::Mat prev, cur;
  double total = 0;
  while (cap.read(cur)) {
    if (!prev.empty())
      total += cv::norm(prev, cur);
    prev = cur;
    cur.release();
  }
  return total;
}

// `create` with another size or type reallocates `cur`: whether `prev`
// still shares the buffer written next is not known, so nothing is said.
double motionRecreated(cv::VideoCapture &cap, cv::Size sz) {
  cv::Mat prev, cur;
  double total = 0;
  while (cap.read(cur)) {
    if (!prev.empty())
      total += cv::norm(prev, cur);
    prev = cur;
    cur.create(sz, CV_8UC3);
  }
  return total;
}

// The frame declared in the loop: a new, empty header each iteration, so the
// capture allocates a new buffer and `prev` keeps the old one.
double motionFreshHeader(cv::VideoCapture &cap) {
  cv::Mat prev;
  double total = 0;
  for (;;) {
    cv::Mat frame;
    if (!cap.read(frame))
      break;
    if (!prev.empty())
      total += cv::norm(prev, frame);
    prev = frame;
  }
  return total;
}

// A handle copy never read after the write.
double aliasUnused(cv::Mat &img) {
  cv::Mat prev = img;
  double before = cv::norm(prev, img);
  img.setTo(cv::Scalar::all(0));
  return before;
}

// Read before the write only.
double readFirst(cv::Mat &img) {
  cv::Mat old = img;
  double e = cv::norm(old);
  img.setTo(cv::Scalar::all(1));
  return e + cv::norm(img);
}

// The original rebound: `cur = next` makes it share other storage, and the
// write goes there.
double rebound(cv::Mat &cur, const cv::Mat &next) {
  cv::Mat prev = cur;
  cur = next.clone();
  cur.setTo(cv::Scalar::all(0));
  return cv::norm(prev, cur);
}

// A reallocating output: `cv::resize` gives `small` a fresh buffer of the
// new size; `prev` keeps the old one.
double resized(const cv::Mat &big, cv::Mat &small) {
  cv::Mat prev = small;
  cv::resize(big, small, cv::Size(), 0.5, 0.5);
  return cv::norm(prev, small);
}

// Sharing on purpose, no sign of "old value": a display header.
double shown(cv::Mat &img) {
  cv::Mat view = img;
  img.setTo(cv::Scalar::all(0));
  return cv::norm(view);
}

// A test that the write reached the second handle.
#define EXPECT_EQ(a, b) assert((a) == (b))
void sharesData(cv::Mat &m) {
  cv::Mat alias = m;
  m.setTo(cv::Scalar::all(1));
  EXPECT_EQ(cv::norm(alias, m), 0.0);
  assert(cv::norm(alias, m) == 0.0);
}

// A reference is the original under another name.
double reference(cv::Mat &img) {
  cv::Mat &prev = img;
  img.setTo(cv::Scalar::all(0));
  return cv::norm(prev, img);
}

// Handles kept in a container as history while the same buffer is refilled:
// every element shares the one buffer that `cap >> frame` / `cap.read(frame)`
// writes in place (same size and type: create() is a no-op). Reported at
// the store, on any later read of the container (stored in a loop: one
// element per iteration), with the element, a range-for or front()/back().
void keepHistory(cv::VideoCapture &cap, int n) {
  std::vector<cv::Mat> history;
  cv::Mat frame;
  for (int i = 0; i < n; ++i) {
    cap >> frame;
    history.push_back(frame);
  }
  // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: 'history' does not keep the old value of 'frame': it holds a second handle to its data, and 'frame' is written before 'history' is read [aliasing-stale-snapshot]
  // CHECK-MESSAGES: :[[@LINE-4]]:5: note: 'frame' is written here by 'cv::VideoCapture::operator>>'
  // CHECK-FIXES: {{^}}    history.push_back(frame.clone());{{$}}
  for (const cv::Mat &m : history)
    cv::imshow("history", m);
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: 'history' is read here, as if it held the old value
}
double motionOverHistory(cv::VideoCapture &cap) {
  std::deque<cv::Mat> frames;
  cv::Mat frame;
  double motion = 0;
  while (cap.read(frame)) {
    frames.emplace_back(frame);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'frames' does not keep the old value of 'frame': it holds a second handle to its data, and 'frame' is written before 'frames' is read [aliasing-stale-snapshot]
    // CHECK-MESSAGES: :[[@LINE-3]]:10: note: 'frame' is written here by 'cv::VideoCapture::read'
    // CHECK-FIXES: {{^}}    frames.emplace_back(frame.clone());{{$}}
    if (frames.size() > 1)
      motion += cv::norm(frames.front(), frames.back());
    // CHECK-MESSAGES: :[[@LINE-1]]:26: note: 'frames' is read here, as if it held the old value
  }
  return motion;
}

// Silent: an explicit copy stored, a header declared anew in each
// iteration (the capture allocates a new buffer), copyTo into the
// container's own element, the container emptied before each store, only
// its shape read, a store outside any loop read without the original.
void historyIdioms(cv::VideoCapture &cap, int n) {
  std::vector<cv::Mat> copies, fresh, owned(n), latest, sizes, channels;
  cv::Mat frame, img;
  for (int i = 0; i < n; ++i) {
    cap >> frame;
    copies.push_back(frame.clone());
  }
  cv::imshow("copies", copies.back());
  for (int i = 0; i < n; ++i) {
    cv::Mat f;
    cap >> f;
    fresh.push_back(f);
  }
  cv::imshow("fresh", fresh.back());
  for (int i = 0; i < n; ++i) {
    cap >> frame;
    frame.copyTo(owned[i]);
  }
  cv::imshow("owned", owned.back());
  for (int i = 0; i < n; ++i) {
    cap >> frame;
    latest.clear();
    latest.push_back(frame);
    cv::imshow("latest", latest[0]);
  }
  for (int i = 0; i < n; ++i) {
    cap >> frame;
    sizes.push_back(frame);
    if (sizes.back().empty())
      break;
  }
  channels.push_back(img);
  img.setTo(cv::Scalar::all(0));
  cv::imshow("channels", channels[0]);
}
