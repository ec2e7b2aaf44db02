//===- ClangTidyMode.h - clang-tidy's command line, handed over ---*- C++ -*-===//
//
// aliaslint's own options are a CI gate's (SARIF, baselines, -j); the
// options only clang-tidy has (--export-fixes, --line-filter, --list-checks,
// ...) are served by clang-tidy's own main in the clang-tidy-aliaslint
// binary beside this one, so that they mean exactly what clang-tidy-22 says.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_CLANGTIDYMODE_H
#define ALIASLINT_TOOL_CLANGTIDYMODE_H

#include <optional>

namespace aliaslint {

/// When the command line uses an option only clang-tidy has, runs
/// clang-tidy-aliaslint with it and returns its exit status (clang-tidy's);
/// std::nullopt when aliaslint should run itself.
std::optional<int> runAsClangTidy(int Argc, const char **Argv);

} // namespace aliaslint

#endif
