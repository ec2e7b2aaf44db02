//===- Baseline.h - Findings accepted so far ----------------------*- C++ -*-===//
//
// A baseline lists the fingerprints of findings a project has accepted, so
// that a CI gate fails only on new ones. JSON, sorted by file, one entry per
// finding with enough context (check, file, message, code) for review.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_BASELINE_H
#define ALIASLINT_TOOL_BASELINE_H

#include "Findings.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"

namespace aliaslint {

class Baseline {
public:
  /// Reads a baseline; an error names the file and the problem.
  static llvm::Expected<Baseline> load(llvm::StringRef Path);
  /// The same from text already read (\p Path names it in errors); the
  /// entry point of the baseline fuzzer (tool/fuzz/).
  static llvm::Expected<Baseline> parse(llvm::StringRef Text,
                                        llvm::StringRef Path);
  bool contains(llvm::StringRef Fingerprint) const {
    return Fingerprints.contains(Fingerprint);
  }
  size_t size() const { return Fingerprints.size(); }

private:
  llvm::StringSet<> Fingerprints;
};

/// Writes the findings (not tool errors) of \p Findings as a baseline.
llvm::Error writeBaseline(llvm::StringRef Path,
                          llvm::ArrayRef<Finding> Findings);

} // namespace aliaslint

#endif
