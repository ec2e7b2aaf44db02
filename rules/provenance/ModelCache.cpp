//===- ModelCache.cpp -----------------------------------------------------===//
#include "provenance/ModelCache.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/DebugCounter.h"
#include "llvm/Support/MemoryBuffer.h"
#include <map>
#include <mutex>

using namespace aliaslint;
using namespace llvm;

// `--print-debug-counter` prints it (test/checks/common/shared-engine.cpp).
static DebugCounter::CounterInfo ModelsParsed(
    "aliaslint-models-parsed", "user API models parsed: one per list of model "
                               "files and process while the files are unchanged");

namespace {
struct Entry {
  /// What the files held when Model was parsed from them.
  std::vector<std::string> Contents;
  std::shared_ptr<const ApiModel> Model;
};
} // namespace

static std::mutex &cacheMutex() {
  static std::mutex M;
  return M;
}
static std::map<std::vector<std::string>, Entry> &cache() {
  static std::map<std::vector<std::string>, Entry> C;
  return C;
}

std::vector<std::shared_ptr<const ApiModel>> aliaslint::cachedUserModels() {
  std::lock_guard<std::mutex> Lock(cacheMutex());
  std::vector<std::shared_ptr<const ApiModel>> Models;
  for (const auto &[Files, E] : cache())
    if (E.Model)
      Models.push_back(E.Model);
  return Models;
}

Expected<std::shared_ptr<const ApiModel>>
aliaslint::sharedApiModel(ArrayRef<std::string> Files) {
  if (Files.empty()) // not owned: the built-in model lives as long as the process
    return std::shared_ptr<const ApiModel>(std::shared_ptr<void>(),
                                           &ApiModel::builtin());
  // Read on every call and compared, rather than trusting modification
  // times: an editor may keep the time, or write twice within its
  // resolution. A few small files per check and TU cost little next to
  // parsing the TU.
  std::vector<std::unique_ptr<MemoryBuffer>> Buffers;
  for (const std::string &F : Files) {
    auto Buf = MemoryBuffer::getFile(F);
    if (!Buf)
      return createStringError(Buf.getError(),
                               "%s: error: cannot read API model: %s\n",
                               F.c_str(), Buf.getError().message().c_str());
    Buffers.push_back(std::move(*Buf));
  }

  // Held while parsing: two TUs starting together parse the model once.
  std::lock_guard<std::mutex> Lock(cacheMutex());
  auto &Cache = cache();
  Entry &E = Cache[std::vector<std::string>(Files.begin(), Files.end())];
  auto Unchanged = [&] {
    return llvm::equal(E.Contents, Buffers,
                       [](const std::string &Old, const auto &New) {
                         return Old == New->getBuffer();
                       });
  };
  if (E.Model && Unchanged())
    return E.Model;
  std::vector<MemoryBufferRef> Refs;
  for (const auto &B : Buffers)
    Refs.push_back(B->getMemBufferRef());
  (void)DebugCounter::shouldExecute(ModelsParsed); // counts only
  auto M = ApiModel::withUserModels(Refs);
  if (!M)
    return M.takeError();
  // Engines still holding the previous model keep it alive until they end.
  E.Model = *M;
  E.Contents.clear();
  for (const auto &B : Buffers)
    E.Contents.push_back(B->getBuffer().str());
  return E.Model;
}

std::vector<std::string> aliaslint::splitModelFiles(StringRef Option) {
  SmallVector<StringRef, 4> Parts;
  Option.split(Parts, ';', -1, /*KeepEmpty=*/false);
  std::vector<std::string> Files;
  for (StringRef P : Parts)
    if (!P.trim().empty())
      Files.push_back(P.trim().str());
  return Files;
}
