//===- MergeSarif.h - `aliaslint merge-sarif OUT IN...` -----------*- C++ -*-===//
//
// CI runs one aliaslint per shard (`--shard K/N`) and uploads one SARIF log:
// code scanning keeps one set of results per category, so the shards' logs
// are merged into a single run first. The merged log is the one an
// unsharded run over the same files writes, byte for byte.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_MERGESARIF_H
#define ALIASLINT_TOOL_MERGESARIF_H

namespace aliaslint {

/// The subcommand; \p Argv[0] is "merge-sarif". Exit status 0, or 2 with an
/// error naming the input and the problem.
int runMergeSarif(int Argc, const char **Argv);

} // namespace aliaslint

#endif
