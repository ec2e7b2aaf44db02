//===- CacheEntry.h - A result-cache entry, written and parsed ----*- C++ -*-===//
//
// One translation unit's diagnostics, as the result cache stores them. The
// parser is a pure function of its input (no file system, no globals), so
// that a fuzzer can drive it: a cache directory or a Redis server shared by
// a CI fleet is input aliaslint did not write itself, and a bad entry must
// be an error, never a crash or a wrong finding.
//
// Two kinds of entry: a result (a file's diagnostics, under a key of
// everything they depend on) and a manifest (under a key known before the
// analysis: which files and paths the last analysis of that file asked the
// file system about; CacheKey.h).
//
// Layout: a header line `aliaslint-cache 1 <xxh3 of body, 16 hex> <body
// length>\n`, then the body, a sequence of fields `<length>:<bytes>\n`,
// the first of which is the kind. The length and checksum catch truncated
// and corrupted entries that would otherwise parse into other findings.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_CACHEENTRY_H
#define ALIASLINT_TOOL_CACHEENTRY_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <tuple>
#include <vector>

namespace aliaslint {

/// One question the analysis asked the file system, by absolute path.
struct Probe {
  enum Kind : unsigned { Status, Open, ListDir, RealPath, Exists, Last = Exists };
  Kind K = Status;
  std::string Path;
  bool operator<(const Probe &O) const {
    return std::tie(K, Path) < std::tie(O.K, O.Path);
  }
};

struct CacheManifest {
  std::string Key;
  /// In the order the analysis asked them.
  std::vector<Probe> Probes;
};

struct CacheEntry {
  /// The key it was stored under: an entry found under another key (a
  /// file copied or renamed by hand) is not used.
  std::string Key;
  /// The translation unit's diagnostics, as runClangTidy returned them.
  std::vector<clang::tidy::ClangTidyError> Errors;
};

/// The bytes that parseCacheEntry reads back into \p E.
std::string serializeCacheEntry(const CacheEntry &E);

/// Parses a result entry; an error says what is wrong and at which byte.
llvm::Expected<CacheEntry> parseCacheEntry(llvm::StringRef Data);

/// \p Body with the header parseCacheEntry and parseManifest check: for a
/// fuzzer, whose mutated bodies would otherwise all fail the checksum.
std::string sealCacheBody(llvm::StringRef Body);

/// The same for manifests.
std::string serializeManifest(const CacheManifest &M);
llvm::Expected<CacheManifest> parseManifest(llvm::StringRef Data);

} // namespace aliaslint

#endif
