//===- Checks.h - The aliasing checks, as listed in Checks.def --*- C++ -*-===//
#ifndef ALIASLINT_CHECKS_H
#define ALIASLINT_CHECKS_H

#include "llvm/ADT/StringRef.h"
#include <memory>

namespace clang::tidy {
class ClangTidyCheck;
class ClangTidyContext;
} // namespace clang::tidy

namespace aliaslint {

struct CheckInfo {
  llvm::StringLiteral Name;
  llvm::StringLiteral DocPage;
  llvm::StringLiteral ShortDescription;
  llvm::StringLiteral FullDescription;
};

/// Every check of the module, in Checks.def order.
inline constexpr CheckInfo RegisteredChecks[] = {
#define ALIASING_CHECK(NAME, CLASS, DOC, SHORT, FULL) {NAME, DOC, SHORT, FULL},
#include "Checks.def"
};

// One factory per check, defined beside the check with ALIASING_CHECK_FACTORY:
// the module registers them without including every check's header.
#define ALIASING_CHECK(NAME, CLASS, ...)                                       \
  std::unique_ptr<clang::tidy::ClangTidyCheck> make##CLASS(                    \
      llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
#include "Checks.def"

/// Called by aliaslint-clangd before it starts: clangd drops configuration
/// diagnostics, so a model file that cannot be used is reported as an error
/// at the first line of each file checked instead (ProvenanceCheck.cpp).
void reportModelErrorsInFiles();

} // namespace aliaslint

/// Defines the factory Checks.h declares for CLASS; at file scope of the
/// check's .cpp.
#define ALIASING_CHECK_FACTORY(CLASS)                                          \
  std::unique_ptr<clang::tidy::ClangTidyCheck> aliaslint::make##CLASS(         \
      llvm::StringRef Name, clang::tidy::ClangTidyContext *Context) {          \
    return std::make_unique<CLASS>(Name, Context);                            \
  }

#endif
