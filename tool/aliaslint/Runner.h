//===- Runner.h - Analyse files in parallel -----------------------*- C++ -*-===//
//
// Each worker thread owns a file system and calls clang-tidy's runClangTidy
// on one file at a time, with a ClangTidyContext of that file's own. Results
// are kept per input file, so the caller can print them in input order
// whatever the number of workers.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_RUNNER_H
#define ALIASLINT_TOOL_RUNNER_H

#include "TidyConfig.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <string>
#include <vector>

namespace aliaslint {

class Progress;
class ResultCache;

struct FileResult {
  /// The translation unit's diagnostics, sorted by file and offset (as
  /// clang-tidy returns them), its own compile errors included.
  std::vector<clang::tidy::ClangTidyError> Errors;
  /// The file did not compile or could not be processed.
  bool Failed = false;
  /// A check rejected its configuration (an option value, a model file).
  bool BadConfig = false;
  /// Analysed: false for the files an interrupt left out.
  bool Analysed = false;
  /// The analysis took longer than --timeout and was stopped (Timeout.h).
  bool TimedOut = false;
};

/// Called from a worker as each file is done, with its index in Files.
using FileDone = llvm::function_ref<void(size_t, const FileResult &)>;

/// Analyses \p Files with \p Jobs worker threads; one result per file, in
/// the order of \p Files. Files are taken in that order, and none after an
/// interrupt (Interrupt.h): the analysed ones are then a prefix. With
/// \p Cache, a file found in it is not analysed.
std::vector<FileResult> runFiles(const clang::tooling::CompilationDatabase &DB,
                                 llvm::ArrayRef<std::string> Files,
                                 const TidyConfig &Config, unsigned Jobs,
                                 Progress &P, FileDone OnDone,
                                 ResultCache *Cache = nullptr);

/// Analyses one file, as a worker does: \p DB is asked for its compile
/// command, \p BaseFS is the worker's own file system (ClangTool changes its
/// working directory). Failed and BadConfig are set from the diagnostics.
FileResult
analyseFile(const clang::tooling::CompilationDatabase &DB, llvm::StringRef File,
            const TidyConfig &Config,
            llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS);
/// Sets \p R's Failed and BadConfig from its diagnostics.
void classifyErrors(FileResult &R);

/// Whether a diagnostic reports a failure of the tool rather than a finding:
/// a compile error, or a configuration error.
bool isToolError(const clang::tidy::ClangTidyError &E);
/// The diagnostic that stands for a file whose analysis hit --timeout: a
/// tool error (a SARIF notification, not a finding), but not a failure of
/// the file; the exit status says it apart (docs/cli.md).
constexpr const char *TimeoutDiagnosticName = "aliaslint-timeout";
bool isTimeoutError(const clang::tidy::ClangTidyError &E);
/// A check's complaint about its options or model files (clang-tidy reports
/// these as warnings; for a CI gate they are failures).
bool isConfigError(const clang::tidy::ClangTidyError &E);

} // namespace aliaslint

#endif
