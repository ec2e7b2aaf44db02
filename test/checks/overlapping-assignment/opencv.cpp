// Every case runs on the mock headers and on the real Debian headers.
// RUN: %check_clang_tidy %s aliasing-overlapping-assignment %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-overlapping-assignment %t.real -- %opencv_flags
// OpenCV evaluates a MatExpr into its destination like an output argument
// (MatOp::assign); cv::transpose and cv::flip handle src == dst in place,
// and the recommended row copy A.row(j).copyTo(A.row(i)) copies disjoint
// rows (opencv2/core/mat.hpp, Mat::row). Overlapping ROIs given to copyTo
// are copied row by row in the library binary (copy.cpp), not in headers:
// not modelled, not reported.
#include <opencv2/core.hpp>

void inPlace(cv::Mat &m, int i, int j) {
  cv::transpose(m, m);
  cv::flip(m, m, 0);
  m = m.t();
  m.row(j).copyTo(m.row(i));
  m.row(i) = m.row(j) + 0;
  m = m * 2 + 1;
}
