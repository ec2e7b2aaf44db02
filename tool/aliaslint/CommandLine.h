//===- CommandLine.h - Options and input files --------------------*- C++ -*-===//
#ifndef ALIASLINT_TOOL_COMMANDLINE_H
#define ALIASLINT_TOOL_COMMANDLINE_H

#include "clang/Tooling/CommonOptionsParser.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace aliaslint {

/// clang's common tool options (-p, --extra-arg, `-- flags`) plus the
/// category's. When no source file is named, the files are every file of
/// the compilation database that -p points at, in path order; with
/// neither, an error unless \p FilesOptional says, once the options are
/// parsed, that the command needs no file (--explain).
llvm::Expected<clang::tooling::CommonOptionsParser>
parseCommandLine(int Argc, const char **Argv, llvm::cl::OptionCategory &Category,
                 const char *Overview, llvm::function_ref<bool()> FilesOptional);

} // namespace aliaslint

#endif
