//===- Runner.cpp ---------------------------------------------------------===//
#include "Runner.h"
#include "Interrupt.h"
#include "Progress.h"
#include "ResultCache.h"
#include "clang-tidy/ClangTidy.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/thread.h"
#include <atomic>
#include <mutex>

using namespace aliaslint;
using namespace clang;
using namespace clang::tidy;
using namespace llvm;

namespace {
/// Serialises look-ups: not every CompilationDatabase promises that
/// concurrent getCompileCommands calls are safe (some expand response files
/// or build indexes lazily), and the cost is negligible next to parsing.
class LockedCompilations : public tooling::CompilationDatabase {
public:
  explicit LockedCompilations(const tooling::CompilationDatabase &DB) : DB(DB) {}
  std::vector<tooling::CompileCommand>
  getCompileCommands(StringRef File) const override {
    std::lock_guard<std::mutex> G(Lock);
    return DB.getCompileCommands(File);
  }
  std::vector<std::string> getAllFiles() const override {
    std::lock_guard<std::mutex> G(Lock);
    return DB.getAllFiles();
  }
  std::vector<tooling::CompileCommand> getAllCompileCommands() const override {
    std::lock_guard<std::mutex> G(Lock);
    return DB.getAllCompileCommands();
  }

private:
  const tooling::CompilationDatabase &DB;
  mutable std::mutex Lock;
};

// Clang's parser recurses deeply on template-heavy headers; give workers the
// stack size clang itself asks for.
constexpr unsigned WorkerStackSize = 8 << 20;
} // namespace

bool aliaslint::isConfigError(const ClangTidyError &E) {
  return E.DiagnosticName == "clang-tidy-config";
}

bool aliaslint::isTimeoutError(const ClangTidyError &E) {
  return E.DiagnosticName == TimeoutDiagnosticName;
}

bool aliaslint::isToolError(const ClangTidyError &E) {
  return isConfigError(E) || isTimeoutError(E) ||
         (E.DiagLevel == ClangTidyError::Error && !E.IsWarningAsError &&
          StringRef(E.DiagnosticName).starts_with("clang-diagnostic-"));
}

FileResult
aliaslint::analyseFile(const tooling::CompilationDatabase &DB, StringRef File,
                       const TidyConfig &Config,
                       IntrusiveRefCntPtr<vfs::OverlayFileSystem> BaseFS) {
  FileResult R;
  if (DB.getCompileCommands(File).empty()) {
    ClangTidyError E("clang-diagnostic-error", ClangTidyError::Error, "",
                     false);
    E.Message.Message = "no compile command for '" + File.str() + "'";
    R.Errors.push_back(std::move(E));
  } else {
    // A context per file, not per worker: it maps diagnostic IDs to
    // check names and never forgets, while each runClangTidy call
    // numbers its custom diagnostics afresh, so a reused context names
    // the second file's findings after the first file's checks.
    ClangTidyContext Context(Config.makeProvider());
    R.Errors = runClangTidy(Context, DB, {File.str()}, BaseFS,
                            /*ApplyAnyFix=*/false,
                            /*EnableCheckProfile=*/false, "",
                            /*Quiet=*/true);
  }
  classifyErrors(R);
  return R;
}

void aliaslint::classifyErrors(FileResult &R) {
  for (const ClangTidyError &E : R.Errors) {
    R.BadConfig |= isConfigError(E);
    R.Failed |= isToolError(E) && !isConfigError(E) && !isTimeoutError(E);
  }
}

std::vector<FileResult> aliaslint::runFiles(const tooling::CompilationDatabase &DB,
                                            ArrayRef<std::string> Files,
                                            const TidyConfig &Config,
                                            unsigned Jobs, Progress &P,
                                            FileDone OnDone,
                                            ResultCache *Cache) {
  std::vector<FileResult> Results(Files.size());
  LockedCompilations Locked(DB);
  std::atomic<size_t> Next{0};

  auto Work = [&] {
    // ClangTool changes the working directory of this file system to each
    // compile command's; a physical FS of its own keeps that per thread
    // instead of calling chdir on the whole process.
    auto BaseFS = makeIntrusiveRefCnt<vfs::OverlayFileSystem>(
        vfs::createPhysicalFileSystem());
    // Checked before each file, not during one: clang cannot be stopped
    // half-way, and a file's results are whole or absent.
    for (size_t I; !interrupted() && (I = Next.fetch_add(1)) < Files.size();) {
      FileResult &R = Results[I];
      P.started(Files[I]);
      std::optional<std::string> Key; // the cache's manifest key, on a miss
      if (Locked.getCompileCommands(Files[I]).empty()) {
        ClangTidyError E("clang-diagnostic-error", ClangTidyError::Error, "",
                         false);
        E.Message.Message = "no compile command for '" + Files[I] + "'";
        R.Errors.push_back(std::move(E));
      } else if (auto Hit = Cache ? Cache->lookup(Locked, Files[I], Key)
                                  : std::nullopt) {
        R.Errors = std::move(*Hit);
      } else {
        // A context per file, not per worker: it maps diagnostic IDs to
        // check names and never forgets, while each runClangTidy call
        // numbers its custom diagnostics afresh, so a reused context names
        // the second file's findings after the first file's checks.
        ClangTidyContext Context(Config.makeProvider());
        // For the cache, what the analysis reads is recorded on the way.
        IntrusiveRefCntPtr<RecordingFS> Deps;
        auto FS = BaseFS;
        if (Key) {
          Deps = makeIntrusiveRefCnt<RecordingFS>(vfs::createPhysicalFileSystem());
          FS = makeIntrusiveRefCnt<vfs::OverlayFileSystem>(Deps);
        }
        R.Errors = runClangTidy(Context, Locked, {Files[I]}, FS,
                                /*ApplyAnyFix=*/false,
                                /*EnableCheckProfile=*/false, "",
                                /*Quiet=*/true);
        if (Key)
          Cache->store(*Key, *Deps, R.Errors);
      }
      classifyErrors(R);
      R.Analysed = true;
      P.finished(Files[I]);
      OnDone(I, R);
    }
  };

  unsigned N = std::max(1u, std::min<unsigned>(Jobs, Files.size()));
  std::vector<llvm::thread> Workers;
  for (unsigned I = 0; I < N; ++I)
    Workers.emplace_back(std::optional<unsigned>(WorkerStackSize), Work);
  for (llvm::thread &W : Workers)
    W.join();
  return Results;
}
