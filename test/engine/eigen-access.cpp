// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
// RUN: %aliaslint --dump-provenance %s -- %eigen_flags | FileCheck %s
// How a write's destination and source read their roots (Link::Access, the
// model's `access` keys), printed last on write events as access-to and
// access-from when not element-wise: the same on the mocks and on the real
// Eigen 3.4 headers.
#include <Eigen/Dense>
using Eigen::MatrixXd;
using Eigen::VectorXd;

// CHECK-LABEL: function 'access'
void access(MatrixXd &a, MatrixXd &c, const MatrixXd &b, VectorXd &v,
            const VectorXd &w) {
  a = a.transpose();
  // CHECK: [[@LINE-1]]:3 write a assign operator= {{.*}} access-from {a: transposed}{{$}}
  a = 2 * a.reverse();
  // CHECK: [[@LINE-1]]:3 write a assign operator= {{.*}} access-from {a: reversed}{{$}}
  // An array read by several operands: in every way they read it.
  a = a + a.transpose();
  // CHECK: [[@LINE-1]]:3 write a assign operator= {{.*}} access-from {a: transposed}{{$}}
  c.noalias() = c * b;
  // CHECK: [[@LINE-1]]:3 write <temporary> assign {{.*}} access-to {c: direct} access-from {b: product; c: product}{{$}}
  // A product inside another expression is evaluated into a temporary: its
  // operands are read element-wise from there...
  c.noalias() = (c * b) + b;
  // CHECK: [[@LINE-1]]:3 write <temporary> assign {{.*}} access-to {c: direct}{{$}}
  // ...except on the right of a sum or a difference, or scaled: Eigen
  // evaluates `dst = b; dst += c * b` and `(2 * c) * b` (keeps-product).
  c.noalias() = b + (c * b);
  // CHECK: [[@LINE-1]]:3 write <temporary> assign {{.*}} access-to {c: direct} access-from {b: product; c: product}{{$}}
  c.noalias() = 2 * (c * b);
  // CHECK: [[@LINE-1]]:3 write <temporary> assign {{.*}} access-to {c: direct} access-from {b: product; c: product}{{$}}
  c = c.lazyProduct(b);
  // CHECK: [[@LINE-1]]:3 write c assign operator= {{.*}} access-from {b: product+mixed; c: product+mixed}{{$}}
  v.segment(1, 2) = v.head(2).reverse();
  // CHECK: [[@LINE-1]]:3 write <temporary> assign {{.*}} access-to {v: block at [[@LINE-1]]:3} access-from {v: reversed+block at [[@LINE-1]]:21}{{$}}
  // Element-wise: nothing printed.
  v = 2 * v + w;
  // CHECK: [[@LINE-1]]:3 write v assign operator= {v: same must} assigns {v: lazy must by Eigen::MatrixBase::operator+ at [[@LINE-1]]:7 borrows; w: lazy must by Eigen::MatrixBase::operator+ at [[@LINE-1]]:7 borrows}{{$}}
  a = a.transpose().eval();
  // CHECK: [[@LINE-1]]:3 write a assign operator= {a: same must{{.*}}} assigns {<temporary at [[@LINE-1]]:7>: same must; copy-of a must by Eigen::DenseBase::eval at [[@LINE-1]]:7{{.*}}}{{$}}
}
