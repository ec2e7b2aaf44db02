//===- Explain.h - What the models say about a name --------------*- C++ -*-===//
//
// `aliaslint --explain NAME` and `--list-models`: so that a user can see why
// something is or is not reported without reading the YAML of every model.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_EXPLAIN_H
#define ALIASLINT_TOOL_EXPLAIN_H

#include "provenance/ApiModel.h"
#include "llvm/Support/raw_ostream.h"

namespace aliaslint {

/// Prints what \p M says about \p Name, a fully qualified type or function
/// name without template arguments: the type entry and the entries of its
/// members, or the operation entry a call of that name gets (exact, else
/// the wildcard entry that matches), each with its library and the file,
/// line and column it is written at. False when no entry describes it.
bool explainName(const ApiModel &M, llvm::StringRef Name, llvm::raw_ostream &OS);

/// One line per library in force: name, file, number of type and operation
/// entries, and the headers it claims.
void listModels(const ApiModel &M, llvm::raw_ostream &OS);

/// --list-models (when \p List) and then --explain for each of \p Names;
/// the exit status: 0 when a model describes every name, else 1.
int runExplain(const ApiModel &M, bool List, llvm::ArrayRef<std::string> Names,
               llvm::raw_ostream &OS);

} // namespace aliaslint

#endif
