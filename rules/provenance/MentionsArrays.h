//===- MentionsArrays.h - Cheap pre-filter before the dataflow ---*- C++ -*-===//
//
// The engine only tracks values of modelled array types: a function whose
// signature and body mention none has no event to find. This scan decides
// that without building a CFG, stopping at the first array it meets.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_PROVENANCE_MENTIONSARRAYS_H
#define ALIASLINT_PROVENANCE_MENTIONSARRAYS_H

#include "provenance/TypeClassifier.h"
#include "clang/AST/Decl.h"

namespace aliaslint {

/// Whether FD's return type, parameters, constructor initialisers or body
/// mention a declaration or expression whose type is a modelled array or
/// output-parameter type, a reference, pointer or built-in array of one,
/// or a class derived from one.
bool mentionsModelledArray(const clang::FunctionDecl &FD, TypeClassifier &Types);

} // namespace aliaslint

#endif
