//===- ModelFilesOption.h - Where the ModelFiles option's files are -*- C++ -*-===//
//
// `ModelFiles` names the user's API model files; a relative path in a
// .clang-tidy file means "next to this configuration", as a user expects
// of a file kept in the repository, not "wherever the tool was started"
// (clangd's working directory is the editor's). clang-tidy does not tell a
// check which file an option came from (ClangTidyValue carries only a
// priority), so the check looks for the configuration that names the
// value itself: the .clang-tidy files that apply to the file being checked,
// nearest first, as FileOptionsProvider reads them.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_MODELFILESOPTION_H
#define ALIASLINT_MODELFILESOPTION_H

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace aliaslint {

/// The files of the ModelFiles value \p Value read by check \p CheckName
/// (the per-check `<check>.ModelFiles` or the global `ModelFiles`) for the
/// translation unit \p MainFile. A relative path is resolved from the
/// directory of the nearest applying .clang-tidy file whose `CheckOptions`
/// give either key exactly this value; when no such file names it (the
/// value came from `--config`, `--model` or a .clangd fragment), it stays
/// relative to the working directory, as clang-tidy's own paths do. (A
/// .clang-tidy giving the same value is taken for the source even when
/// `--config` replaced it: the value does not say where it came from.)
std::vector<std::string> resolveModelFiles(llvm::StringRef Value,
                                           llvm::StringRef CheckName,
                                           llvm::StringRef MainFile);

/// The ModelFiles value check \p CheckName reads from \p Options: its own
/// key or the global one, whichever has the higher priority (comes from the
/// nearer file), its own on a tie, as ClangTidyCheck's getLocalOrGlobal.
std::string
modelFilesValue(const clang::tidy::ClangTidyOptions::OptionMap &Options,
                llvm::StringRef CheckName);

} // namespace aliaslint

#endif
