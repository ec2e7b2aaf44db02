//===- OptionNames.h - Misspelt aliasing check options ------------*- C++ -*-===//
//
// clang-tidy takes `aliasing-write-through-view.Stirct: true` in
// CheckOptions silently: the check reads `Strict` and never learns of the
// typo. A CI gate must not run with an option the user believes is set.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_OPTIONNAMES_H
#define ALIASLINT_TOOL_OPTIONNAMES_H

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/Error.h"

namespace aliaslint {

/// An error "<Name>:<line>:<col>: error: unknown check option '...'; did
/// you mean '...'" for the first key of \p Parsed's CheckOptions that
/// names an aliasing check but none of its options. \p Text is the
/// configuration's text, where the key's position is looked up. Keys of
/// other checks, and global keys (`ModelFiles`), are not judged.
llvm::Error checkAliasingOptionNames(const clang::tidy::ClangTidyOptions &Parsed,
                                     llvm::StringRef Name, llvm::StringRef Text);

} // namespace aliaslint

#endif
