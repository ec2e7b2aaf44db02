//===- ModelCache.h - One parsed API model per set of model files -*- C++ -*-===//
//
// Every enabled aliasing check reads the `ModelFiles` option and needs the
// same model: parsing it once per check gave each check a model of its own,
// so the checks of a TU could not share one engine (ProvenanceCheck.cpp) and
// each function was analysed once per check. The cache is process-wide and
// thread-safe, for clangd, which analyses several TUs at once.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_PROVENANCE_MODELCACHE_H
#define ALIASLINT_PROVENANCE_MODELCACHE_H

#include "provenance/ApiModel.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>
#include <vector>

namespace aliaslint {

/// The built-in models plus the user's model files, in this order. The same
/// list of files with the same contents gives the same model object; a file
/// whose contents changed since is read again (a long-running clangd sees an
/// edited model on the next TU). No files: the built-in model. An error
/// names the file, line and column, and is not cached.
llvm::Expected<std::shared_ptr<const ApiModel>>
sharedApiModel(llvm::ArrayRef<std::string> Files);

/// Every model with user files that this process has parsed and still
/// caches, for reports over a whole run (--warn-unused-model-entries).
std::vector<std::shared_ptr<const ApiModel>> cachedUserModels();

/// The files of a `ModelFiles` option: semicolon-separated, blanks trimmed.
std::vector<std::string> splitModelFiles(llvm::StringRef Option);

} // namespace aliaslint

#endif
