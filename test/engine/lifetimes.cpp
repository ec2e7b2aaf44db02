// RUN: %aliaslint --dump-provenance %s -- %mock_flags -DEIGEN -DXTENSOR -DTORCH -DOPENCV | FileCheck %s --check-prefixes=EIGEN,XTENSOR,TORCH,OPENCV
// RUN: %aliaslint --dump-provenance %s -- %eigen_flags -DEIGEN | FileCheck %s --check-prefix=EIGEN
// RUN: %aliaslint --dump-provenance %s -- %xtensor_flags -DXTENSOR | FileCheck %s --check-prefix=XTENSOR
// RUN: %aliaslint --dump-provenance %s -- %torch_flags -DTORCH | FileCheck %s --check-prefix=TORCH
// RUN: %aliaslint --dump-provenance %s -- %opencv_flags -DOPENCV | FileCheck %s --check-prefix=OPENCV
//
// Temporaries are roots, links say whether the value borrows its root (refers
// to it without keeping it alive), and a root's end of life marks the
// borrowers `expired`. A materialised prvalue of an owning type is a root
// that dies at the end of its full-expression (`end <temporary>`), unless a
// local reference extends it (then it is that reference's array). Eigen
// nests plain objects by reference whatever their value category; xtensor
// holds an rvalue operand by value (the model's `rvalue-operands`); handles
// share reference-counted storage, but a view made from a raw pointer into
// their elements borrows them.

#ifdef EIGEN
#include <Eigen/Dense>
using Eigen::MatrixXd;
using Eigen::VectorXd;
MatrixXd make();
VectorXd makeV();

// EIGEN-LABEL: function 'productOfTemporary'
double productOfTemporary(const MatrixXd &A) {
  auto e = A * make();
  // EIGEN: [[@LINE-1]]:3 create e {<temporary at [[@LINE-1]]:16>: lazy must by Eigen::MatrixBase::operator* at [[@LINE-1]]:12 borrows; A: lazy must by Eigen::MatrixBase::operator* at [[@LINE-1]]:12 borrows}
  // EIGEN: [[@LINE-2]]:22 end <temporary>
  return e(0, 0);
  // EIGEN: [[@LINE-1]]:10 read e {<temporary at [[@LINE-4]]:16>: lazy must by Eigen::MatrixBase::operator* at [[@LINE-4]]:12 borrows expired at [[@LINE-4]]:22; A: lazy must by Eigen::MatrixBase::operator* at [[@LINE-4]]:12 borrows}
}

// EIGEN-LABEL: function 'blockOfTemporary'
double blockOfTemporary() {
  auto r = make().row(0);
  // EIGEN: [[@LINE-1]]:3 create r {<temporary at [[@LINE-1]]:12>: view must by Eigen::DenseBase::row at [[@LINE-1]]:12 borrows}
  return r.sum();
  // EIGEN: [[@LINE-1]]:10 read r {<temporary at [[@LINE-3]]:12>: view must by Eigen::DenseBase::row at [[@LINE-3]]:12 borrows expired at [[@LINE-3]]:25}
}

// A reference extends the temporary: it is the reference's array.
// EIGEN-LABEL: function 'extended'
double extended() {
  const MatrixXd &m = make();
  // EIGEN: [[@LINE-1]]:3 create m {m: same must}
  auto r = m.row(0);
  return r.sum();
  // EIGEN: [[@LINE-1]]:10 read r {m: view must by Eigen::DenseBase::row at [[@LINE-2]]:12 borrows}
}

// Used within its full-expression: nothing expires while it is borrowed.
// EIGEN-LABEL: function 'consumed'
// EIGEN-NOT: end <temporary>
// EIGEN-LABEL: function 'scopeEnd'
double consumed(const MatrixXd &A) { return (A * make()).sum(); }

double scopeEnd(const MatrixXd &A) {
  VectorXd v;
  {
    MatrixXd local = A;
    auto t = local.transpose();
    // EIGEN: [[@LINE-1]]:5 create t {local: view must by Eigen::DenseBase::transpose at [[@LINE-1]]:14 borrows; copy-of A must by Eigen::Matrix at [[@LINE-2]]:22}
    v = t.col(0);
  }
  return v.sum();
}

// Returned over a local: the escape borrows what dies at the return, and
// the engine marks that borrow expired there.
// EIGEN-LABEL: function 'returnsExpr'
auto returnsExpr(const MatrixXd &A) {
  MatrixXd local = A * 2;
  return local + A;
  // EIGEN: [[@LINE-1]]:3 escape <temporary> returned {A: lazy must by Eigen::MatrixBase::operator+ at [[@LINE-1]]:10 borrows; local: lazy must by Eigen::MatrixBase::operator+ at [[@LINE-1]]:10 borrows expired at [[@LINE-1]]:18}
}

// A Map over a temporary's elements borrows the temporary.
// EIGEN-LABEL: function 'mapOfTemporary'
double mapOfTemporary(int n) {
  Eigen::Map<VectorXd> m(makeV().data(), n);
  // EIGEN: [[@LINE-1]]:3 create m {<temporary at [[@LINE-1]]:26>: view must by Eigen::Map at [[@LINE-1]]:24 borrows}
  // EIGEN: [[@LINE-2]]:44 end <temporary>
  return m.sum();
  // EIGEN: [[@LINE-1]]:10 read m {<temporary at [[@LINE-4]]:26>: view must by Eigen::Map at [[@LINE-4]]:24 borrows expired at [[@LINE-4]]:44}
}
#endif

#ifdef XTENSOR
#include <xtensor/xadapt.hpp>
#include <xtensor/xarray.hpp>
#include <xtensor/xview.hpp>
#include <vector>
xt::xarray<double> makeX();

// An rvalue is moved into the view: the view owns it, nothing borrows it.
// XTENSOR-LABEL: function 'viewOfTemporary'
double viewOfTemporary() {
  auto v = xt::view(makeX(), 0);
  // XTENSOR: [[@LINE-1]]:3 create v {v: same must}
  return v(0);
}

// XTENSOR-LABEL: function 'sumOfTemporary'
double sumOfTemporary(const xt::xarray<double> &a) {
  auto e = a + makeX();
  // XTENSOR: [[@LINE-1]]:3 create e {a: lazy must by xt::operator+ at [[@LINE-1]]:12 borrows}
  return e(0);
}

// An lvalue is held by reference.
// XTENSOR-LABEL: function 'returnsView'
auto returnsView() {
  xt::xarray<double> local = makeX();
  return xt::view(local, 0);
  // XTENSOR: [[@LINE-1]]:3 escape <temporary> returned {local: view must by xt::view at [[@LINE-1]]:10 borrows expired at [[@LINE-1]]:27}
}

// XTENSOR-LABEL: function 'returnsMoved'
auto returnsMoved() {
  xt::xarray<double> local = makeX();
  return xt::view(std::move(local), 0);
  // XTENSOR: [[@LINE-1]]:3 escape <temporary> returned {}
}

// XTENSOR-LABEL: function 'adaptTemporary'
double adaptTemporary(std::size_t n) {
  auto v = xt::adapt(makeX().data(), n, xt::no_ownership(), std::vector<std::size_t>{n});
  // XTENSOR: [[@LINE-1]]:3 create v {<temporary at [[@LINE-1]]:22>: view must by xt::adapt at [[@LINE-1]]:12 borrows}
  return v(0);
  // XTENSOR: [[@LINE-1]]:10 read v {<temporary at [[@LINE-3]]:22>: view must by xt::adapt at [[@LINE-3]]:12 borrows expired at [[@LINE-3]]:89}
}
#endif

#ifdef TORCH
#include <torch/torch.h>
// TORCH-LABEL: function 'wrapLocal'
torch::Tensor wrapLocal(int64_t n) {
  auto t = torch::zeros({n});
  return torch::from_blob(t.data_ptr<float>(), {n});
  // TORCH: [[@LINE-1]]:3 escape <temporary> returned {t: view must by torch::from_blob at [[@LINE-1]]:10 borrows expired at [[@LINE-1]]:51}
}
// A slice shares the storage's reference count: no borrow.
// TORCH-LABEL: function 'sliceLocal'
torch::Tensor sliceLocal(int64_t n) {
  auto t = torch::zeros({n});
  return t.slice(0, 0, 2);
  // TORCH: [[@LINE-1]]:3 escape <temporary> returned {t: view must by at::Tensor::slice at [[@LINE-1]]:10}
}
#endif

#ifdef OPENCV
#include <opencv2/core.hpp>
// OPENCV-LABEL: function 'wrapLocal'
cv::Mat wrapLocal(int r, int c) {
  cv::Mat tmp = cv::Mat::zeros(r, c, CV_8UC1);
  return cv::Mat(r, c, CV_8UC1, tmp.data);
  // OPENCV: [[@LINE-1]]:3 escape <temporary> returned {tmp: view must by cv::Mat at [[@LINE-1]]:10 borrows expired at [[@LINE-1]]:41}
}
// OPENCV-LABEL: function 'roiLocal'
cv::Mat roiLocal(int r, int c) {
  cv::Mat tmp = cv::Mat::zeros(r, c, CV_8UC1);
  return tmp(cv::Rect(0, 0, 2, 2));
  // OPENCV: [[@LINE-1]]:3 escape <temporary> returned {tmp: view must by cv::Mat::operator() at [[@LINE-1]]:10}
}
#endif
