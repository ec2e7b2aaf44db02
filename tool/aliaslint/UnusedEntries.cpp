//===- UnusedEntries.cpp --------------------------------------------------===//
#include "UnusedEntries.h"
#include "provenance/ModelCache.h"
#include <map>
#include <tuple>

using namespace aliaslint;
using namespace llvm;

namespace {
struct Key {
  std::string File;
  unsigned Line, Column;
  bool operator<(const Key &O) const {
    return std::tie(File, Line, Column) < std::tie(O.File, O.Line, O.Column);
  }
};
struct Unused {
  const char *What;
  std::string Name;
  bool Used = false;
};
} // namespace

unsigned aliaslint::reportUnusedModelEntries(raw_ostream &OS) {
  std::map<Key, Unused> Entries;
  auto Add = [&](const LibraryModel &L, const EntryUse &U, const char *What,
                 const std::string &Name) {
    Unused &E = Entries.try_emplace(Key{L.SourceFile, U.Line, U.Column},
                                    Unused{What, Name}).first->second;
    E.Used |= U.used();
  };
  for (const auto &M : cachedUserModels())
    for (const auto &L : M->libraries()) {
      // The built-in models describe whole libraries: most of any of them
      // is unused by one project.
      if (StringRef(L->SourceFile).starts_with("<builtin>/"))
        continue;
      for (const TypeEntry &T : L->Types)
        Add(*L, T.Use, "type", T.Name);
      for (const OpEntry &O : L->Ops)
        Add(*L, O.Use, "operation", O.Name);
    }
  unsigned N = 0;
  for (const auto &[K, E] : Entries)
    if (!E.Used) {
      OS << K.File << ":" << K.Line << ":" << K.Column << ": warning: "
         << E.What << " '" << E.Name
         << "' matched nothing in the analysed files\n";
      ++N;
    }
  return N;
}
