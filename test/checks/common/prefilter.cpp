// A function that mentions no modelled array is not handed to the engine
// (no CFG, no dataflow); one that mentions one in any way is, however
// indirectly. MaxFunctionElements 0 names every function analysed.
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-const-write-through-view' \
// RUN:   --config="{CheckOptions: {MaxFunctionElements: 0}}" %s -- %mock_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{remark|warning|error}}:'
#include <opencv2/core.hpp>

int noArrays(int n) {
  int s = 0;
  for (int i = 0; i < n; ++i)
    s += i;
  return s;
}

void throughPointer(cv::Mat *p) { p->setTo(cv::Scalar::all(0)); }
// CHECK: :[[@LINE-1]]:6: remark: function 'throughPointer' is not analysed
int localOnly() {
  // CHECK: :[[@LINE-1]]:5: remark: function 'localOnly' is not analysed
  cv::Mat m(2, 2, CV_8U);
  return m.rows;
}

struct Image : cv::Mat {
  int firstRow() { return row(0).cols; }
  // CHECK: :[[@LINE-1]]:7: remark: function 'Image::firstRow' is not analysed
};

// Arrays only in the initialisers: the body has no array in it.
struct Holder {
  static int made;
  cv::Mat view;
  explicit Holder(int *p) : view(2, 2, CV_8U) { ++made; }
  // CHECK: :[[@LINE-1]]:12: remark: function 'Holder::Holder' is not analysed
  int twice(int x) { return 2 * x; }
};

int useLambda(int n) {
  auto f = [](cv::Mat *m) { return m->rows; };
  // CHECK: :[[@LINE-2]]:5: remark: function 'useLambda' is not analysed
  // CHECK: :[[@LINE-2]]:12: remark: function 'useLambda(int)::(lambda)::operator()' is not analysed
  return n + f(nullptr);
}
