//===- Relations.h - A result's value from its source's, per the model -*- C++ -*-===//
//
// The model says how an operation's result relates to its source operand
// (view, copy, maybe-view, lazy, ...); these turn the source's value into
// the result's, recording where and by which operation the relation was made.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_PROVENANCE_RELATIONS_H
#define ALIASLINT_PROVENANCE_RELATIONS_H

#include "provenance/Facts.h"

namespace aliaslint {

/// How a view or lazy result holds the operand it is derived from, which
/// decides whether it dangles when the operand's lifetime ends.
enum class Holding : uint8_t {
  /// Through the operand's own links: a handle operand shares reference-
  /// counted storage (cv::Mat, at::Tensor); a view or expression operand is
  /// nested by value and keeps what it borrows.
  Shares,
  /// By C++ reference to the operand, an owning array: Eigen nests plain
  /// objects by reference (`internal::ref_selector`), xtensor an lvalue
  /// (`closure_type_t<E&>`); a raw pointer into its elements likewise.
  Borrows,
  /// By value, having taken the operand over (xtensor's closure of an
  /// rvalue, `closure_type_t<E&&>`): nothing of the operand is shared.
  Adopts,
};

/// The value of a result that is `R` of a source whose value is `Src`,
/// holding the source as `H` says, made by an operation reading it with
/// `Access` (AccessBits).
Prov applyRelation(ResultRel R, const Prov &Src, const clang::Expr *Origin,
                   OpName Op, const LibraryModel *Lib,
                   Holding H = Holding::Shares,
                   uint8_t Access = AccessElementwise);

/// Fresh storage holding a copy of `Src`'s elements.
inline Prov materialize(const Prov &Src, const clang::Expr *Origin,
                        OpName Op, const LibraryModel *Lib) {
  return applyRelation(ResultRel::Copy, Src, Origin, Op, Lib);
}

/// The model's relation for a summarised callee's returned link.
ResultRel relationOf(Rel R);

/// A value with no other fact than "the root itself".
Prov ownStorage(RootRef Root);

/// Two must-views of one root made by the same operation on the same
/// arguments (the same expression evaluated twice, e.g. `a.row(i)` in two
/// statements), not one view shared: they view the same elements.
bool sameElements(const Link &A, const Link &B, const clang::ASTContext &Ctx);

} // namespace aliaslint

#endif
