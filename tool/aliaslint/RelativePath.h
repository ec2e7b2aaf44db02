//===- RelativePath.h - a path as reported, relative to a root -----------===//
//
// Its own file so that readers of paths (the SARIF writer, the shard
// hasher, the progress line, the merge-sarif fuzz target) need not link the
// finding collector, which calls into the runner.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_RELATIVEPATH_H
#define ALIASLINT_TOOL_RELATIVEPATH_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace aliaslint {

/// `Path` relative to `Root` when it lies under it, else unchanged.
std::string relativeTo(llvm::StringRef Path, llvm::StringRef Root);

} // namespace aliaslint

#endif
