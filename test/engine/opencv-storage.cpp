// A handle given new storage by the library: `release()` empties it, and
// `create()` reallocates it when the size or type differs (mat.hpp). Either
// is a rebind of the handle, whose value before and after the dump shows;
// a handle that shared the old buffer keeps its link to the old value.
// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
// RUN: %aliaslint --dump-provenance %s -- %opencv_flags | FileCheck %s
#include <opencv2/core.hpp>

// CHECK-LABEL: function 'released'
void released(cv::Mat cur, cv::Size sz) {
  cv::Mat prev = cur;
  // CHECK: [[@LINE-1]]:3 create prev {cur: same must}{{$}}
  cur.release();
  // CHECK: [[@LINE-1]]:3 rebind cur {cur: same must by cv::Mat::release at [[@LINE-1]]:3} was {cur: same must}{{$}}
  cur.create(sz, CV_8UC1);
  // CHECK: [[@LINE-1]]:3 rebind cur {cur: same may by cv::Mat::release at [[@LINE-3]]:3} was {cur: same must by cv::Mat::release at [[@LINE-3]]:3}{{$}}
}

// The typed header releases like its base.
// CHECK-LABEL: function 'typed'
void typed(cv::Mat_<float> cur) {
  cv::Mat_<float> prev = cur;
  cur.release();
  // CHECK: [[@LINE-1]]:3 rebind cur {cur: same must by cv::Mat_::release at [[@LINE-1]]:3} was {cur: same must}{{$}}
}
