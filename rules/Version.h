//===- Version.h - aliaslint's version and its models' ------------*- C++ -*-===//
//
// Result caches (ctcache, Bazel, aliaslint's own) key on what a run prints
// for --version and --dump-config: both carry these, so a new aliaslint or a
// changed model invalidates the cached results.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_VERSION_H
#define ALIASLINT_VERSION_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace aliaslint {

constexpr llvm::StringLiteral AliaslintVersion = "0.1.0";

/// 16 hex digits of a SHA-256 over the built-in models (names and text) and
/// then the contents of \p UserModelFiles (an unreadable one by its name).
std::string modelsHash(llvm::ArrayRef<std::string> UserModelFiles = {});

/// "aliaslint 0.1.0 (models 0123456789abcdef)".
std::string versionLine(llvm::ArrayRef<std::string> UserModelFiles = {});

} // namespace aliaslint

#endif
