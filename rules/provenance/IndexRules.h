//===- IndexRules.h - NumPy-like index classification -------------*- C++ -*-===//
//
// Whether an index argument is basic (a view: integers, slices, 0-dim
// integer tensors) or advanced (a copy: tensors, masks, `bool`), per the
// operation's index rule in the model (libtorch `Tensor::index`).
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_PROVENANCE_INDEXRULES_H
#define ALIASLINT_PROVENANCE_INDEXRULES_H

#include "provenance/TypeClassifier.h"
#include "clang/AST/Expr.h"

namespace aliaslint {

/// Some entry of the index list `Arg` (`{i, Slice(), idx}`) is advanced.
bool isAdvancedIndex(const clang::Expr *Arg, const IndexRule &R,
                     TypeClassifier &Types);

} // namespace aliaslint

#endif
