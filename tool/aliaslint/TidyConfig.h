//===- TidyConfig.h - clang-tidy options for every worker ---------*- C++ -*-===//
//
// The options the command line gives, turned into a clang-tidy options
// provider. Each worker thread needs its own provider (they cache per
// directory and are not thread-safe), so this is a factory.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_TIDYCONFIG_H
#define ALIASLINT_TOOL_TIDYCONFIG_H

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace aliaslint {

struct TidySettings {
  std::string Checks;                      ///< --checks, added to the defaults
  std::string Config;                      ///< --config YAML, empty if none
  std::optional<std::string> HeaderFilter; ///< --header-filter
  std::vector<std::string> ModelFiles;     ///< --model
};

class TidyConfig {
public:
  /// Fails with a message naming the problem when --config does not parse.
  static llvm::Expected<TidyConfig> create(const TidySettings &S);

  std::unique_ptr<clang::tidy::ClangTidyOptionsProvider> makeProvider() const;

  /// Parses every `.clang-tidy` file that would apply to \p Files, the way
  /// clang-tidy finds them, so that a broken one is an error naming its file
  /// and line rather than a line on stderr that CI ignores.
  llvm::Error validateConfigFiles(llvm::ArrayRef<std::string> Files) const;

  /// Every header filter regex that applies to \p Files compiles: clang-tidy
  /// would take a broken one as matching nothing, and show no header.
  llvm::Error validateHeaderFilters(llvm::ArrayRef<std::string> Files) const;

  /// Whether at least one aliasing check is enabled for some of \p Files: a
  /// --checks typo must not turn the gate silently green.
  bool anyCheckEnabled(llvm::ArrayRef<std::string> Files) const;

private:
  clang::tidy::ClangTidyGlobalOptions Global;
  clang::tidy::ClangTidyOptions Defaults;
  clang::tidy::ClangTidyOptions Overrides;
  std::optional<clang::tidy::ClangTidyOptions> ConfigOptions;
};

} // namespace aliaslint

#endif
