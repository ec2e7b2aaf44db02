// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t -- %mock_flags
//
// FALSE NEGATIVE (engine). A named clone passed to a same-TU helper that
// takes a cv::Mat by value (sharing the pixels) and writes it, then never
// read: the write is lost. The callee write is recorded on the argument
// expression, which is the copy constructor building the by-value
// parameter, so the event has no variable (`write <temporary> callee`) and
// the named-copy rule never sees `c`. A temporary clone passed the same way
// is reported (opencv-mock.cpp, blackenCopy).
// Expected: reported at the call.
// Actual:   no diagnostic.
#include <opencv2/core.hpp>

static void blacken(cv::Mat m) { m.setTo(cv::Scalar::all(0)); }

void blackenNamedCopy(cv::Mat &img) {
  cv::Mat c = img.clone();
  blacken(c);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'c' is never read: 'c' is a copy of 'img', so 'img' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'c' is made a copy of 'img' by 'cv::Mat::clone' here
}
