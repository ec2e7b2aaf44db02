//===- LineFilter.h - clang-tidy's --line-filter ------------------*- C++ -*-===//
//
// `--line-filter='[{"name":"a.cpp","lines":[[1,3]]}]'` with clang-tidy's
// syntax (its own parser) and meaning (ClangTidyDiagnosticConsumer's): a
// file matches a filter whose name its path ends with, the first such
// filter decides, no "lines" means the whole file, a file no filter names
// shows nothing, and a diagnostic passes when its location or one of its
// notes' does. Applied after the run, like --diff, so that fingerprints
// (ranks among identical findings) do not depend on the filter.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_LINEFILTER_H
#define ALIASLINT_TOOL_LINEFILTER_H

#include "Findings.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/Error.h"

namespace aliaslint {

class LineFilter {
public:
  /// An error names the option and the problem (nesting, syntax).
  static llvm::Expected<LineFilter> parse(llvm::StringRef Text);

  /// Whether clang-tidy would show \p F. Compile errors always pass.
  bool passes(const Finding &F) const;

private:
  bool passes(const SourcePos &P) const;
  std::vector<clang::tidy::FileFilter> Filters;
};

} // namespace aliaslint

#endif
