//===- CacheKey.h - What a cached result depends on ---------------*- C++ -*-===//
//
// The result cache's key for one file: a BLAKE3 hash of everything its
// diagnostics depend on (docs/cli.md, "Result cache"):
//  - the preprocessed translation unit, computed in-process by clang's own
//    preprocessor with the file's compile command, so that a header that
//    now shadows another, a changed -D or a new __has_include answer is a
//    new key;
//  - the exact bytes of every file it read (main file and headers), since
//    the diagnostics carry byte offsets and NOLINT lives in comments, both
//    of which preprocessing loses;
//  - the compile command (directory, file, arguments);
//  - the effective configuration, as --dump-config prints it, with every
//    check option's value (AliaslintVersion carries the models' hash);
//  - the aliaslint and clang versions and a hash of the aliaslint
//    executable itself, so that a rebuilt check never replays old results.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_CACHEKEY_H
#define ALIASLINT_TOOL_CACHEKEY_H

#include "TidyConfig.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringMap.h"
#include <mutex>
#include <optional>
#include <string>

namespace aliaslint {

class CacheKeyer {
public:
  /// \p ToolIdentity: the versions and the executable's hash, computed once.
  CacheKeyer(const TidyConfig &Config, std::string ToolIdentity)
      : Config(Config), ToolIdentity(std::move(ToolIdentity)) {}

  /// 64 hex digits; none when the file does not preprocess (the analysis
  /// then runs and reports why). Thread-safe.
  std::optional<std::string> keyFor(const clang::tooling::CompilationDatabase &DB,
                                    llvm::StringRef File);

private:
  /// The file's effective configuration with every check option, as
  /// --dump-config prints it; memoised, since instantiating the checks to
  /// ask them their options costs more than the rest of a key.
  std::string configFor(llvm::StringRef File, std::vector<std::string> &ExtraBefore,
                        std::vector<std::string> &ExtraAfter);

  const TidyConfig &Config;
  std::string ToolIdentity;
  std::mutex Lock;
  llvm::StringMap<std::string> ConfigText;
};

/// aliaslint's and clang's versions and a hash of the running executable.
std::string toolIdentity();

} // namespace aliaslint

#endif
