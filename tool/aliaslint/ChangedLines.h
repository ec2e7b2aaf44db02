//===- ChangedLines.h - Lines changed since a git revision --------*- C++ -*-===//
//
// `--diff REF`, a gate for pull requests: only findings on lines that
// `git diff REF` adds or changes are reported (clang-tidy-diff's idea, kept
// inside one run so that SARIF, baselines and -j still apply).
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_CHANGEDLINES_H
#define ALIASLINT_TOOL_CHANGEDLINES_H

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <utility>
#include <vector>

namespace aliaslint {

class ChangedLines {
public:
  /// Runs `git diff -U0 REF` in the repository around the current
  /// directory; an error carries git's message.
  static llvm::Expected<ChangedLines> sinceRevision(llvm::StringRef Ref);
  /// Parses unified-diff text whose paths are relative to \p TopDir.
  static ChangedLines parse(llvm::StringRef Diff, llvm::StringRef TopDir);

  /// Whether line \p Line (1-based) of the absolute \p Path changed.
  bool contains(llvm::StringRef Path, unsigned Line) const;

private:
  /// Per absolute path, the changed [first, last] line ranges.
  llvm::StringMap<std::vector<std::pair<unsigned, unsigned>>> Ranges;
};

} // namespace aliaslint

#endif
