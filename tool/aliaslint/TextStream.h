//===- TextStream.h - Findings printed as each file is done -------*- C++ -*-===//
//
// A file's findings are printed as soon as it and every file before it are
// done: the output is the one printed at the end, in input order whatever
// -j is, only sooner. A file done early waits for those before it.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_TEXTSTREAM_H
#define ALIASLINT_TOOL_TEXTSTREAM_H

#include "Findings.h"
#include "Progress.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <functional>
#include <mutex>

namespace aliaslint {

class TextStream {
public:
  /// Which findings are reported (--diff, --line-filter); the printer.
  using KeepFn = std::function<bool(const Finding &)>;
  using PrintFn = std::function<void(llvm::ArrayRef<const Finding *>)>;

  TextStream(size_t NumFiles, llvm::StringRef SourceRoot, Progress &P,
             KeepFn Keep, PrintFn Print);
  /// File \p Index is done; thread-safe. \p R must live until the run ends.
  void fileDone(size_t Index, const FileResult &R);

private:
  std::mutex Lock;
  std::vector<const FileResult *> Done;
  size_t NextToPrint = 0;
  SourceCache Sources;
  FindingCollector Collector;
  Progress &P;
  KeepFn Keep;
  PrintFn Print;
};

} // namespace aliaslint

#endif
