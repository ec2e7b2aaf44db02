//===- Progress.h - The [done/total] line on a terminal -----------*- C++ -*-===//
//
// A CI log must not fill with carriage returns, so the line is drawn only
// when stderr is a terminal, and redrawn in place.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_PROGRESS_H
#define ALIASLINT_TOOL_PROGRESS_H

#include <chrono>
#include <mutex>

namespace aliaslint {

class Progress {
public:
  /// Draws nothing unless \p Enabled (normally: stderr is a terminal).
  Progress(unsigned Total, bool Enabled);
  /// One more file analysed; thread-safe.
  void tick();
  /// Erases the line so that what follows starts on a clean one.
  void finish();

private:
  void draw();

  std::mutex Lock;
  unsigned Done = 0;
  unsigned Total;
  bool Enabled;
  bool Drawn = false;
  std::chrono::steady_clock::time_point Start;
};

} // namespace aliaslint

#endif
