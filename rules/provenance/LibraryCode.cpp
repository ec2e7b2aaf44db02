//===- LibraryCode.cpp ----------------------------------------------------===//
#include "provenance/LibraryCode.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/FileManager.h"
#include "llvm/Support/Path.h"

using namespace clang;
using namespace aliaslint;

FileID LibraryCode::fileOf(const Decl *D) const {
  if (const auto *FD = dyn_cast<FunctionDecl>(D))
    if (const FunctionDecl *Def = FD->getDefinition())
      D = Def;
  // The expansion location: the file a macro-written definition lands in.
  return SM.getFileID(SM.getExpansionLoc(D->getLocation()));
}

const LibraryModel *LibraryCode::libraryOf(const Decl *D) {
  if (!D)
    return nullptr;
  FileID F = fileOf(D);
  if (F.isInvalid() || F == SM.getMainFileID())
    return nullptr;
  auto [It, Inserted] = Cache.try_emplace(F, nullptr);
  if (Inserted)
    It->second = libraryOfFile(F);
  return It->second;
}

bool LibraryCode::isUserCode(const Decl *D) {
  if (!D)
    return false;
  FileID F = fileOf(D);
  if (F.isInvalid())
    return true; // no file to judge by; as before, analysed
  return !SM.isInSystemHeader(SM.getLocForStartOfFile(F)) && !libraryOf(D);
}

const LibraryModel *LibraryCode::libraryOfFile(FileID F) const {
  OptionalFileEntryRef FE = SM.getFileEntryRefForID(F);
  if (!FE)
    return nullptr; // <built-in>, <scratch space>
  // The path as found through the include paths, made absolute and
  // '/'-separated, and the real path (a symlinked install dir).
  llvm::SmallString<256> Path(FE->getName());
  SM.getFileManager().makeAbsolutePath(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  if (const LibraryModel *L =
          Model.findHeaderOwner(llvm::sys::path::convert_to_slash(Path)))
    return L;
  llvm::StringRef Real = FE->getFileEntry().tryGetRealPathName();
  if (!Real.empty() && Real != Path)
    return Model.findHeaderOwner(llvm::sys::path::convert_to_slash(Real));
  return nullptr;
}
