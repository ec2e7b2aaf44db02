//===- BlockOverlap.h - Do two blocks of one array overlap? -------*- C++ -*-===//
//
// For aliasing-overlapping-assignment: the extents of two blocks of one
// array (Link::Block, the calls that made them, with the model's `block`,
// `slice` and `extent` keys), compared as linear forms over the integer
// variables and the array's extents that their arguments mention.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_BLOCKOVERLAP_H
#define ALIASLINT_BLOCKOVERLAP_H

#include "BlockTraversal.h"
#include "provenance/TypeClassifier.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"

namespace aliaslint {

class BlockOverlap {
public:
  BlockOverlap(TypeClassifier &Types, clang::ASTContext &Ctx,
               const clang::FunctionDecl *F)
      : Types(Types), Ctx(Ctx), Function(F) {}

  /// Whether a coefficient-wise loop writing the block made by `Dst` while
  /// reading the one made by `Src` (both blocks of the same array) reads
  /// coefficients it has already overwritten: the blocks have the same
  /// sizes, their starts differ by constants, they overlap, and the
  /// destination lies after the source along every dimension (so in both
  /// storage orders). A size that is not a constant is taken to exceed the
  /// constant shift.
  /// With the array's storage order known (the model's `storage-order`),
  /// a two-dimensional shift counts in that order only (BlockTraversal.h):
  /// `A.block(0, 1, 2, 2) = A.block(1, 0, 2, 2)` of a column-major matrix.
  bool readsOverwritten(const clang::CallExpr *Dst, const clang::CallExpr *Src);
  /// Whether writing the two-dimensional block made by `Dst` from the block
  /// made by `Src` read transposed or reversed reads coefficients it has
  /// already overwritten, in the array's storage order (none known: no).
  bool readsMappedOverwritten(const clang::CallExpr *Dst, const clang::CallExpr *Src,
                              BlockMapping M);
  /// Whether writing the one-dimensional block made by `Dst` from the
  /// reversal of the one made by `Src` (or the reverse) reads coefficients
  /// it has already overwritten: same sizes, starts that differ by a
  /// constant smaller than the size minus one.
  bool readsReversedOverwritten(const clang::CallExpr *Dst,
                                const clang::CallExpr *Src);
  /// Whether the two calls make provably the same block: a transposition or
  /// reversal of it then reads it as it would the whole array.
  bool sameBlock(const clang::CallExpr *Dst, const clang::CallExpr *Src);

private:
  /// Along one dimension: how far the destination's start is after the
  /// source's, and the common size if it is a constant.
  struct Shift {
    int64_t By;
    std::optional<int64_t> Size;
  };
  std::optional<std::vector<Shift>> shifts(const clang::CallExpr *Dst,
                                           const clang::CallExpr *Src);
  struct Linear;
  struct Interval;
  std::optional<Linear> linear(const clang::Expr *E, unsigned Depth);
  /// What a block is made of: an array (Array), another block (Block: a
  /// block of a block, or of a view variable initialised with one), or
  /// neither (unknown: the block cannot be placed).
  struct Parent {
    const clang::ValueDecl *Array = nullptr;
    const clang::CallExpr *Block = nullptr;
  };
  Parent parentOf(const clang::CallExpr *Block);
  std::optional<ApiModel::OpMatch> opOf(const clang::CallExpr *CE);
  std::optional<Linear> extentOf(const clang::CallExpr *Block, int Dim);
  static int vectorDim(const std::vector<Interval> &Block);
  Linear extentAtom(const clang::ValueDecl *Array, int Dim);
  std::optional<Linear> templateSize(const clang::CallExpr *Block, int K);
  /// Start and size per dimension, in the coordinates of the array the
  /// outermost block is made of.
  std::optional<std::vector<Interval>> extents(const clang::CallExpr *Block,
                                               unsigned Depth = 0);
  /// The same, relative to what the block is made of.
  std::optional<std::vector<Interval>> ownExtents(const clang::CallExpr *Block);
  std::optional<Interval> slice(const clang::CallExpr *Block, const clang::Expr *E,
                                unsigned Dim);
  bool unmodified(const clang::VarDecl *VD);
  /// Whether the array a block is (ultimately) made of is row-major; none
  /// when its type gives no storage order.
  std::optional<bool> rowMajorOf(const clang::CallExpr *Block);
  std::optional<bool> rowMajor(clang::QualType T, unsigned Depth = 0);
  /// Whether the block may span its parent's whole extent along `Dim`.
  bool mayBeFull(const clang::CallExpr *Block, unsigned Dim);

  TypeClassifier &Types;
  clang::ASTContext &Ctx;
  const clang::FunctionDecl *Function;
  llvm::DenseMap<const clang::VarDecl *, bool> Unmodified;
};

} // namespace aliaslint

#endif
