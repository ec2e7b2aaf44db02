//===- Findings.h - Diagnostics as findings with fingerprints -----*- C++ -*-===//
//
// clang-tidy's diagnostics carry file offsets only. SARIF and baselines need
// lines and columns, the text of the flagged line, paths relative to the
// source root, and a fingerprint that survives unrelated edits.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_FINDINGS_H
#define ALIASLINT_TOOL_FINDINGS_H

#include "RelativePath.h"
#include "Runner.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace aliaslint {

/// A point in a source file. Line and columns are 1-based; 0 when the
/// diagnostic has no file (a missing input) or the file cannot be read.
struct SourcePos {
  std::string Path; ///< absolute, without . and ..
  unsigned Offset = 0;
  unsigned Line = 0;
  unsigned Column = 0;     ///< in bytes, as clang prints it
  unsigned Utf16Column = 0; ///< in UTF-16 code units, as SARIF counts
  bool valid() const { return Line != 0; }
};

struct FindingNote {
  SourcePos Pos;
  SourcePos End; ///< end of the token at Pos
  std::string Message;
};

/// One replacement of a fix-it: [Begin, End) replaced by Text.
struct FindingEdit {
  SourcePos Begin, End;
  std::string Text;
};

struct Finding {
  explicit Finding(const clang::tidy::ClangTidyError &E) : Diag(E) {}
  clang::tidy::ClangTidyError Diag; ///< as clang-tidy reported it
  bool ToolError = false;           ///< see isToolError
  SourcePos Pos;
  /// End of the highlighted range at Pos, else of the token there.
  SourcePos RangeEnd;
  std::string RelPath; ///< relative to the source root when under it
  std::string LineText; ///< the flagged line, whitespace normalised
  std::vector<FindingNote> Notes;
  std::vector<FindingEdit> Fixes;
  std::string Fingerprint; ///< empty for tool errors
  /// A finding proper: neither a tool error nor a remark (a function not
  /// analysed), which are printed but not counted, baselined or gated on.
  bool isFinding() const {
    return !ToolError && Diag.DiagLevel != clang::tidy::ClangTidyError::Remark;
  }
};

/// Reads each source file once and maps offsets to lines and columns.
class SourceCache {
public:
  SourcePos position(llvm::StringRef AbsPath, unsigned Offset);
  /// Where the token at \p P ends (an identifier or number, else one
  /// character): the end of a region that clang marks with a caret only.
  SourcePos tokenEnd(const SourcePos &P);
  /// The text of a 1-based line, without its end of line.
  llvm::StringRef line(llvm::StringRef AbsPath, unsigned Line);

private:
  struct File {
    std::unique_ptr<llvm::MemoryBuffer> Buf;
    std::vector<unsigned> LineStarts;
  };
  File *get(llvm::StringRef AbsPath);
  llvm::StringMap<std::unique_ptr<File>> Files;
};

/// Findings one translation unit at a time, for printing them as each file
/// is done: a header's diagnostic that an earlier unit had is left out.
/// Fingerprints are not set (they rank findings across all units).
class FindingCollector {
public:
  FindingCollector(llvm::StringRef SourceRoot, SourceCache &Sources)
      : SourceRoot(SourceRoot.str()), Sources(Sources) {}
  /// \p R's findings that are new, by location.
  std::vector<Finding> add(const FileResult &R);

private:
  std::string SourceRoot;
  SourceCache &Sources;
  std::set<std::string> Seen;
};

/// The analysis' diagnostics in output order: input files in the order
/// given, each file's diagnostics by location; a header's diagnostic seen
/// from several translation units appears once. Fingerprints are set.
std::vector<Finding> collectFindings(llvm::ArrayRef<FileResult> Results,
                                     llvm::StringRef SourceRoot,
                                     SourceCache &Sources);

} // namespace aliaslint

#endif
