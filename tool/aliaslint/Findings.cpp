//===- Findings.cpp -------------------------------------------------------===//
#include "Findings.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"
#include <algorithm>
#include <map>
#include <set>

using namespace aliaslint;
using namespace clang::tidy;
using namespace llvm;

SourceCache::File *SourceCache::get(StringRef AbsPath) {
  auto It = Files.find(AbsPath);
  if (It != Files.end())
    return It->second.get();
  std::unique_ptr<File> F;
  if (auto Buf = MemoryBuffer::getFile(AbsPath, /*IsText=*/false,
                                       /*RequiresNullTerminator=*/false)) {
    F = std::make_unique<File>();
    F->Buf = std::move(*Buf);
    StringRef Text = F->Buf->getBuffer();
    F->LineStarts.push_back(0);
    for (size_t I = 0; I < Text.size(); ++I)
      if (Text[I] == '\n')
        F->LineStarts.push_back(I + 1);
  }
  File *Raw = F.get();
  Files[AbsPath] = std::move(F);
  return Raw;
}

/// UTF-16 code units in a UTF-8 string: SARIF's default column unit.
static unsigned utf16Length(StringRef S) {
  unsigned N = 0;
  for (unsigned char C : S) {
    if ((C & 0xC0) == 0x80)
      continue; // continuation byte
    N += C >= 0xF0 ? 2 : 1; // four-byte sequences are surrogate pairs
  }
  return N;
}

SourcePos SourceCache::position(StringRef AbsPath, unsigned Offset) {
  SourcePos P;
  P.Path = AbsPath.str();
  P.Offset = Offset;
  File *F = AbsPath.empty() ? nullptr : get(AbsPath);
  if (!F || Offset > F->Buf->getBufferSize())
    return P;
  auto It = std::upper_bound(F->LineStarts.begin(), F->LineStarts.end(), Offset);
  unsigned LineStart = *(It - 1);
  P.Line = It - F->LineStarts.begin();
  P.Column = Offset - LineStart + 1;
  P.Utf16Column =
      utf16Length(F->Buf->getBuffer().substr(LineStart, Offset - LineStart)) + 1;
  return P;
}

SourcePos SourceCache::tokenEnd(const SourcePos &P) {
  File *F = P.valid() ? get(P.Path) : nullptr;
  if (!F)
    return SourcePos();
  StringRef Rest = F->Buf->getBuffer().substr(P.Offset);
  auto IsWord = [](char C) { return isAlnum(C) || C == '_'; };
  size_t Len = Rest.empty() || Rest[0] == '\n' ? 0 : 1;
  if (!Rest.empty() && IsWord(Rest[0]))
    Len = Rest.find_if_not(IsWord);
  else // one character: a UTF-8 lead byte and its continuation bytes
    while (Len < Rest.size() && (Rest[Len] & 0xC0) == 0x80)
      ++Len;
  if (Len == StringRef::npos)
    Len = Rest.size();
  return position(P.Path, P.Offset + Len);
}

StringRef SourceCache::line(StringRef AbsPath, unsigned Line) {
  File *F = AbsPath.empty() ? nullptr : get(AbsPath);
  if (!F || Line == 0 || Line > F->LineStarts.size())
    return "";
  StringRef Text = F->Buf->getBuffer().substr(F->LineStarts[Line - 1]);
  return Text.take_until([](char C) { return C == '\n'; }).rtrim('\r');
}

/// clang-tidy names files as the compile command did, maybe relative to its
/// directory; everything downstream wants one spelling per file.
static std::string absolutePath(StringRef Path, StringRef BuildDir) {
  if (Path.empty())
    return "";
  SmallString<256> P(Path);
  if (!sys::path::is_absolute(P)) {
    if (!BuildDir.empty()) {
      SmallString<256> Dir(BuildDir);
      sys::path::append(Dir, P);
      P = Dir;
    }
    sys::fs::make_absolute(P);
  }
  sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P);
}

/// Whitespace trimmed and runs of it collapsed: reindenting a line must not
/// make its finding new.
static std::string normaliseLine(StringRef Line) {
  std::string Out;
  bool Space = false;
  for (char C : Line.trim()) {
    if (C == ' ' || C == '\t' || C == '\r' || C == '\v' || C == '\f') {
      Space = true;
      continue;
    }
    if (Space && !Out.empty())
      Out += ' ';
    Space = false;
    Out += C;
  }
  return Out;
}

/// The message without line references ("line 12", "a.cpp:12:3"), which a
/// check may embed and which move with unrelated edits.
static std::string normaliseMessage(StringRef Msg) {
  std::string Out;
  for (size_t I = 0; I < Msg.size();) {
    if (isDigit(Msg[I])) {
      size_t End = Msg.find_if_not(isDigit, I);
      if (End == StringRef::npos)
        End = Msg.size();
      StringRef Before = Msg.take_front(I);
      if (Before.ends_with(":") || Before.ends_with("line ") ||
          Before.ends_with("lines ")) {
        I = End;
        continue;
      }
      Out += Msg.slice(I, End);
      I = End;
      continue;
    }
    Out += Msg[I++];
  }
  return Out;
}

static void assignFingerprints(std::vector<Finding> &Findings) {
  // Identical findings (same check, file, line text and message) are told
  // apart by their rank in the file, which unrelated edits do not change.
  std::map<std::string, std::vector<Finding *>> Groups;
  for (Finding &F : Findings) {
    if (F.ToolError)
      continue;
    std::string Key;
    for (StringRef Part : {StringRef(F.Diag.DiagnosticName), StringRef(F.RelPath),
                           StringRef(F.LineText)}) {
      Key += Part;
      Key += '\0';
    }
    Key += normaliseMessage(F.Diag.Message.Message);
    Groups[Key].push_back(&F);
  }
  for (auto &[Key, Members] : Groups) {
    // Members are in output order; ties cannot happen (dedup above).
    llvm::sort(Members, [](const Finding *A, const Finding *B) {
      return A->Pos.Offset < B->Pos.Offset;
    });
    for (size_t I = 0; I < Members.size(); ++I) {
      SHA256 Hash;
      Hash.update(Key);
      Hash.update(StringRef("\0", 1));
      Hash.update(std::to_string(I));
      auto Digest = Hash.final();
      Members[I]->Fingerprint =
          toHex(ArrayRef<uint8_t>(Digest).take_front(16), /*LowerCase=*/true);
    }
  }
}

std::vector<Finding> FindingCollector::add(const FileResult &R) {
  std::vector<Finding> Out;
  for (const ClangTidyError &E : R.Errors) {
    std::string Path = absolutePath(E.Message.FilePath, E.BuildDirectory);
    // A file-less diagnostic belongs to its translation unit (a missing
    // input), except a configuration error, which every file repeats.
    if (!Path.empty() || isConfigError(E)) {
      std::string Key = E.DiagnosticName + '\0' + Path + '\0' +
                        std::to_string(E.Message.FileOffset) + '\0' +
                        E.Message.Message;
      if (!Seen.insert(std::move(Key)).second)
        continue;
    }
    Finding F(E);
    F.ToolError = isToolError(E);
    if (isConfigError(E)) // it fails the run: say so as it is printed
      F.Diag.DiagLevel = ClangTidyError::Error;
    // Printed as named: one absolute spelling rather than one relative to
    // a compile command's directory, which the reader cannot see.
    F.Diag.Message.FilePath = Path;
    for (auto &Range : F.Diag.Message.Ranges)
      Range.FilePath = absolutePath(Range.FilePath, E.BuildDirectory);
    for (auto &N : F.Diag.Notes) {
      N.FilePath = absolutePath(N.FilePath, E.BuildDirectory);
      for (auto &Range : N.Ranges)
        Range.FilePath = absolutePath(Range.FilePath, E.BuildDirectory);
    }
    F.Pos = Sources.position(Path, E.Message.FileOffset);
    F.RelPath = relativeTo(Path, SourceRoot);
    F.LineText = normaliseLine(Sources.line(Path, F.Pos.Line));
    for (const auto &Range : E.Message.Ranges)
      if (absolutePath(Range.FilePath, E.BuildDirectory) == Path &&
          Range.FileOffset == E.Message.FileOffset && Range.Length) {
        F.RangeEnd = Sources.position(Path, Range.FileOffset + Range.Length);
        break;
      }
    for (const auto &N : E.Notes) {
      SourcePos NP = Sources.position(absolutePath(N.FilePath, E.BuildDirectory),
                                      N.FileOffset);
      SourcePos End = Sources.tokenEnd(NP);
      F.Notes.push_back({std::move(NP), std::move(End), N.Message});
    }
    for (const auto &FileAndRepls : E.Message.Fix)
      for (const auto &Repl : FileAndRepls.second) {
        if (!Repl.isApplicable())
          continue;
        std::string RP = absolutePath(Repl.getFilePath(), E.BuildDirectory);
        F.Fixes.push_back({Sources.position(RP, Repl.getOffset()),
                           Sources.position(RP, Repl.getOffset() + Repl.getLength()),
                           Repl.getReplacementText().str()});
      }
    // Without a highlighted range: the fix-it's, if it starts there (the
    // whole `t.index({idx}) = 0`), else the token at the location.
    for (const FindingEdit &Edit : F.Fixes)
      if (!F.RangeEnd.valid() && Edit.Begin.Path == Path &&
          Edit.Begin.Offset == F.Pos.Offset && Edit.End.Offset > Edit.Begin.Offset)
        F.RangeEnd = Edit.End;
    if (!F.RangeEnd.valid())
      F.RangeEnd = Sources.tokenEnd(F.Pos);
    Out.push_back(std::move(F));
  }
  return Out;
}

std::vector<Finding> aliaslint::collectFindings(ArrayRef<FileResult> Results,
                                                StringRef SourceRoot,
                                                SourceCache &Sources) {
  FindingCollector C(SourceRoot, Sources);
  std::vector<Finding> Out;
  for (const FileResult &R : Results)
    for (Finding &F : C.add(R))
      Out.push_back(std::move(F));
  assignFingerprints(Out);
  return Out;
}
