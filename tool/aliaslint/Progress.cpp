//===- Progress.cpp -------------------------------------------------------===//
#include "Progress.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace aliaslint;

Progress::Progress(unsigned Total, bool Enabled)
    : Total(Total), Enabled(Enabled), Start(std::chrono::steady_clock::now()) {
  std::lock_guard<std::mutex> G(Lock);
  draw();
}

void Progress::tick() {
  std::lock_guard<std::mutex> G(Lock);
  ++Done;
  draw();
}

void Progress::draw() {
  if (!Enabled)
    return;
  double Secs = std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                              Start)
                    .count();
  // "\r" back to the start of the line, "\x1b[K" clears what a longer
  // previous line left behind.
  llvm::errs() << "\r[" << Done << "/" << Total << "] "
               << llvm::format("%.1fs", Secs) << "\x1b[K";
  llvm::errs().flush();
  Drawn = true;
}

void Progress::finish() {
  std::lock_guard<std::mutex> G(Lock);
  if (Drawn)
    llvm::errs() << "\r\x1b[K";
  Drawn = false;
}
