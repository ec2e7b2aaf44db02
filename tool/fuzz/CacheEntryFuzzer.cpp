//===- CacheEntryFuzzer.cpp - libFuzzer target: result-cache entries -----===//
//
// One input is a mode byte and the rest: bit 0 chooses the reader (0: a
// result entry, parseCacheEntry; 1: a manifest, parseManifest), bit 1 whether
// the rest is a whole entry as a cache directory or Redis holds it (0) or a
// body that sealCacheBody gives a valid header first (1), so that mutated
// bodies get past the checksum. A parsed entry is serialized again and must
// read back as the same bytes.
//
// Helper mode: ALIASLINT_FUZZ_WRITE_SEEDS=DIR writes the seeds of
// test/fuzz/seeds/cache-entry (entries serializeCacheEntry and
// serializeManifest write) into DIR and exits.
//
//===----------------------------------------------------------------------===//
#include "CacheEntry.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <cstdlib>

using namespace aliaslint;
using namespace clang::tidy;
using namespace llvm;

namespace {
void writeSeed(StringRef Dir, StringRef Name, char Mode, StringRef Bytes) {
  SmallString<128> Path(Dir);
  sys::path::append(Path, Name);
  std::error_code EC;
  raw_fd_ostream OS(Path, EC);
  if (EC) {
    errs() << Path << ": " << EC.message() << "\n";
    std::exit(2);
  }
  OS << Mode << Bytes;
}

/// \p Entry without its header line: the body a sealed-mode seed holds.
StringRef body(StringRef Entry) { return Entry.split('\n').second; }

void writeSeeds(StringRef Dir) {
  CacheEntry Empty{"0123456789abcdef", {}};
  CacheEntry E;
  E.Key = "fedcba9876543210";
  ClangTidyError D("aliasing-write-through-view", ClangTidyError::Warning,
                   "/src/build", /*IsWarningAsError=*/false);
  D.Message.Message = "write through 'v' also changes 'a'";
  D.Message.FilePath = "/src/a.cpp";
  D.Message.FileOffset = 42;
  cantFail(D.Message.Fix["/src/a.cpp"].add(
      clang::tooling::Replacement("/src/a.cpp", 40, 5, "a.clone()")));
  clang::tooling::FileByteRange Range;
  Range.FilePath = "/src/a.cpp";
  Range.FileOffset = 40;
  Range.Length = 5;
  D.Message.Ranges.push_back(Range);
  auto &Note = D.Notes.emplace_back();
  Note.Message = "'v' is a view of 'a' here";
  Note.FilePath = "/src/a.h";
  Note.FileOffset = 7;
  D.EnabledDiagnosticAliases.push_back("cppcoreguidelines-alias");
  E.Errors.push_back(D);
  ClangTidyError R("aliasing-lost-write-to-copy", ClangTidyError::Error, "",
                   /*IsWarningAsError=*/true);
  R.Message.Message = "lost write";
  R.Message.FilePath = "/src/b.cpp";
  E.Errors.push_back(R);
  CacheManifest M{"00112233aabbccdd",
                  {{Probe::Status, "/src/a.cpp"},
                   {Probe::Open, "/src/a.h"},
                   {Probe::ListDir, "/src/include"},
                   {Probe::RealPath, "/src/link"},
                   {Probe::Exists, "/src/missing.h"}}};
  CacheManifest NoProbes{"ffeeddccbbaa9988", {}};
  for (auto [Name, Bytes] :
       {std::pair{"result-empty", serializeCacheEntry(Empty)},
        std::pair{"result-two", serializeCacheEntry(E)}}) {
    writeSeed(Dir, Name, 0, Bytes);
    writeSeed(Dir, std::string(Name) + ".body", 2, body(Bytes));
  }
  for (auto [Name, Bytes] :
       {std::pair{"manifest-probes", serializeManifest(M)},
        std::pair{"manifest-empty", serializeManifest(NoProbes)}}) {
    writeSeed(Dir, Name, 1, Bytes);
    writeSeed(Dir, std::string(Name) + ".body", 3, body(Bytes));
  }
}

template <typename T>
void roundTrip(Expected<T> Parsed, std::string (*Serialize)(const T &),
               Expected<T> (*Parse)(StringRef)) {
  if (!Parsed) {
    consumeError(Parsed.takeError());
    return;
  }
  std::string Bytes = Serialize(*Parsed);
  auto Again = Parse(Bytes);
  if (!Again) {
    errs() << "re-serialized entry does not parse: "
           << toString(Again.takeError()) << "\n";
    std::abort();
  }
  if (Serialize(*Again) != Bytes) {
    errs() << "re-serialized entry reads back as other bytes\n";
    std::abort();
  }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  if (const char *Dir = std::getenv("ALIASLINT_FUZZ_WRITE_SEEDS")) {
    writeSeeds(Dir);
    std::exit(0);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size == 0)
    return 0;
  const unsigned Mode = Data[0];
  StringRef Rest(reinterpret_cast<const char *>(Data) + 1, Size - 1);
  std::string Sealed;
  if (Mode & 2) {
    Sealed = sealCacheBody(Rest);
    Rest = Sealed;
  }
  if (Mode & 1)
    roundTrip<CacheManifest>(parseManifest(Rest), serializeManifest,
                             parseManifest);
  else
    roundTrip<CacheEntry>(parseCacheEntry(Rest), serializeCacheEntry,
                          parseCacheEntry);
  return 0;
}
