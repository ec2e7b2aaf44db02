//===- Shard.cpp ----------------------------------------------------------===//
#include "Shard.h"
#include "RelativePath.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

using namespace aliaslint;
using namespace llvm;

Expected<Shard> aliaslint::parseShard(StringRef Spec) {
  auto [K, N] = Spec.split('/');
  Shard S;
  if (K.getAsInteger(10, S.Index) || N.getAsInteger(10, S.Count) ||
      S.Count == 0 || S.Index == 0 || S.Index > S.Count)
    return createStringError(inconvertibleErrorCode(),
                             "invalid --shard '%s': expected K/N with "
                             "1 <= K <= N, e.g. --shard 2/4",
                             Spec.str().c_str());
  return S;
}

std::vector<std::string> aliaslint::filesInShard(ArrayRef<std::string> Files,
                                                 const Shard &S,
                                                 StringRef Root) {
  std::vector<std::string> Out;
  for (const std::string &F : Files) {
    SmallString<256> Abs(F);
    sys::fs::make_absolute(Abs);
    sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
    // xxh3 is fixed by its specification: the same on every machine.
    uint64_t H = xxh3_64bits(relativeTo(Abs, Root));
    if (H % S.Count == S.Index - 1)
      Out.push_back(F);
  }
  return Out;
}
