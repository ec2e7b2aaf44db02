//===- CacheBackend.h - Where cache entries are kept --------------*- C++ -*-===//
//
// A store of opaque entries by key: a local directory, or a Redis server a
// CI fleet shares. Backends only move bytes; ResultCache checks what it
// reads (parseCacheEntry) and turns every failure into a warning and a
// normal analysis.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_CACHEBACKEND_H
#define ALIASLINT_TOOL_CACHEBACKEND_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <optional>
#include <string>

namespace aliaslint {

class CacheBackend {
public:
  virtual ~CacheBackend() = default;
  /// The entry's bytes; none when there is no entry; an error when it
  /// exists but cannot be read. Called from several threads at once.
  virtual llvm::Expected<std::optional<std::string>> get(llvm::StringRef Key) = 0;
  /// Stores atomically: a reader never sees half an entry.
  virtual llvm::Error put(llvm::StringRef Key, llvm::StringRef Data) = 0;
  /// Names an entry in a warning: its file, or redis://host:port/key.
  virtual std::string describe(llvm::StringRef Key) const = 0;
  /// Names the store itself in a warning.
  virtual std::string name() const = 0;
};

/// Entries as files under \p Dir (created when missing, on first store).
std::unique_ptr<CacheBackend> makeDirBackend(llvm::StringRef Dir);

/// A Redis server at `host:port`; an error when it cannot be reached.
llvm::Expected<std::unique_ptr<CacheBackend>>
makeRedisBackend(llvm::StringRef HostPort);

} // namespace aliaslint

#endif
