//===- DependencyRecorder.cpp ---------------------------------------------===//
#include "DependencyRecorder.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace aliaslint;
using namespace llvm;

namespace {
std::string statusAnswer(const ErrorOr<vfs::Status> &S) {
  if (!S)
    return "error " + utostr(S.getError().value());
  return "type " + utostr(static_cast<unsigned>(S->getType()));
}

std::string bytesAnswer(StringRef Bytes) {
  return "bytes " + toHex(BLAKE3::hash(arrayRefFromStringRef(Bytes)), true);
}

/// The sorted names in \p Dir: a directory the driver lists (GCC's
/// installations) answers with what is in it.
std::string listingAnswer(vfs::FileSystem &FS, StringRef Dir) {
  std::error_code EC;
  std::vector<std::string> Names;
  for (vfs::directory_iterator I = FS.dir_begin(Dir, EC), E; !EC && I != E;
       I.increment(EC))
    Names.push_back(I->path().str());
  if (EC)
    return "error " + utostr(EC.value());
  llvm::sort(Names);
  return "names " + join(Names, std::string(1, '\0'));
}

std::string realPathAnswer(vfs::FileSystem &FS, StringRef Path) {
  SmallString<256> Out;
  if (std::error_code EC = FS.getRealPath(Path, Out))
    return "error " + utostr(EC.value());
  return "path " + Out.str().str();
}

/// Records the bytes clang reads, when it reads them: what the analysis
/// saw, even if the file changes afterwards.
class RecordingFile : public vfs::File {
public:
  RecordingFile(std::unique_ptr<vfs::File> F, std::string Path, RecordingFS &FS)
      : F(std::move(F)), Path(std::move(Path)), FS(FS) {}
  ErrorOr<vfs::Status> status() override { return F->status(); }
  ErrorOr<std::string> getName() override { return F->getName(); }
  ErrorOr<std::unique_ptr<MemoryBuffer>>
  getBuffer(const Twine &Name, int64_t FileSize, bool RequiresNullTerminator,
            bool IsVolatile) override {
    auto B = F->getBuffer(Name, FileSize, RequiresNullTerminator, IsVolatile);
    if (B)
      FS.recordRead(Path, (*B)->getBuffer());
    return B;
  }
  std::error_code close() override { return F->close(); }

private:
  std::unique_ptr<vfs::File> F;
  std::string Path;
  RecordingFS &FS;
};
} // namespace

std::string RecordingFS::absolute(const Twine &Path) const {
  SmallString<256> P;
  Path.toVector(P);
  getUnderlyingFS().makeAbsolute(P);
  return std::string(P);
}

void RecordingFS::record(Probe::Kind K, std::string Path, std::string Answer) {
  std::lock_guard<std::mutex> G(Lock);
  Probe P{K, std::move(Path)};
  auto [It, New] = Index.try_emplace(P, Log.size());
  if (New)
    Log.push_back({std::move(P), std::move(Answer)});
  else if (Log[It->second].Answer != Answer)
    Stable = false;
}

void RecordingFS::recordRead(StringRef AbsPath, StringRef Bytes) {
  record(Probe::Open, AbsPath.str(), bytesAnswer(Bytes));
}

ErrorOr<vfs::Status> RecordingFS::status(const Twine &Path) {
  ErrorOr<vfs::Status> S = ProxyFileSystem::status(Path);
  record(Probe::Status, absolute(Path), statusAnswer(S));
  return S;
}

bool RecordingFS::exists(const Twine &Path) {
  bool E = ProxyFileSystem::exists(Path);
  record(Probe::Exists, absolute(Path), E ? "yes" : "no");
  return E;
}

ErrorOr<std::unique_ptr<vfs::File>>
RecordingFS::openFileForRead(const Twine &Path) {
  std::string Abs = absolute(Path);
  auto F = ProxyFileSystem::openFileForRead(Path);
  if (!F) {
    record(Probe::Open, Abs, "error " + utostr(F.getError().value()));
    return F;
  }
  // Opened but never read: only that it exists can have mattered.
  record(Probe::Status, Abs, statusAnswer((*F)->status()));
  return std::unique_ptr<vfs::File>(
      std::make_unique<RecordingFile>(std::move(*F), Abs, *this));
}

vfs::directory_iterator RecordingFS::dir_begin(const Twine &Dir,
                                               std::error_code &EC) {
  std::string Abs = absolute(Dir);
  record(Probe::ListDir, Abs, listingAnswer(getUnderlyingFS(), Abs));
  return ProxyFileSystem::dir_begin(Dir, EC);
}

std::error_code RecordingFS::getRealPath(const Twine &Path,
                                         SmallVectorImpl<char> &Output) {
  std::string Abs = absolute(Path);
  record(Probe::RealPath, Abs, realPathAnswer(getUnderlyingFS(), Abs));
  return ProxyFileSystem::getRealPath(Path, Output);
}

std::vector<ProbeAnswer> RecordingFS::answers() const {
  std::lock_guard<std::mutex> G(Lock);
  return Log;
}

std::vector<ProbeAnswer> aliaslint::answerNow(vfs::FileSystem &FS,
                                              ArrayRef<Probe> Probes) {
  std::vector<ProbeAnswer> Out;
  for (const Probe &P : Probes) {
    std::string A;
    switch (P.K) {
    case Probe::Status:
      A = statusAnswer(FS.status(P.Path));
      break;
    case Probe::Exists:
      A = FS.exists(P.Path) ? "yes" : "no";
      break;
    case Probe::Open: {
      auto F = FS.openFileForRead(P.Path);
      auto B = F ? (*F)->getBuffer(P.Path) : ErrorOr<std::unique_ptr<MemoryBuffer>>(F.getError());
      A = B ? bytesAnswer((*B)->getBuffer()) : "error " + utostr(B.getError().value());
      break;
    }
    case Probe::ListDir:
      A = listingAnswer(FS, P.Path);
      break;
    case Probe::RealPath:
      A = realPathAnswer(FS, P.Path);
      break;
    }
    Out.push_back({P, std::move(A)});
  }
  return Out;
}
