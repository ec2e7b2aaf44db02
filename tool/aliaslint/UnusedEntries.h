//===- UnusedEntries.h - Model entries that matched nothing -------*- C++ -*-===//
//
// `--warn-unused-model-entries`: a type or operation entry of a user model
// file that no look-up returned during the run is usually a misspelt or
// outdated name, which otherwise shows only as findings that never appear.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_UNUSEDENTRIES_H
#define ALIASLINT_TOOL_UNUSEDENTRIES_H

#include "llvm/Support/raw_ostream.h"

namespace aliaslint {

/// Prints, clang-style and in file and line order, each entry of the user
/// model files this process parsed that matched nothing in any file
/// analysed (an entry of a file named by several lists of files counts as
/// used when any of them used it). Returns how many.
unsigned reportUnusedModelEntries(llvm::raw_ostream &OS);

} // namespace aliaslint

#endif
