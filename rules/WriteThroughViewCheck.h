//===- WriteThroughViewCheck.h - aliasing-write-through-view ------*- C++ -*-===//
#ifndef ALIASLINT_WRITETHROUGHVIEWCHECK_H
#define ALIASLINT_WRITETHROUGHVIEWCHECK_H

#include "ProvenanceCheck.h"
#include "llvm/Support/Regex.h"

namespace aliaslint {
namespace wtv {
class LaterReads;
struct Verdict;
} // namespace wtv

/// A view (or a second handle) is written, and the array it shares storage
/// with is then used as if the write had not reached it.
/// Documentation: docs/checks/write-through-view.md
class WriteThroughViewCheck : public ProvenanceCheck {
public:
  WriteThroughViewCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

protected:
  void checkFunction(const FunctionProvenance &FP) override;

private:
  bool copiesView(const clang::Expr *Init, const clang::Expr *Origin);
  /// Whether the write `W` through `Why.View` is reported, filling in the
  /// reads the notes show.
  bool judge(const FunctionProvenance &FP, const Event &W, wtv::LaterReads &Later,
             wtv::Verdict &Why);
  void report(const FunctionProvenance &FP, const Event &W, wtv::LaterReads &Later,
              const wtv::Verdict &Why);
  void reportNotes(const wtv::Verdict &Why, const clang::Expr *Init,
                   wtv::LaterReads &Later);

  bool Strict;
  bool ByValueHandleParams;
  std::string CopyLikeNames;
  llvm::Regex CopyLikeRegex;
  /// Whether aliasing-const-write-through-view runs too, and its
  /// ExtraLibraries: a write to a const handle parameter is its report.
  bool ConstCheckEnabled;
  std::string ConstExtraLibraries;
};

} // namespace aliaslint

#endif
