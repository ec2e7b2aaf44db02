// case-library: opencv
// case-expect: clean
// case-why: Row operations A.row(i) -= ... through temporary row views are the in-place Gaussian elimination itself; later reads of A expect the updated rows.
#include <opencv2/core.hpp>

// Forward elimination on an augmented CV_64F system matrix, in place.
void forward_eliminate(cv::Mat& A) {
  for (int k = 0; k < A.rows; ++k) {
    double pivot = A.at<double>(k, k);
    for (int i = k + 1; i < A.rows; ++i) {
      A.row(i) -= A.row(k) * (A.at<double>(i, k) / pivot);
    }
  }
}
