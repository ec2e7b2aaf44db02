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

/// The value of a result that is `R` of a source whose value is `Src`,
/// made by an operation reading it with `Access` (AccessBits).
Prov applyRelation(ResultRel R, const Prov &Src, const clang::Expr *Origin,
                   llvm::StringRef Op, const LibraryModel *Lib,
                   uint8_t Access = AccessElementwise);

/// Fresh storage holding a copy of `Src`'s elements.
inline Prov materialize(const Prov &Src, const clang::Expr *Origin,
                        llvm::StringRef Op, const LibraryModel *Lib) {
  return applyRelation(ResultRel::Copy, Src, Origin, Op, Lib);
}

/// The model's relation for a summarised callee's returned link.
ResultRel relationOf(Rel R);

/// A value with no other fact than "the root itself".
Prov ownStorage(const clang::ValueDecl *Root);

} // namespace aliaslint

#endif
