//===- ResultCache.cpp ----------------------------------------------------===//
#include "ResultCache.h"
#include "CacheEntry.h"
#include "Runner.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/VirtualFileSystem.h"

using namespace aliaslint;
using namespace clang::tidy;
using namespace llvm;

std::string aliaslint::settingOrEnv(StringRef Value, bool Given,
                                    const char *Env) {
  if (Given)
    return Value.str();
  return sys::Process::GetEnv(Env).value_or("");
}

std::unique_ptr<ResultCache> ResultCache::create(const CacheSettings &S,
                                                 const TidyConfig &Config) {
  if (S.Dir.empty() && S.Redis.empty())
    return nullptr;
  std::unique_ptr<ResultCache> C(new ResultCache(Config));
  auto Add = [&](std::unique_ptr<CacheBackend> B) {
    C->Slots.push_back(std::make_unique<Slot>());
    C->Slots.back()->Backend = std::move(B);
  };
  if (!S.Dir.empty())
    Add(makeDirBackend(S.Dir));
  if (!S.Redis.empty()) {
    auto R = makeRedisBackend(S.Redis);
    if (R)
      Add(std::move(*R));
    else
      C->warn("cannot use the Redis cache '" + S.Redis +
              "': " + toString(R.takeError()) + "; running without it");
  }
  return C;
}

void ResultCache::warn(const Twine &Msg) {
  std::string S = Msg.str();
  std::lock_guard<std::mutex> G(WarnLock);
  if (Warned.insert(S).second)
    errs() << "aliaslint: warning: " << S << "\n";
}

std::optional<std::string> ResultCache::read(Slot &S, StringRef Key,
                                             StringRef File) {
  auto Data = S.Backend->get(Key);
  if (Data)
    return std::move(*Data);
  std::string Why = toString(Data.takeError());
  if (!S.ReadWarned.exchange(true))
    warn("cannot read the cache entry '" + S.Backend->describe(Key) +
         "' for '" + File + "' (" + Why + "); analysing the file again");
  return std::nullopt;
}

void ResultCache::corrupt(Slot &S, StringRef Key, StringRef File, Error Why) {
  warn("cache entry '" + S.Backend->describe(Key) + "' for '" + File +
       "' is corrupt (" + toString(std::move(Why)) +
       "); analysing the file again");
}

std::optional<std::vector<ClangTidyError>>
ResultCache::fetch(Slot &S, StringRef ManifestKey, StringRef File) {
  std::optional<std::string> Data = read(S, ManifestKey, File);
  if (!Data)
    return std::nullopt;
  auto M = parseManifest(*Data);
  if (M && M->Key != ManifestKey)
    M = createStringError(inconvertibleErrorCode(), "stored under another key");
  if (!M) {
    corrupt(S, ManifestKey, File, M.takeError());
    return std::nullopt;
  }
  auto FS = vfs::createPhysicalFileSystem();
  std::string Key =
      CacheKeyer::resultKey(ManifestKey, answerNow(*FS, M->Probes));
  if (!(Data = read(S, Key, File)))
    return std::nullopt; // a file it depends on changed
  auto Entry = parseCacheEntry(*Data);
  if (Entry && Entry->Key != Key)
    Entry = createStringError(inconvertibleErrorCode(), "stored under another key");
  if (!Entry) {
    corrupt(S, Key, File, Entry.takeError());
    return std::nullopt;
  }
  return std::move(Entry->Errors);
}

std::optional<std::vector<ClangTidyError>>
ResultCache::lookup(const clang::tooling::CompilationDatabase &DB,
                    StringRef File, std::optional<std::string> &ManifestKey) {
  ManifestKey = Keyer.manifestKey(DB, File);
  for (const std::unique_ptr<Slot> &S : Slots)
    if (auto Errors = fetch(*S, *ManifestKey, File)) {
      ++Hits;
      ManifestKey.reset(); // nothing to store
      return Errors;
    }
  ++Misses;
  return std::nullopt;
}

void ResultCache::store(StringRef ManifestKey, const RecordingFS &Deps,
                        const std::vector<ClangTidyError> &Errors) {
  if (llvm::any_of(Errors, isToolError) || !Deps.stable())
    return;
  std::vector<ProbeAnswer> Answers = Deps.answers();
  CacheManifest M{ManifestKey.str(), {}};
  for (const ProbeAnswer &A : Answers)
    M.Probes.push_back(A.P);
  std::string Key = CacheKeyer::resultKey(ManifestKey, Answers);
  // The result first: a manifest is never there before its result.
  std::pair<std::string, std::string> Puts[] = {
      {Key, serializeCacheEntry({Key, Errors})},
      {ManifestKey.str(), serializeManifest(M)}};
  bool Any = false;
  for (const std::unique_ptr<Slot> &S : Slots) {
    for (const auto &[K, Data] : Puts) {
      if (S->Unwritable)
        break;
      if (Error E = S->Backend->put(K, Data)) {
        if (!S->Unwritable.exchange(true))
          warn("cannot store in the cache '" + S->Backend->name() + "' (" +
               toString(std::move(E)) + "); results are not cached");
        else
          consumeError(std::move(E));
      }
    }
    Any |= !S->Unwritable;
  }
  Stored += Any;
}

void ResultCache::printStats(raw_ostream &OS) const {
  unsigned H = Hits, M = Misses;
  OS << "aliaslint: cache: " << H << (H == 1 ? " hit, " : " hits, ") << M
     << (M == 1 ? " miss, " : " misses, ") << Stored << " stored\n";
}
