//===- Shard.h - One of N machines' share of the files ------------*- C++ -*-===//
//
// `--shard K/N` keeps the files whose path (relative to the source root, so
// every checkout agrees) hashes to K-1 modulo N: adding a file moves no
// other, and the N shards together are the whole run.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_SHARD_H
#define ALIASLINT_TOOL_SHARD_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace aliaslint {

struct Shard {
  unsigned Index = 0; ///< 1-based, as written
  unsigned Count = 1;
};

/// Parses "K/N" with 1 <= K <= N; an error says what is wrong.
llvm::Expected<Shard> parseShard(llvm::StringRef Spec);

/// The files of \p Files in shard \p S, in their order.
std::vector<std::string> filesInShard(llvm::ArrayRef<std::string> Files,
                                      const Shard &S, llvm::StringRef Root);

} // namespace aliaslint

#endif
