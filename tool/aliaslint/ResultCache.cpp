//===- ResultCache.cpp ----------------------------------------------------===//
#include "ResultCache.h"
#include "CacheEntry.h"
#include "Runner.h"
#include "llvm/Support/Process.h"

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

std::optional<std::vector<ClangTidyError>>
ResultCache::fetch(Slot &S, StringRef Key, StringRef File) {
  CacheBackend &B = *S.Backend;
  auto Data = B.get(Key);
  if (!Data) {
    std::string Why = toString(Data.takeError());
    if (!S.ReadWarned.exchange(true))
      warn("cannot read the cache entry '" + B.describe(Key) + "' for '" +
           File + "' (" + Why + "); analysing the file again");
    return std::nullopt;
  }
  if (!*Data)
    return std::nullopt;
  auto Entry = parseCacheEntry(**Data);
  if (Entry && Entry->Key != Key)
    Entry = createStringError(inconvertibleErrorCode(),
                              "stored under another key");
  if (!Entry) {
    warn("cache entry '" + B.describe(Key) + "' for '" + File +
         "' is corrupt (" + toString(Entry.takeError()) +
         "); analysing the file again");
    return std::nullopt;
  }
  return std::move(Entry->Errors);
}

std::optional<std::vector<ClangTidyError>>
ResultCache::lookup(const clang::tooling::CompilationDatabase &DB,
                    StringRef File, std::optional<std::string> &Key) {
  Key = Slots.empty() ? std::nullopt : Keyer.keyFor(DB, File);
  if (Key)
    for (const std::unique_ptr<Slot> &S : Slots)
      if (auto Errors = fetch(*S, *Key, File)) {
        ++Hits;
        Key.reset(); // nothing to store
        return Errors;
      }
  ++Misses;
  return std::nullopt;
}

void ResultCache::store(StringRef Key,
                        const std::vector<ClangTidyError> &Errors) {
  if (llvm::any_of(Errors, isToolError))
    return;
  std::string Data = serializeCacheEntry({Key.str(), Errors});
  bool Any = false;
  for (const std::unique_ptr<Slot> &S : Slots) {
    if (S->Unwritable)
      continue;
    if (Error E = S->Backend->put(Key, Data)) {
      if (!S->Unwritable.exchange(true))
        warn("cannot store in the cache '" + S->Backend->name() + "' (" +
             toString(std::move(E)) + "); results are not cached");
      else
        consumeError(std::move(E));
      continue;
    }
    Any = true;
  }
  Stored += Any;
}

void ResultCache::printStats(raw_ostream &OS) const {
  unsigned H = Hits, M = Misses;
  OS << "aliaslint: cache: " << H << (H == 1 ? " hit, " : " hits, ") << M
     << (M == 1 ? " miss, " : " misses, ") << Stored << " stored\n";
}
