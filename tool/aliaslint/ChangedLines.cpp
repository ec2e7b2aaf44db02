//===- ChangedLines.cpp ---------------------------------------------------===//
#include "ChangedLines.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"

using namespace aliaslint;
using namespace llvm;

/// Runs git with \p Args; its stdout, or an error with its stderr.
static Expected<std::string> runGit(ArrayRef<StringRef> Args) {
  auto Git = sys::findProgramByName("git");
  if (!Git)
    return createStringError(Git.getError(), "--diff needs git on PATH");
  SmallString<128> Out, Err;
  int OutFD, ErrFD;
  if (std::error_code EC = sys::fs::createTemporaryFile("aliaslint-git", "out", OutFD, Out))
    return createStringError(EC, "cannot create a temporary file");
  sys::fs::createTemporaryFile("aliaslint-git", "err", ErrFD, Err);
  sys::Process::SafelyCloseFileDescriptor(OutFD);
  sys::Process::SafelyCloseFileDescriptor(ErrFD);
  std::vector<StringRef> Argv{*Git};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  std::optional<StringRef> Redirects[] = {std::nullopt, StringRef(Out), StringRef(Err)};
  int RC = sys::ExecuteAndWait(*Git, Argv, std::nullopt, Redirects);
  auto OutBuf = MemoryBuffer::getFile(Out);
  auto ErrBuf = MemoryBuffer::getFile(Err);
  sys::fs::remove(Out);
  sys::fs::remove(Err);
  if (RC != 0 || !OutBuf)
    return createStringError(inconvertibleErrorCode(), "git %s failed: %s",
                             Args.front().str().c_str(),
                             ErrBuf ? (*ErrBuf)->getBuffer().rtrim().str().c_str() : "");
  return (*OutBuf)->getBuffer().str();
}

Expected<ChangedLines> ChangedLines::sinceRevision(StringRef Ref) {
  auto Top = runGit({"rev-parse", "--show-toplevel"});
  if (!Top)
    return Top.takeError();
  auto Diff = runGit({"diff", "-U0", "--no-color", "--no-ext-diff", Ref, "--"});
  if (!Diff)
    return Diff.takeError();
  return parse(*Diff, StringRef(*Top).rtrim());
}

ChangedLines ChangedLines::parse(StringRef Diff, StringRef TopDir) {
  ChangedLines C;
  std::vector<std::pair<unsigned, unsigned>> *Current = nullptr;
  SmallVector<StringRef> Lines;
  Diff.split(Lines, '\n');
  for (StringRef L : Lines) {
    if (L.consume_front("+++ ")) {
      Current = nullptr;
      if (!L.consume_front("b/")) // "/dev/null": a deleted file
        continue;
      SmallString<256> P(TopDir);
      sys::path::append(P, L.rtrim());
      Current = &C.Ranges[P];
      continue;
    }
    // "@@ -a[,b] +c[,d] @@": d lines from c are new (none when d is 0).
    if (!Current || !L.consume_front("@@ -"))
      continue;
    StringRef New = L.split(" +").second.split(' ').first;
    auto [Start, Count] = New.split(',');
    unsigned First = 0, N = 1;
    if (Start.getAsInteger(10, First) || (!Count.empty() && Count.getAsInteger(10, N)))
      continue;
    if (N)
      Current->push_back({First, First + N - 1});
  }
  return C;
}

bool ChangedLines::contains(StringRef Path, unsigned Line) const {
  auto It = Ranges.find(Path);
  if (It == Ranges.end())
    return false;
  for (auto [First, Last] : It->second)
    if (Line >= First && Line <= Last)
      return true;
  return false;
}
