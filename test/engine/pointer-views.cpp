// RUN: %aliaslint --dump-provenance %s -- %mock_flags -DTORCH -DOPENCV -DEIGEN -DXTENSOR | FileCheck %s --check-prefixes=TORCH,OPENCV,EIGEN,XTENSOR
// RUN: %aliaslint --dump-provenance %s -- %torch_flags -DTORCH | FileCheck %s --check-prefix=TORCH
// RUN: %aliaslint --dump-provenance %s -- %opencv_flags -DOPENCV | FileCheck %s --check-prefix=OPENCV
// RUN: %aliaslint --dump-provenance %s -- %eigen_flags -DEIGEN | FileCheck %s --check-prefix=EIGEN
// RUN: %aliaslint --dump-provenance %s -- %xtensor_flags -DXTENSOR | FileCheck %s --check-prefix=XTENSOR
//
// A view or handle built from a pointer into an array's elements adopts that
// memory, so it is a view of the array: `Map` over `A.data()` (the usual way
// to reinterpret a matrix's shape), `torch::from_blob` over `data_ptr()`,
// `cv::Mat(rows, cols, type, img.data)`, `xt::adapt` over `a.data()`. None of
// these types copies from a raw pointer; an owning array built from one does.

#ifdef TORCH
#include <torch/torch.h>
// TORCH-LABEL: function 'blob'
void blob(torch::Tensor t, int64_t n) {
  auto b = torch::from_blob(t.data_ptr<float>(), {n});
  // TORCH: [[@LINE-1]]:3 create b {t: view must by torch::from_blob at [[@LINE-1]]:12 borrows}
  b.zero_();
  // TORCH: [[@LINE-1]]:3 write b method at::Tensor::zero_ {t: view must by torch::from_blob at [[@LINE-3]]:12 borrows}
}
#endif

#ifdef OPENCV
#include <opencv2/core.hpp>
// OPENCV-LABEL: function 'wrap'
void wrap(cv::Mat img, const cv::Mat &src) {
  cv::Mat w(img.rows, img.cols, CV_8UC1, img.data);
  // OPENCV: [[@LINE-1]]:3 create w {img: view must by cv::Mat at [[@LINE-1]]:11 borrows}
  w.setTo(0);
  // OPENCV: [[@LINE-1]]:3 write w method cv::Mat::setTo {img: view must by cv::Mat at [[@LINE-3]]:11 borrows}
  // `data` is a `uchar *` even in a const Mat (shallow const): a write
  // through it writes src.
  src.data[0] = 1;
  // OPENCV: [[@LINE-1]]:3 write <temporary> element result-discarded {src: same must; element}
}
#endif

#ifdef EIGEN
#include <Eigen/Dense>
// EIGEN-LABEL: function 'reinterpret'
void reinterpret(Eigen::MatrixXd &A) {
  Eigen::Map<Eigen::VectorXd> m(A.data(), A.size());
  // EIGEN: [[@LINE-1]]:3 create m {A: view must by Eigen::Map at [[@LINE-1]]:31 borrows}
  m.setZero();
  // EIGEN: [[@LINE-1]]:3 write m method Eigen::DenseBase::setZero {A: view must by Eigen::Map at [[@LINE-3]]:31 borrows}
  // An owning matrix made from the Map holds a copy.
  Eigen::VectorXd v = Eigen::Map<Eigen::VectorXd>(A.data(), A.size());
  // EIGEN: [[@LINE-1]]:3 create v {v: same must; copy-of A must by Eigen::Matrix at [[@LINE-1]]:23}
}
#endif

#ifdef XTENSOR
#include <xtensor/xadapt.hpp>
#include <xtensor/xarray.hpp>
#include <vector>
// XTENSOR-LABEL: function 'adapted'
void adapted(xt::xarray<double> &a) {
  auto v = xt::adapt(a.data(), a.size(), xt::no_ownership(),
                     std::vector<std::size_t>{a.size()});
  // XTENSOR: [[@LINE-2]]:3 create v {a: view must by xt::adapt at [[@LINE-2]]:12 borrows}
  v.fill(1.0);
  // XTENSOR: [[@LINE-1]]:3 write v method xt::{{.*}}fill {a: view must by xt::adapt at [[@LINE-4]]:12 borrows}
}
#endif
