// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
// Eigen: what the engine infers from the types (Block, Transpose, ... are
// views; CwiseBinaryOp, Product are lazy; Matrix owns) and from the model
// (eval, setZero, ...).
#include <Eigen/Dense>
#include <vector>
using Eigen::MatrixXd;
using Eigen::VectorXd;

// CHECK-LABEL: function 'blockFamily'
void blockFamily(MatrixXd &A, VectorXd &v) {
  auto b = A.block(0, 0, 2, 2);
  // CHECK: [[@LINE-1]]:3 create b {A: view must by Eigen::DenseBase::block at [[@LINE-1]]:12 borrows}
  auto b2 = A.block<2, 2>(1, 1);
  // CHECK: [[@LINE-1]]:3 create b2 {A: view must by Eigen::DenseBase::block at [[@LINE-1]]:13 borrows}
  auto r = A.row(1);
  // CHECK: [[@LINE-1]]:3 create r {A: view must by Eigen::DenseBase::row at [[@LINE-1]]:12 borrows}
  auto c = A.col(0);
  // CHECK: [[@LINE-1]]:3 create c {A: view must by Eigen::DenseBase::col at [[@LINE-1]]:12 borrows}
  auto top = A.topRows(2);
  // CHECK: [[@LINE-1]]:3 create top {A: view must by Eigen::DenseBase::topRows at [[@LINE-1]]:14 borrows}
  auto right = A.rightCols(1);
  // CHECK: [[@LINE-1]]:3 create right {A: view must by Eigen::DenseBase::rightCols at [[@LINE-1]]:16 borrows}
  auto corner = A.bottomLeftCorner(2, 2);
  // CHECK: [[@LINE-1]]:3 create corner {A: view must by Eigen::DenseBase::bottomLeftCorner at [[@LINE-1]]:17 borrows}
  auto mid = A.middleRows(1, 2);
  // CHECK: [[@LINE-1]]:3 create mid {A: view must by Eigen::DenseBase::middleRows at [[@LINE-1]]:14 borrows}
  auto s = v.segment(1, 2);
  // CHECK: [[@LINE-1]]:3 create s {v: view must by Eigen::DenseBase::segment at [[@LINE-1]]:12 borrows}
  auto h = v.head(2);
  // CHECK: [[@LINE-1]]:3 create h {v: view must by Eigen::DenseBase::head at [[@LINE-1]]:12 borrows}
  auto t = v.tail(2);
  // CHECK: [[@LINE-1]]:3 create t {v: view must by Eigen::DenseBase::tail at [[@LINE-1]]:12 borrows}
  auto rr = A.row(1).segment(0, 2);
  // CHECK: [[@LINE-1]]:3 create rr {A: view must by Eigen::DenseBase::segment at [[@LINE-1]]:13 borrows}
}

// CHECK-LABEL: function 'otherViews'
void otherViews(MatrixXd &A, const std::vector<int> &idx) {
  auto t = A.transpose();
  // CHECK: [[@LINE-1]]:3 create t {A: view must by Eigen::DenseBase::transpose at [[@LINE-1]]:12 borrows}
  auto d = A.diagonal();
  // CHECK: [[@LINE-1]]:3 create d {A: view must by Eigen::MatrixBase::diagonal at [[@LINE-1]]:12 borrows}
  auto rv = A.reverse();
  // CHECK: [[@LINE-1]]:3 create rv {A: view must by Eigen::DenseBase::reverse at [[@LINE-1]]:13 borrows}
  auto rs = A.reshaped(A.size(), 1);
  // CHECK: [[@LINE-1]]:3 create rs {A: view must by Eigen::DenseBase::reshaped at [[@LINE-1]]:13 borrows}
  auto flat = A.reshaped();
  // CHECK: [[@LINE-1]]:3 create flat {A: view must by Eigen::DenseBase::reshaped at [[@LINE-1]]:15 borrows}
  auto iv = A(idx, Eigen::all);
  // CHECK: [[@LINE-1]]:3 create iv {A: view must by Eigen::DenseBase::operator() at [[@LINE-1]]:13 borrows}
  auto seq = A(Eigen::seq(0, 2, 2), Eigen::all);
  // CHECK: [[@LINE-1]]:3 create seq {A: view must by Eigen::DenseBase::operator() at [[@LINE-1]]:14 borrows}
  auto arr = A.array();
  // CHECK: [[@LINE-1]]:3 create arr {A: view must by Eigen::MatrixBase::array at [[@LINE-1]]:14 borrows}
  auto tt = A.transpose().row(0);
  // CHECK: [[@LINE-1]]:3 create tt {A: view must by Eigen::DenseBase::row at [[@LINE-1]]:13 borrows}
  Eigen::Ref<MatrixXd> ref = A;
  // CHECK: [[@LINE-1]]:3 create ref {A: same must}
  Eigen::Ref<VectorXd> refc = A.col(1);
  // CHECK: [[@LINE-1]]:3 create refc {A: view must by Eigen::DenseBase::col at [[@LINE-1]]:31 borrows}
  // A Map over A's own buffer is a view of A (test/engine/pointer-views.cpp).
  Eigen::Map<MatrixXd> map(A.data(), A.rows(), A.cols());
  // CHECK: [[@LINE-1]]:3 create map {A: view must by Eigen::Map at [[@LINE-1]]:24 borrows}
}

// CHECK-LABEL: function 'copiesAndSame'
void copiesAndSame(MatrixXd &A, const MatrixXd &B) {
  MatrixXd own = A.block(0, 0, 2, 2);
  // CHECK: [[@LINE-1]]:3 create own {own: same must; copy-of A must by Eigen::Matrix at [[@LINE-1]]:18}
  VectorXd col = A.col(0);
  // CHECK: [[@LINE-1]]:3 create col {col: same must; copy-of A must by Eigen::Matrix at [[@LINE-1]]:18}
  MatrixXd whole = A;
  // CHECK: [[@LINE-1]]:3 create whole {whole: same must; copy-of A must by Eigen::Matrix at [[@LINE-1]]:20}
  auto ev = (A + B).eval();
  // CHECK: [[@LINE-1]]:3 create ev {ev: same must; copy-of A must by Eigen::DenseBase::eval at [[@LINE-1]]:13; copy-of B must by Eigen::DenseBase::eval at [[@LINE-1]]:13}
  auto bev = A.row(0).eval();
  // CHECK: [[@LINE-1]]:3 create bev {bev: same must; copy-of A must by Eigen::DenseBase::eval at [[@LINE-1]]:14}
  auto plain = A.eval();
  // CHECK: [[@LINE-1]]:3 create plain {plain: same must; copy-of A must by Eigen::Matrix at [[@LINE-1]]:16}
  const auto &same = A.eval();
  // CHECK: [[@LINE-1]]:3 create same {A: same must}
  MatrixXd later;
  later = A.transpose();
  later.setZero();
  // CHECK: [[@LINE-3]]:3 create later {later: same must}
  // CHECK: [[@LINE-3]]:3 write later assign operator= {later: same must}
  // CHECK: [[@LINE-3]]:3 write later method Eigen::DenseBase::setZero {later: same must; copy-of A must by operator= at [[@LINE-4]]:11}
}

// CHECK-LABEL: function 'lazy'
void lazy(MatrixXd &A, const MatrixXd &B, VectorXd &v) {
  auto sum = A + B;
  // CHECK: [[@LINE-1]]:3 create sum {A: lazy must by Eigen::MatrixBase::operator+ at [[@LINE-1]]:14 borrows; B: lazy must by Eigen::MatrixBase::operator+ at [[@LINE-1]]:14 borrows}
  auto scaled = A * 2.0;
  // CHECK: [[@LINE-1]]:3 create scaled {A: lazy must by Eigen::MatrixBase::operator* at [[@LINE-1]]:17 borrows}
  auto prod = A * B;
  // CHECK: [[@LINE-1]]:3 create prod {A: lazy must by Eigen::MatrixBase::operator* at [[@LINE-1]]:15 borrows; B: lazy must by Eigen::MatrixBase::operator* at [[@LINE-1]]:15 borrows}
  auto cw = A.cwiseProduct(B);
  // CHECK: [[@LINE-1]]:3 create cw {A: lazy must by Eigen::MatrixBase::cwiseProduct at [[@LINE-1]]:13 borrows; B: lazy must by Eigen::MatrixBase::cwiseProduct at [[@LINE-1]]:13 borrows}
  auto sq = A.array().square();
  // CHECK: [[@LINE-1]]:3 create sq {A: lazy must by Eigen::ArrayBase::square at [[@LINE-1]]:13 borrows}
  auto neg = -v;
  // CHECK: [[@LINE-1]]:3 create neg {v: lazy must by Eigen::DenseBase::operator- at [[@LINE-1]]:14 borrows}
  MatrixXd done = sum;
  // CHECK: [[@LINE-1]]:3 create done {done: same must; copy-of A must by Eigen::Matrix at [[@LINE-1]]:19; copy-of B must by Eigen::Matrix at [[@LINE-1]]:19}
}

// CHECK-LABEL: function 'writes'
void writes(MatrixXd &A, VectorXd &v, double x) {
  auto r = A.row(0);
  A.setZero();
  // CHECK: [[@LINE-2]]:3 create r {A: view must by Eigen::DenseBase::row at [[@LINE-2]]:12 borrows}
  // CHECK: [[@LINE-2]]:3 write A method Eigen::DenseBase::setZero {A: same must}
  v.fill(1.0);
  // CHECK: [[@LINE-1]]:3 write v method Eigen::DenseBase::fill {v: same must}
  r.setConstant(x);
  // CHECK: [[@LINE-1]]:3 write r method Eigen::DenseBase::setConstant {A: view must by Eigen::DenseBase::row at [[@LINE-7]]:12 borrows}
  A *= 2.0;
  // CHECK: [[@LINE-1]]:3 write A compound *= {A: same must}
  r += v.transpose();
  // CHECK: [[@LINE-1]]:3 write r compound += {A: view must by Eigen::DenseBase::row at [[@LINE-11]]:12 borrows}
  A(0, 1) = x;
  // CHECK: [[@LINE-1]]:3 write <temporary> element result-discarded {A: same must; element}
  v(2) += x;
  // CHECK: [[@LINE-1]]:3 write <temporary> element += result-discarded {v: same must; element}
  r(1) = x;
  // CHECK: [[@LINE-1]]:3 write <temporary> element result-discarded {A: view must by Eigen::DenseBase::row at [[@LINE-17]]:12 borrows; element}
  A.row(1) = v.transpose();
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {A: view must by Eigen::DenseBase::row at [[@LINE-1]]:3 borrows}
  A.block(0, 0, 2, 2) = A.block(1, 1, 2, 2);
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {A: view must by Eigen::DenseBase::block at [[@LINE-1]]:3 borrows}
  r = v.transpose();
  // CHECK: [[@LINE-1]]:3 write r assign operator= {A: view must by Eigen::DenseBase::row at [[@LINE-23]]:12 borrows}
  v.normalize();
  // CHECK: [[@LINE-1]]:3 write v method Eigen::MatrixBase::normalize {v: same must}
  A.transposeInPlace();
  // CHECK: [[@LINE-1]]:3 write A method Eigen::DenseBase::transposeInPlace {A: same must}
  A.noalias() = A * A;
  // CHECK: [[@LINE-1]]:3 write <temporary> assign operator= result-discarded {A: view must by Eigen::MatrixBase::noalias at [[@LINE-1]]:3 borrows}
}
