//===- BlockTraversal.h - Eigen's assignment loop over two blocks -*- C++ -*-===//
//
// For aliasing-overlapping-assignment: which coefficients Eigen 3.4's
// dense_assignment_loop (Eigen/src/Core/AssignEvaluator.h) has already
// written when it reads a coefficient of a source block that overlaps the
// destination block, for a source read shifted, transposed or reversed.
// Pure arithmetic on constant sizes and shifts; no AST.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_BLOCKTRAVERSAL_H
#define ALIASLINT_BLOCKTRAVERSAL_H

#include <cstdint>

namespace aliaslint {

/// How the source block is read while the destination's (i, j) is written.
enum class BlockMapping {
  Shifted,    ///< source (i, j)
  Transposed, ///< source (j, i): the source block is Cols x Rows
  Reversed,   ///< source (Rows - 1 - i, Cols - 1 - j): Eigen's reverse()
};

/// Two blocks of one two-dimensional array: the destination's size, and
/// how far its start lies after the source's along rows and columns.
struct BlockPair {
  int64_t Rows = 0, Cols = 0;
  int64_t ByRows = 0, ByCols = 0;
};

/// Whether the loop reads, for some destination coefficient, a coefficient
/// of the array it has already overwritten, in the given storage order of
/// the destination (the outer loop runs over columns when column-major).
/// Only what holds in every traversal Eigen may choose is claimed: a
/// coefficient written in an earlier outer iteration (every traversal
/// finishes an outer slice before the next), and for a transposed source
/// also an earlier inner one (a Transpose flips RowMajorBit, so the storage
/// orders disagree and the loop is the scalar DefaultTraversal). A reversed
/// source whose destination may be traversed linearly (`MayBeLinear`: it
/// spans the whole inner extent, so it may be an inner panel with
/// LinearAccessBit, and linear packets cross outer slices) is not claimed.
/// Sizes past `MaxCoefficients` are not simulated (not claimed).
bool loopReadsOverwritten(const BlockPair &P, BlockMapping M, bool RowMajor,
                          bool MayBeLinear);

/// The shifted mapping in closed form, as loopReadsOverwritten would
/// answer it, for sizes that need not be constants (`Rows`/`Cols` <= 0:
/// not known, taken to exceed the shift): with the outer shift positive
/// the read lies in an earlier, finished outer slice; with it zero, along
/// the inner dimension shifted forward (the one-dimensional case), unless
/// the inner slice may be a single packet, read whole before it is written.
bool shiftReadsOverwritten(const BlockPair &P, bool RowMajor);

inline constexpr int64_t MaxCoefficients = 1 << 16;
/// The most coefficients in one Eigen 3.4 packet (AVX-512 Packet16f).
inline constexpr int64_t MaxPacket = 16;

} // namespace aliaslint

#endif
