// Known limitation (issue 10, "across calls"), reduced from the real-code
// corpus: Learning-OpenCV-3_examples example_15-02.cpp, accumulateBackground,
// called once per frame. `IprevF = tmp;` copies only the header, so from the
// second call on both globals share one buffer, `convertTo` of a same-size,
// same-type frame overwrites it in place, and `absdiff` compares the frame
// with itself. Members and globals are not analysed as live across calls
// yet, and an output argument counts only as a maybe-write: nothing is
// reported. XFAIL until the across-calls form lands; the fix the check
// should offer is `IprevF = tmp.clone();` (or `tmp.copyTo(IprevF)`).
// XFAIL: *
// RUN: %check_clang_tidy %s aliasing-stale-snapshot %t -- %mock_flags
#include <opencv2/core.hpp>

cv::Mat IprevF, IdiffF, tmp, tmp2;
bool first = true;

void accumulateBackground(cv::Mat &I) {
  I.convertTo(tmp, CV_32F);
  if (!first) {
    cv::absdiff(tmp, IprevF, tmp2);
    IdiffF += tmp2;
  }
  first = false;
  IprevF = tmp;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'IprevF' does not keep the old value of 'tmp': it is a second handle to its data, and 'tmp' is written before 'IprevF' is read [aliasing-stale-snapshot]
}
