// RUN: %aliaslint --dump-provenance %s -- %eigen_flags | FileCheck %s
// The real Eigen 3.4 headers (libeigen3-dev): a handful of facts that the
// mock-header tests (eigen-views.cpp, eigen-flow.cpp) also pin, so that the
// mocks are known to agree, and the parts of the model the mocks leave out.
#include <Eigen/Dense>
#include <vector>
using Eigen::MatrixXd;
using Eigen::VectorXd;

// CHECK-LABEL: function 'agreeWithMocks'
void agreeWithMocks(MatrixXd &A, const MatrixXd &B, VectorXd &v,
                    const std::vector<int> &idx) {
  auto blk = A.block(0, 0, 2, 2);
  // CHECK: [[@LINE-1]]:3 create blk {A: view must by Eigen::DenseBase::block at [[@LINE-1]]:14 borrows}
  auto seg = v.segment(1, 2);
  // CHECK: [[@LINE-1]]:3 create seg {v: view must by Eigen::DenseBase::segment at [[@LINE-1]]:14 borrows}
  auto t = A.transpose();
  // CHECK: [[@LINE-1]]:3 create t {A: view must by Eigen::DenseBase::transpose at [[@LINE-1]]:12 borrows}
  auto iv = A(idx, Eigen::all);
  // CHECK: [[@LINE-1]]:3 create iv {A: view must by Eigen::DenseBase::operator() at [[@LINE-1]]:13 borrows}
  auto rs = A.reshaped();
  // CHECK: [[@LINE-1]]:3 create rs {A: view must by Eigen::DenseBase::reshaped at [[@LINE-1]]:13 borrows}
  Eigen::Ref<VectorXd> ref = A.col(1);
  // CHECK: [[@LINE-1]]:3 create ref {A: view must by Eigen::DenseBase::col at [[@LINE-1]]:30 borrows}
  MatrixXd own = A.topRows(2);
  // CHECK: [[@LINE-1]]:3 create own {own: same must; copy-of A must by Eigen::Matrix at [[@LINE-1]]:18}
  auto ev = (A + B).eval();
  // CHECK: [[@LINE-1]]:3 create ev {ev: same must; copy-of A must by Eigen::DenseBase::eval at [[@LINE-1]]:13; copy-of B must by Eigen::DenseBase::eval at [[@LINE-1]]:13}
  auto plain = A.eval();
  // CHECK: [[@LINE-1]]:3 create plain {plain: same must; copy-of A must by Eigen::Matrix at [[@LINE-1]]:16}
  const auto &same = A.eval();
  // CHECK: [[@LINE-1]]:3 create same {A: same must}
  auto sum = A + B;
  // CHECK: [[@LINE-1]]:3 create sum {A: lazy must by Eigen::MatrixBase::operator+ at [[@LINE-1]]:14 borrows; B: lazy must by Eigen::MatrixBase::operator+ at [[@LINE-1]]:14 borrows}
  auto prod = A * B;
  // CHECK: [[@LINE-1]]:3 create prod {A: lazy must by Eigen::MatrixBase::operator* at [[@LINE-1]]:15 borrows; B: lazy must by Eigen::MatrixBase::operator* at [[@LINE-1]]:15 borrows}
  blk.setZero();
  // CHECK: [[@LINE-1]]:3 write blk method Eigen::DenseBase::setZero {A: view must by Eigen::DenseBase::block at [[@LINE-25]]:14 borrows}
  t(0, 1) = 1.0;
  // CHECK: [[@LINE-1]]:3 write <temporary> element result-discarded {A: view must by Eigen::DenseBase::transpose at [[@LINE-23]]:12 borrows; element}
  A.row(1) = v.transpose();
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {A: view must by Eigen::DenseBase::row at [[@LINE-1]]:3 borrows}
  A *= 2.0;
  // CHECK: [[@LINE-1]]:3 write A compound *= {A: same must}
}

// Beyond the mocks: colwise()/rowwise() proxies, triangular views, inverse(),
// select(), asDiagonal() and the in-place members.
// CHECK-LABEL: function 'beyondMocks'
void beyondMocks(MatrixXd &A, const MatrixXd &B, VectorXd &v) {
  auto cw = A.colwise();
  // CHECK: [[@LINE-1]]:3 create cw {A: view must by Eigen::DenseBase::colwise at [[@LINE-1]]:13 borrows}
  A.rowwise() -= v.transpose();
  // CHECK: [[@LINE-1]]:3 write <temporary> compound -= result-discarded {A: view must by Eigen::DenseBase::rowwise at [[@LINE-1]]:3 borrows}
  auto means = A.colwise().mean();
  // CHECK: [[@LINE-1]]:3 create means {A: lazy must by Eigen::VectorwiseOp::mean at [[@LINE-1]]:16 borrows}
  auto upper = A.triangularView<Eigen::Upper>();
  // CHECK: [[@LINE-1]]:3 create upper {A: view must by Eigen::MatrixBase::triangularView at [[@LINE-1]]:16 borrows}
  A.triangularView<Eigen::StrictlyLower>().setZero();
  // CHECK: [[@LINE-1]]:3 write <temporary> method Eigen::TriangularViewImpl::setZero result-discarded {A: view must by Eigen::MatrixBase::triangularView at [[@LINE-1]]:3 borrows}
  auto inv = A.inverse();
  // CHECK: [[@LINE-1]]:3 create inv {A: lazy must by Eigen::MatrixBase::inverse at [[@LINE-1]]:14 borrows}
  auto sel = (A.array() > 0).select(A, B);
  // CHECK: [[@LINE-1]]:3 create sel {A: lazy must by Eigen::DenseBase::select at [[@LINE-1]]:14 borrows; B: lazy must by Eigen::DenseBase::select at [[@LINE-1]]:14 borrows}
  auto diag = v.asDiagonal();
  // CHECK: [[@LINE-1]]:3 create diag {v: lazy must by Eigen::MatrixBase::asDiagonal at [[@LINE-1]]:15 borrows}
  v.stableNormalize();
  // CHECK: [[@LINE-1]]:3 write v method Eigen::MatrixBase::stableNormalize {v: same must}
  v.setUnit(0);
  // CHECK: [[@LINE-1]]:3 write v method Eigen::MatrixBase::setUnit {v: same must}
  A.adjointInPlace();
  // CHECK: [[@LINE-1]]:3 write A method Eigen::MatrixBase::adjointInPlace {A: same must}
}
