// XFAIL: *
// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s
//
// LIMITATION (engine, false negatives): a Map over a matrix's own buffer
// (`Map<MatrixXd> m(A.data(), r, c)`, the usual way to reinterpret a matrix's
// shape in Eigen 3.3) is a view of A, but the engine does not follow the
// pointer from data(): the Map is its own root, and writes through it never
// reach A in the facts.
//   expected: `m` a view of A.
//   actual:   `create m {m: same must}`.
// A model entry cannot express it (data() returns a Scalar*, not an array);
// the engine would need to carry a pointer's root through data() into the
// Map constructor.
#include <Eigen/Dense>
using Eigen::MatrixXd;
using Eigen::VectorXd;

// CHECK-LABEL: function 'reinterpret'
void reinterpret(MatrixXd &A) {
  Eigen::Map<VectorXd> m(A.data(), A.size());
  // CHECK: [[@LINE-1]]:3 create m {A: view must{{.*}}}
  m.setZero();
  // CHECK: [[@LINE-1]]:3 write m method Eigen::DenseBase::setZero {A: view must{{.*}}}
}
