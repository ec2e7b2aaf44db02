//===- ConstWriteThroughViewCheck.h - aliasing-const-write-through-view -*- C++ -*-===//
#ifndef ALIASLINT_CONSTWRITETHROUGHVIEWCHECK_H
#define ALIASLINT_CONSTWRITETHROUGHVIEWCHECK_H

#include "ProvenanceCheck.h"

namespace aliaslint {

/// A write through a view or shared handle of a `const` shallow-handle
/// parameter (`const cv::Mat&`): it compiles and writes the caller's data.
/// Documentation: docs/checks/const-write-through-view.md
class ConstWriteThroughViewCheck : public ProvenanceCheck {
public:
  ConstWriteThroughViewCheck(llvm::StringRef Name,
                             clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

  /// The const handle parameter a write through `L` modifies on every path,
  /// if this check reports it (its library's const is a promise, or listed
  /// in `Extra`); shared with write-through-view, which leaves such writes
  /// to this check when it is enabled: one report per write.
  static const clang::ParmVarDecl *
  constParamWritten(const Link &L, TypeClassifier &Types,
                    llvm::ArrayRef<llvm::StringRef> Extra);
  /// The ExtraLibraries option split at ';'.
  static llvm::SmallVector<llvm::StringRef, 4> extraLibraries(llvm::StringRef Option);

protected:
  void checkFunction(const FunctionProvenance &FP) override;

private:
  /// Libraries checked although their model says const is not a promise.
  std::string ExtraLibraries;
};

} // namespace aliaslint

#endif
