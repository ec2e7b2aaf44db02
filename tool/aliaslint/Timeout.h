//===- Timeout.h - A time limit per translation unit --------------*- C++ -*-===//
//
// `--timeout N`: each file is analysed in a child process forked from the
// single-threaded main process, at most -j children at a time; a child that
// runs longer than N seconds (wall-clock, from its fork) is killed, and its
// file gets one aliaslint-timeout diagnostic instead of results. A child
// sends its diagnostics to the parent through a pipe, serialised; a child
// that crashes is reported as a file that could not be analysed, and the
// other files' results are kept.
//
// Why processes rather than the worker threads of Runner.h: a thread cannot
// be stopped safely in the middle of clang's parser or Sema (no cooperative
// cancellation point there, and the engine's budgets only bound its own
// dataflow), while a killed process leaves nothing behind. Forking is safe
// because the parent starts no thread and holds no lock when it forks; the
// child runs exactly what a worker thread runs (analyseFile) and leaves with
// _exit, so no destructor or atexit handler of the parent's state runs twice.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_TIMEOUT_H
#define ALIASLINT_TOOL_TIMEOUT_H

#include "Runner.h"

namespace aliaslint {

/// Whether --timeout can be honoured here (fork and poll: POSIX systems).
bool timeoutSupported();

/// As runFiles, each file in a child process killed after \p Seconds.
std::vector<FileResult>
runFilesWithTimeout(const clang::tooling::CompilationDatabase &DB,
                    llvm::ArrayRef<std::string> Files, const TidyConfig &Config,
                    unsigned Jobs, unsigned Seconds, Progress &P);

/// The message of a file that hit the limit, without the "aliaslint:
/// error: " prefix.
std::string timeoutMessage(llvm::StringRef File, unsigned Seconds);

} // namespace aliaslint

#endif
