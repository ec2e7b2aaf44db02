//===- CacheKey.h - What a cached result depends on ---------------*- C++ -*-===//
//
// The result cache's keys, BLAKE3 hashes in hex.
//
// The manifest key, known before any analysis, covers what the whole
// analysis depends on apart from the file system: the compile command
// (directory, file, arguments), the environment variables clang's driver
// reads (CPATH...), the effective configuration as --dump-config prints it
// with every check option's value (AliaslintVersion carries the models'
// hash), and the aliaslint and clang versions with a hash of the aliaslint
// executable itself, so that a rebuilt check never replays old results.
// Under it the cache keeps the last analysis' probes (DependencyRecorder.h).
//
// The result key adds the answers to those probes: the bytes of every file
// read (main file and headers; diagnostics carry byte offsets, and NOLINT
// lives in comments), every path the include search found missing, every
// directory the driver listed. Equal answers to the same questions mean
// the preprocessor would produce the same translation unit, and the checks
// the same diagnostics.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_CACHEKEY_H
#define ALIASLINT_TOOL_CACHEKEY_H

#include "DependencyRecorder.h"
#include "TidyConfig.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringMap.h"
#include <mutex>
#include <string>

namespace aliaslint {

class CacheKeyer {
public:
  /// \p ToolIdentity: the versions and the executable's hash, computed once.
  CacheKeyer(const TidyConfig &Config, std::string ToolIdentity)
      : Config(Config), ToolIdentity(std::move(ToolIdentity)) {}

  /// Thread-safe.
  std::string manifestKey(const clang::tooling::CompilationDatabase &DB,
                          llvm::StringRef File);
  static std::string resultKey(llvm::StringRef ManifestKey,
                               llvm::ArrayRef<ProbeAnswer> Answers);

private:
  /// The file's effective configuration with every check option, as
  /// --dump-config prints it; memoised, since instantiating the checks to
  /// ask them their options costs more than the rest of a key.
  std::string configFor(llvm::StringRef File);

  const TidyConfig &Config;
  std::string ToolIdentity;
  std::mutex Lock;
  llvm::StringMap<std::string> ConfigText;
};

/// aliaslint's and clang's versions and a hash of the running executable.
std::string toolIdentity();

} // namespace aliaslint

#endif
