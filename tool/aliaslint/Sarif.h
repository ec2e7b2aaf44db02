//===- Sarif.h - SARIF 2.1.0 output -------------------------------*- C++ -*-===//
//
// One run of aliaslint as a SARIF 2.1.0 log, shaped for code-scanning
// services: rules with help links, results with stable partial
// fingerprints, notes as related locations, fix-its as fixes, and files
// that did not compile as tool execution notifications.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_SARIF_H
#define ALIASLINT_TOOL_SARIF_H

#include "Findings.h"
#include "llvm/Support/raw_ostream.h"

namespace aliaslint {

struct SarifOptions {
  /// Absolute; artifact URIs under it are relative to %SRCROOT%.
  std::string SourceRoot;
  /// runs[0].automationDetails.id when set: code scanning keeps one set
  /// of results per category (a shard, a matrix entry).
  std::string Category;
  /// GitHub code scanning rejects or truncates larger logs.
  size_t MaxResults = 25000;
  size_t MaxLocationsPerResult = 1000;
};

/// Writes \p Findings (results) and their tool errors (notifications).
/// Says on stderr what it leaves out to stay within the limits.
void writeSarif(llvm::raw_ostream &OS, llvm::ArrayRef<const Finding *> Findings,
                const SarifOptions &Opts);

/// The key of aliaslint's fingerprint in partialFingerprints.
constexpr llvm::StringLiteral FingerprintKey = "aliaslint/v1";

} // namespace aliaslint

#endif
