//===- BlockTraversal.cpp - Eigen's assignment loop over two blocks -------===//
//
// Eigen 3.4, Eigen/src/Core/AssignEvaluator.h: every dense_assignment_loop
// runs `for outer, for inner` over the destination (DefaultTraversal,
// :341), in packets along the inner dimension (InnerVectorized :465,
// SliceVectorized :537 with a scalar head and tail) or along the linear
// index (Linear :512, LinearVectorized :416, only with LinearAccessBit on
// both sides, :87); the outer index is the column unless the destination
// is row-major (rowIndexByOuterInner, :692). assignPacket (:673) loads the
// source packet before it stores the destination's, so within one packet
// nothing read is yet overwritten: only what lies in an earlier step is.
//
//===----------------------------------------------------------------------===//
#include "BlockTraversal.h"
#include <cstdlib>

using namespace aliaslint;

namespace {
/// The destination coordinates of the array coefficient read while the
/// destination's (I, J) is written.
struct Coord {
  int64_t I, J;
};
Coord readAt(const BlockPair &P, BlockMapping M, int64_t I, int64_t J) {
  switch (M) {
  case BlockMapping::Shifted:
    return {I - P.ByRows, J - P.ByCols};
  case BlockMapping::Transposed:
    return {J - P.ByRows, I - P.ByCols};
  case BlockMapping::Reversed:
    return {P.Rows - 1 - I - P.ByRows, P.Cols - 1 - J - P.ByCols};
  }
  return {I, J};
}
} // namespace

bool aliaslint::loopReadsOverwritten(const BlockPair &P, BlockMapping M,
                                     bool RowMajor, bool MayBeLinear) {
  if (P.Rows <= 0 || P.Cols <= 0 || P.Rows > MaxCoefficients / P.Cols)
    return false;
  if (M == BlockMapping::Reversed && MayBeLinear)
    return false;
  // Only the scalar loop is known to write coefficient by coefficient
  // within an outer slice.
  bool Scalar = M == BlockMapping::Transposed;
  for (int64_t I = 0; I < P.Rows; ++I)
    for (int64_t J = 0; J < P.Cols; ++J) {
      Coord R = readAt(P, M, I, J);
      if (R.I < 0 || R.I >= P.Rows || R.J < 0 || R.J >= P.Cols)
        continue; // outside the destination: never overwritten
      int64_t Outer = RowMajor ? I : J, Inner = RowMajor ? J : I;
      int64_t ROuter = RowMajor ? R.I : R.J, RInner = RowMajor ? R.J : R.I;
      if (ROuter < Outer || (Scalar && ROuter == Outer && RInner < Inner))
        return true;
    }
  return false;
}

bool aliaslint::shiftReadsOverwritten(const BlockPair &P, bool RowMajor) {
  // Disjoint along a dimension of known size: nothing is read twice.
  if ((P.Rows > 0 && std::llabs(P.ByRows) >= P.Rows) ||
      (P.Cols > 0 && std::llabs(P.ByCols) >= P.Cols))
    return false;
  int64_t Outer = RowMajor ? P.ByRows : P.ByCols;
  int64_t Inner = RowMajor ? P.ByCols : P.ByRows;
  int64_t InnerSize = RowMajor ? P.Cols : P.Rows;
  // Within one outer slice, a slice that may be one packet (a power of two
  // up to AVX-512's 16 floats) is loaded whole before it is stored: right.
  bool MayBeOnePacket = InnerSize > 0 && InnerSize <= MaxPacket &&
                        (InnerSize & (InnerSize - 1)) == 0;
  return Outer > 0 || (Outer == 0 && Inner > 0 && !MayBeOnePacket);
}
