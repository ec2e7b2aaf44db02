// Functions defined in OpenCV's own headers are the library's implementation:
// never analysed nor reported, whether the headers come in with -isystem or
// with -I (what CMake's include_directories(${OpenCV_INCLUDE_DIRS}) gives),
// on the real Debian headers and on the mocks. The bugs in this file are
// still reported.
//
// Probe: aliasing-const-write-through-view runs with MaxFunctionElements 0,
// so it names every function it hands to the engine in a remark; only this
// file's functions may appear, even with --system-headers. The other checks
// run as usual.
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %opencv_I_flags -I %inputs/libcode 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,PROBE --implicit-check-not='{{remark|warning|error}}:'
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %opencv_flags -isystem %inputs/libcode 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,PROBE --implicit-check-not='{{remark|warning|error}}:'
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %mock_I_flags -I %inputs/libcode 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,PROBE --implicit-check-not='{{remark|warning|error}}:'
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {aliasing-const-write-through-view.MaxFunctionElements: 0}}" \
// RUN:   %s -- %mock_flags -isystem %inputs/libcode 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,PROBE --implicit-check-not='{{remark|warning|error}}:'
//
// Every check as usual, -I: none of the 14 const-write-through-view warnings
// OpenCV 4.6's operations.hpp used to get, and none in the helper header.
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --header-filter='.*' %s -- \
// RUN:   %opencv_I_flags -I %inputs/libcode 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,ALL --implicit-check-not='{{remark|warning|error}}:'
//
// An unmodelled library function is unknown code, never summarised: the
// call only reads `r` (from a user header it would be `write r callee`).
// RUN: %aliaslint --dump-provenance %s -- %mock_I_flags -I %inputs/libcode \
// RUN:   | FileCheck %s --check-prefix=DUMP
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/aliaslint_libcode.hpp>

// `cv::Mat blurred = img` shares the pixels: the blur runs on img itself.
cv::Mat detailLayer(cv::Mat &img, double sigma) {
  // PROBE: :[[@LINE-1]]:9: remark: function 'detailLayer' is not analysed for aliasing
  ALIASLINT_CHECK(!img.empty());
  cv::Mat blurred = img;
  cv::GaussianBlur(blurred, blurred, cv::Size(0, 0), sigma);
  // CHECK: :[[@LINE-1]]:3: warning: write through 'blurred' also modifies 'img': 'blurred' is a second handle to the data of 'img' [aliasing-write-through-view]
  cv::Mat detail;
  cv::subtract(img, blurred, detail);
  return detail;
}

// A user template instantiated with a library type is user code.
template <class M> void clearFirstRow(const M &m) { m.row(0).setTo(cv::Scalar::all(0)); }
// PROBE: :[[@LINE-1]]:25: remark: function 'clearFirstRow' is not analysed for aliasing
// ALL: :[[@LINE-2]]:53: warning: write through a view of 'm' modifies 'm'
template void clearFirstRow<cv::Mat>(const cv::Mat &);

// A lambda of the user's, called by a library template, is user code; the
// library template instantiated for it is not.
void eachRow(cv::Mat &img, const cv::Mat &in) {
  // PROBE: :[[@LINE-1]]:6: remark: function 'eachRow' is not analysed for aliasing
  cv::aliaslintEachRow(img, [&](cv::Mat r) { in.row(0).setTo(cv::Scalar::all(3)); });
  // PROBE: :[[@LINE-1]]:29: remark: function 'eachRow(cv::Mat &, const cv::Mat &)::(lambda)::operator()' is not analysed for aliasing
  // ALL: :[[@LINE-2]]:46: warning: write through a view of 'in' modifies 'in'
  cv::aliaslintPlanted(in);
  cv::aliaslintFillCol(in);
}

// A function a library macro writes into this file is user code.
ALIASLINT_DEFINE_USER_FN(userFromMacro)
// PROBE: :[[@LINE-1]]:26: remark: function 'userFromMacro' is not analysed for aliasing
// ALL: :[[@LINE-2]]:1: warning: write through a view of 'in' modifies 'in'

void viaHelper(cv::Mat &img) {
  cv::Mat r = img.row(0);
  cv::aliaslintFill(r);
}
// PROBE: :[[@LINE-4]]:6: remark: function 'viaHelper' is not analysed for aliasing
// DUMP-LABEL: function 'viaHelper'
// DUMP-NEXT: create r {img: view must
// DUMP-NEXT: read img metadata
// DUMP-NEXT: escape r passed {img: view must
// DUMP-NEXT: read r {img: view must
// DUMP-NEXT: end r
