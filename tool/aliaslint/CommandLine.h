//===- CommandLine.h - Options and input files --------------------*- C++ -*-===//
#ifndef ALIASLINT_TOOL_COMMANDLINE_H
#define ALIASLINT_TOOL_COMMANDLINE_H

#include "clang/Tooling/CommonOptionsParser.h"

namespace aliaslint {

/// clang's common tool options (-p, --extra-arg, `-- flags`) plus the
/// category's. When no source file is named, the files are every file of
/// the compilation database that -p points at, in path order.
llvm::Expected<clang::tooling::CommonOptionsParser>
parseCommandLine(int Argc, const char **Argv, llvm::cl::OptionCategory &Category,
                 const char *Overview);

} // namespace aliaslint

#endif
