//===- CacheEntry.h - A result-cache entry, written and parsed ----*- C++ -*-===//
//
// One translation unit's diagnostics, as the result cache stores them. The
// parser is a pure function of its input (no file system, no globals), so
// that a fuzzer can drive it: a cache directory or a Redis server shared by
// a CI fleet is input aliaslint did not write itself, and a bad entry must
// be an error, never a crash or a wrong finding.
//
// Layout: a header line `aliaslint-cache 1 <xxh3 of body, 16 hex> <body
// length>\n`, then the body, a sequence of fields `<length>:<bytes>\n`.
// The length and checksum catch truncated and corrupted entries that would
// otherwise parse into other findings.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_CACHEENTRY_H
#define ALIASLINT_TOOL_CACHEENTRY_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace aliaslint {

struct CacheEntry {
  /// The key it was stored under: an entry found under another key (a
  /// file copied or renamed by hand) is not used.
  std::string Key;
  /// The translation unit's diagnostics, as runClangTidy returned them.
  std::vector<clang::tidy::ClangTidyError> Errors;
};

/// The bytes that parseCacheEntry reads back into \p E.
std::string serializeCacheEntry(const CacheEntry &E);

/// Parses an entry; an error says what is wrong and at which byte.
llvm::Expected<CacheEntry> parseCacheEntry(llvm::StringRef Data);

} // namespace aliaslint

#endif
