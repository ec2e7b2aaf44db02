//===- ResultCache.h - Reuse the results of unchanged files -------*- C++ -*-===//
//
// --cache-dir and --cache-redis: a file whose key (CacheKey.h) is in the
// cache gets its stored diagnostics instead of an analysis; the output
// built from them is the same as a fresh run's. A lookup reads the file's
// manifest, asks the file system its probes again, and reads the result
// stored under the answers' key: no preprocessing, no parsing. A cache
// that is missing, unreadable, corrupt or unwritable costs a warning and
// an analysis, never a wrong result or a failed run.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_RESULTCACHE_H
#define ALIASLINT_TOOL_RESULTCACHE_H

#include "CacheBackend.h"
#include "CacheKey.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/Support/raw_ostream.h"
#include <atomic>
#include <memory>
#include <mutex>
#include <set>
#include <vector>

namespace aliaslint {

struct CacheSettings {
  std::string Dir;   ///< --cache-dir or $ALIASLINT_CACHE_DIR
  std::string Redis; ///< --cache-redis or $ALIASLINT_CACHE_REDIS, host:port
};

class ResultCache {
public:
  /// None when no cache is set. A backend that cannot be used is left out
  /// with a warning on stderr.
  static std::unique_ptr<ResultCache> create(const CacheSettings &S,
                                             const TidyConfig &Config);

  /// The file's stored diagnostics, or none; \p ManifestKey is then set
  /// for store().
  std::optional<std::vector<clang::tidy::ClangTidyError>>
  lookup(const clang::tooling::CompilationDatabase &DB, llvm::StringRef File,
         std::optional<std::string> &ManifestKey);

  /// Stores the diagnostics of an analysis that ran on \p Deps, and its
  /// probes. A file that failed (compile or configuration errors) is not
  /// stored, so that its errors are shown by a real run every time; nor
  /// is one whose files changed while it was analysed.
  void store(llvm::StringRef ManifestKey, const RecordingFS &Deps,
             const std::vector<clang::tidy::ClangTidyError> &Errors);

  /// `aliaslint: cache: 3 hits, 1 miss, 1 stored`.
  void printStats(llvm::raw_ostream &OS) const;

private:
  ResultCache(const TidyConfig &Config) : Keyer(Config, toolIdentity()) {}
  struct Slot {
    std::unique_ptr<CacheBackend> Backend;
    /// Only its first read error is a warning: an unreadable directory or
    /// a lost server would otherwise print one per file.
    std::atomic<bool> ReadWarned{false};
    /// A store failed: not written again in this run.
    std::atomic<bool> Unwritable{false};
  };
  /// Prints each distinct warning once, whole, from any thread.
  void warn(const llvm::Twine &Msg);
  /// The bytes under \p Key in \p S; none, with a warning, when they
  /// cannot be read.
  std::optional<std::string> read(Slot &S, llvm::StringRef Key,
                                  llvm::StringRef File);
  void corrupt(Slot &S, llvm::StringRef Key, llvm::StringRef File,
               llvm::Error Why);
  std::optional<std::vector<clang::tidy::ClangTidyError>>
  fetch(Slot &S, llvm::StringRef ManifestKey, llvm::StringRef File);

  CacheKeyer Keyer;
  std::vector<std::unique_ptr<Slot>> Slots;
  std::atomic<unsigned> Hits{0}, Misses{0}, Stored{0};
  std::mutex WarnLock;
  std::set<std::string> Warned;
};

/// The value of \p Option when given (an empty one turns the cache off),
/// else the environment variable \p Env.
std::string settingOrEnv(llvm::StringRef Value, bool Given, const char *Env);

} // namespace aliaslint

#endif
