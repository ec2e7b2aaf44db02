// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
//
// MISSING WRITE (engine). `m.ptr<T>(row)[i] = v`, the usual fast pixel
// loop, writes m's pixels (or its parent's, for an ROI), but the subscript
// of the returned pointer is not evaluated as an element assignment, so no
// write event is recorded (only a read of m). at<T>() writes are recorded
// (opencv-writes.cpp).
// Expected: element writes like those of at<T>().
// Actual:   no write event.
#include <opencv2/core.hpp>

// CHECK-LABEL: function 'raw'
void raw(cv::Mat m) {
  m.ptr<float>(0)[1] = 2.f;
  // CHECK: [[#@LINE-1]]:3 write <temporary> element result-discarded {m: same must; element}
  cv::Mat roi = m.row(1);
  roi.ptr<uchar>(0)[3] += 1;
  // CHECK: [[#@LINE-1]]:3 write <temporary> element += result-discarded {m: view must by cv::Mat::row at [[#@LINE-2]]:17; element}
}
