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
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <optional>

namespace aliaslint {

/// GitHub code scanning's limit of results per run.
constexpr size_t DefaultSarifMaxResults = 25000;

struct SarifOptions {
  /// Absolute; artifact URIs under it are relative to %SRCROOT%.
  std::string SourceRoot;
  /// runs[0].automationDetails.id when set: code scanning keeps one set
  /// of results per category (a shard, a matrix entry).
  std::string Category;
  /// GitHub code scanning rejects or truncates larger logs.
  size_t MaxResults = DefaultSarifMaxResults;
  size_t MaxLocationsPerResult = 1000;
};

/// Writes \p Findings (results) and their tool errors (notifications).
/// Says on stderr what it leaves out to stay within the limits.
void writeSarif(llvm::raw_ostream &OS, llvm::ArrayRef<const Finding *> Findings,
                const SarifOptions &Opts);

/// A run's pieces before they are put in order; what a run and
/// `aliaslint merge-sarif` have in common, so that merged shards are the
/// unsharded run's log byte for byte.
struct SarifParts {
  llvm::json::Object Driver; ///< tool.driver without its rules
  std::map<std::string, llvm::json::Object> Rules; ///< by id
  std::vector<llvm::json::Object> Results;
  std::vector<llvm::json::Object> Notifications;
  std::optional<llvm::json::Object> OriginalUriBaseIds;
  std::string Category;
};

/// The log of one run: results and notifications sorted by location, rule,
/// message and fingerprint, with repeats of one (rule, location, message,
/// fingerprint) dropped; rules by id, each result's ruleIndex set; at most
/// \p MaxResults results, said on stderr.
llvm::json::Value assembleSarif(SarifParts Parts, size_t MaxResults);

/// \p Log as aliaslint writes every SARIF log: indented by 2, one newline.
void printSarif(llvm::raw_ostream &OS, const llvm::json::Value &Log);

/// The key of aliaslint's fingerprint in partialFingerprints.
constexpr llvm::StringLiteral FingerprintKey = "aliaslint/v1";

} // namespace aliaslint

#endif
