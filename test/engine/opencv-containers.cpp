// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
// RUN: %aliaslint --dump-provenance %s -- %opencv_flags | FileCheck %s
//
// Containers of handles (std::vector<cv::Mat>), on the mock and the real
// OpenCV 4.6 headers (same output): a handle stored (`stores`) escapes
// `contained` into the named container and keeps its links (a clone stored
// has none); an element read (`contents: element`, a range-for's variable)
// is a read of the container; a declaration and `clear()` (`contents:
// replaced`) a rebind of its contents.
#include <opencv2/core.hpp>
#include <vector>
void use(const cv::Mat &);

// CHECK-LABEL: function 'events'
void events(std::vector<cv::Mat> &out, cv::Mat frame) {
  std::vector<cv::Mat> hist;
  // CHECK: [[@LINE-1]]:3 rebind <temporary> container hist {}{{$}}
  hist.push_back(frame);
  // CHECK: [[@LINE-1]]:3 escape frame contained container hist {frame: same must}{{$}}
  hist.push_back(frame.clone());
  // CHECK: [[@LINE-1]]:3 escape <temporary> contained container hist {copy-of frame must by cv::Mat::clone at [[@LINE-1]]:18} via frame {frame: same must}{{$}}
  use(hist[0]);
  // CHECK: [[@LINE-1]]:7 read <temporary> container hist {}{{$}}
  use(hist.back());
  // CHECK: [[@LINE-1]]:7 read <temporary> container hist {}{{$}}
  for (const cv::Mat &m : hist)
    // CHECK: [[@LINE-1]]:8 read <temporary> container hist {}{{$}}
    use(m);
  hist.clear();
  // CHECK: [[@LINE-1]]:3 rebind <temporary> container hist {}{{$}}
  out.push_back(frame);
  // CHECK: [[@LINE-1]]:3 escape frame contained container out {frame: same must}{{$}}
}
