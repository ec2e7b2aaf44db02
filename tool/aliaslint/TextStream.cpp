//===- TextStream.cpp -----------------------------------------------------===//
#include "TextStream.h"

using namespace aliaslint;
using namespace llvm;

TextStream::TextStream(size_t NumFiles, StringRef SourceRoot, Progress &P,
                       KeepFn Keep, PrintFn Print)
    : Done(NumFiles, nullptr), Collector(SourceRoot, Sources), P(P),
      Keep(std::move(Keep)), Print(std::move(Print)) {}

void TextStream::fileDone(size_t Index, const FileResult &R) {
  std::lock_guard<std::mutex> G(Lock);
  Done[Index] = &R;
  for (; NextToPrint < Done.size() && Done[NextToPrint]; ++NextToPrint) {
    // The collector leaves out what an earlier file printed (a header's
    // finding), as the end-of-run collection does.
    std::vector<Finding> Fs = Collector.add(*Done[NextToPrint]);
    std::vector<const Finding *> Shown;
    for (const Finding &F : Fs)
      if (Keep(F))
        Shown.push_back(&F);
    if (!Shown.empty())
      P.printAbove([&] { Print(Shown); });
  }
}
