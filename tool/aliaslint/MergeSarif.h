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

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include <memory>
#include <optional>
#include <string>

namespace aliaslint {

/// One input log's run, checked as far as the merge relies on it. The
/// pointers are into the parsed log, which the input owns.
struct SarifMergeInput {
  std::string File;
  std::unique_ptr<llvm::json::Value> Log;
  llvm::json::Object Driver; ///< without rules
  const llvm::json::Array *Rules = nullptr;
  const llvm::json::Array *Results = nullptr;
  const llvm::json::Array *Notifications = nullptr; ///< may stay null
  std::optional<llvm::json::Object> BaseIds;
  std::optional<std::string> Category;
};

/// Parses and checks the text of one input log, \p File naming it in the
/// error. A pure function of its arguments (no file system), for a fuzzer.
llvm::Expected<SarifMergeInput> parseSarifMergeInput(llvm::StringRef File,
                                                     llvm::StringRef Text);

/// The merged log of inputs that agree on the tool and the source root (the
/// subcommand checks that as it reads them): an error if they do not share
/// a category and \p Category gives none.
llvm::Expected<llvm::json::Value>
mergeSarifInputs(llvm::ArrayRef<SarifMergeInput> Ins,
                 std::optional<std::string> Category);

/// The subcommand; \p Argv[0] is "merge-sarif". Exit status 0, or 2 with an
/// error naming the input and the problem.
int runMergeSarif(int Argc, const char **Argv);

} // namespace aliaslint

#endif
