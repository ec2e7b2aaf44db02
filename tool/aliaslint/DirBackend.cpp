//===- DirBackend.cpp - Cache entries as files in a directory -------------===//
//
// DIR/<first two hex digits>/<key>: the fan-out keeps directories small
// over a few hundred thousand entries, as ccache does. Entries are written
// to a temporary file in the same directory and renamed over the name, so
// concurrent runs sharing the directory never read half an entry.
//
//===----------------------------------------------------------------------===//
#include "CacheBackend.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace aliaslint;
using namespace llvm;

namespace {
class DirBackend : public CacheBackend {
public:
  explicit DirBackend(StringRef Dir) : Dir(Dir.str()) {}

  Expected<std::optional<std::string>> get(StringRef Key) override {
    std::string Path = describe(Key);
    auto Buf = MemoryBuffer::getFile(Path, /*IsText=*/false,
                                     /*RequiresNullTerminator=*/false);
    if (Buf)
      return std::optional<std::string>((*Buf)->getBuffer().str());
    if (Buf.getError() == std::errc::no_such_file_or_directory)
      return std::optional<std::string>();
    return createStringError(Buf.getError(), "cannot read: %s",
                             Buf.getError().message().c_str());
  }

  Error put(StringRef Key, StringRef Data) override {
    SmallString<256> Sub(Dir);
    sys::path::append(Sub, Key.take_front(2));
    if (std::error_code EC = sys::fs::create_directories(Sub))
      return createStringError(EC, "cannot create '%s': %s", Sub.c_str(),
                               EC.message().c_str());
    std::string Path = describe(Key);
    auto Tmp = sys::fs::TempFile::create(Path + ".tmp-%%%%%%%%");
    if (!Tmp) {
      std::error_code EC = errorToErrorCode(Tmp.takeError());
      return createStringError(EC, "cannot create a file in '%s': %s",
                               Sub.c_str(), EC.message().c_str());
    }
    raw_fd_ostream OS(Tmp->FD, /*shouldClose=*/false);
    OS << Data;
    OS.flush();
    if (OS.has_error()) {
      std::error_code EC = OS.error();
      OS.clear_error();
      consumeError(Tmp->discard());
      return createStringError(EC, "cannot write '%s': %s",
                               Tmp->TmpName.c_str(), EC.message().c_str());
    }
    if (Error E = Tmp->keep(Path)) {
      std::error_code EC = errorToErrorCode(std::move(E));
      sys::fs::remove(Tmp->TmpName); // keep() has given it up
      return createStringError(EC, "cannot rename a new entry to '%s': %s",
                               Path.c_str(), EC.message().c_str());
    }
    return Error::success();
  }

  std::string describe(StringRef Key) const override {
    SmallString<256> P(Dir);
    sys::path::append(P, Key.take_front(2), Key);
    return std::string(P);
  }
  std::string name() const override { return Dir; }

private:
  std::string Dir;
};
} // namespace

std::unique_ptr<CacheBackend> aliaslint::makeDirBackend(StringRef Dir) {
  return std::make_unique<DirBackend>(Dir);
}
