//===- Progress.cpp -------------------------------------------------------===//
#include "Progress.h"
#include "RelativePath.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

using namespace aliaslint;
using namespace llvm;

Progress::Progress(unsigned Total, bool Enabled, StringRef Root)
    : Total(Total), Enabled(Enabled), Root(Root.str()),
      Start(std::chrono::steady_clock::now()) {
  std::lock_guard<std::mutex> G(Lock);
  draw();
}

void Progress::started(StringRef Name) {
  std::lock_guard<std::mutex> G(Lock);
  InFlight.push_back(relativeTo(Name, Root));
  draw();
}

void Progress::finished(StringRef Name) {
  std::lock_guard<std::mutex> G(Lock);
  auto It = llvm::find(InFlight, relativeTo(Name, Root));
  if (It != InFlight.end())
    InFlight.erase(It);
  ++Done;
  draw();
}

void Progress::printAbove(function_ref<void()> Print) {
  std::lock_guard<std::mutex> G(Lock);
  bool WasDrawn = Drawn;
  erase();
  Print();
  outs().flush();
  if (WasDrawn)
    draw();
}

void Progress::draw() {
  if (!Enabled)
    return;
  double Secs = std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                              Start)
                    .count();
  std::string Line;
  raw_string_ostream OS(Line);
  OS << "[" << Done << "/" << Total << "] " << format("%.1fs", Secs);
  // What is left at the pace so far: the workers' wall time per file.
  if (Done && Done < Total)
    OS << format(", ~%.0fs left", Secs / Done * (Total - Done));
  if (!InFlight.empty())
    OS << ": " << llvm::join(InFlight, ", ");
  // One column spare: writing the last one wraps on some terminals.
  if (unsigned Cols = sys::Process::StandardErrColumns(); Cols > 1 && Line.size() >= Cols)
    Line.resize(Cols - 1);
  // "\r" back to the start of the line, "\x1b[K" clears what a longer
  // previous line left behind.
  errs() << "\r" << Line << "\x1b[K";
  errs().flush();
  Drawn = true;
}

void Progress::erase() {
  if (Drawn)
    errs() << "\r\x1b[K";
  errs().flush();
  Drawn = false;
}

void Progress::finish() {
  std::lock_guard<std::mutex> G(Lock);
  erase();
}
