//===- Progress.h - The progress line on a terminal ---------------*- C++ -*-===//
//
// `[done/total] elapsed, ~left: files in flight`. A CI log must not fill
// with carriage returns, so the line is drawn only when stderr is a
// terminal, redrawn in place, and cut to the terminal's width (a wrapped
// line cannot be redrawn). Findings printed while it is shown go above it.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_PROGRESS_H
#define ALIASLINT_TOOL_PROGRESS_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <chrono>
#include <mutex>
#include <string>
#include <vector>

namespace aliaslint {

class Progress {
public:
  /// Draws nothing unless \p Enabled (normally: stderr is a terminal);
  /// names files relative to \p Root when under it.
  Progress(unsigned Total, bool Enabled, llvm::StringRef Root = "");
  /// A worker took \p Name; thread-safe, as are the others.
  void started(llvm::StringRef Name);
  /// \p Name is analysed: one more done.
  void finished(llvm::StringRef Name);
  /// Runs \p Print (which writes to stdout) with the line erased, then
  /// draws it again below what was printed.
  void printAbove(llvm::function_ref<void()> Print);
  /// Erases the line so that what follows starts on a clean one.
  void finish();

private:
  void draw();
  void erase();

  std::mutex Lock;
  unsigned Done = 0;
  unsigned Total;
  bool Enabled;
  bool Drawn = false;
  std::string Root;
  std::vector<std::string> InFlight; ///< in the order they were taken
  std::chrono::steady_clock::time_point Start;
};

} // namespace aliaslint

#endif
