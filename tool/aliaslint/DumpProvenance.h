//===- DumpProvenance.h - aliaslint --dump-provenance -------------*- C++ -*-===//
#ifndef ALIASLINT_TOOL_DUMPPROVENANCE_H
#define ALIASLINT_TOOL_DUMPPROVENANCE_H

#include "provenance/Engine.h"
#include "clang/Tooling/CompilationDatabase.h"

namespace aliaslint {
/// Prints the engine's facts and events for every function defined in the
/// main files. Returns the tool's exit status.
int runDumpProvenance(const clang::tooling::CompilationDatabase &DB,
                      llvm::ArrayRef<std::string> Files, const ApiModel &Model,
                      EngineOptions Opts = {});
} // namespace aliaslint

#endif
