//===- DependencyRecorder.h - What an analysis asked the FS ------*- C++ -*-===//
//
// The result cache's dependency list. Clang's preprocessor and driver are
// deterministic functions of the command line, the environment and the
// file system's answers; so recording every question the analysis asks
// the file system (stat, open and read, directory listing, real path) with
// its answer, and later asking the same questions again, tells whether a
// new analysis would see exactly the same input, without running the
// preprocessor. A header that would now shadow another is caught too: the
// include search asked about its path and was told "no such file".
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_DEPENDENCYRECORDER_H
#define ALIASLINT_TOOL_DEPENDENCYRECORDER_H

#include "CacheEntry.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <map>
#include <mutex>

namespace aliaslint {

/// A probe with its answer, as text that equal answers share.
struct ProbeAnswer {
  Probe P;
  std::string Answer;
};

/// Passes every call to the file system below, and records each probe
/// and its answer, the first time it is asked.
class RecordingFS : public llvm::vfs::ProxyFileSystem {
public:
  explicit RecordingFS(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS)
      : ProxyFileSystem(std::move(FS)) {}

  llvm::ErrorOr<llvm::vfs::Status> status(const llvm::Twine &Path) override;
  bool exists(const llvm::Twine &Path) override;
  llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>>
  openFileForRead(const llvm::Twine &Path) override;
  llvm::vfs::directory_iterator dir_begin(const llvm::Twine &Dir,
                                          std::error_code &EC) override;
  std::error_code getRealPath(const llvm::Twine &Path,
                              llvm::SmallVectorImpl<char> &Output) override;

  /// The probes in the order first asked.
  std::vector<ProbeAnswer> answers() const;
  /// False when a probe got two different answers during the run (a file
  /// edited while it was analysed): the result must not be stored.
  bool stable() const { return Stable; }

  /// Called by the files it opens, with the bytes read.
  void recordRead(llvm::StringRef AbsPath, llvm::StringRef Bytes);

private:
  std::string absolute(const llvm::Twine &Path) const;
  void record(Probe::Kind K, std::string Path, std::string Answer);

  mutable std::mutex Lock;
  std::vector<ProbeAnswer> Log;
  std::map<Probe, size_t> Index;
  bool Stable = true;
};

/// The answers the file system gives to \p Probes now, in the recorded
/// text.
std::vector<ProbeAnswer> answerNow(llvm::vfs::FileSystem &FS,
                                   llvm::ArrayRef<Probe> Probes);

} // namespace aliaslint

#endif
