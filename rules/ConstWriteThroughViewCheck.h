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

protected:
  void checkFunction(const FunctionProvenance &FP) override;

private:
  /// Libraries checked although their model says const is not a promise.
  std::string ExtraLibraries;
};

} // namespace aliaslint

#endif
