//===- ModelFilesOption.cpp -----------------------------------------------===//
#include "ModelFilesOption.h"
#include "provenance/ModelCache.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace aliaslint;
using namespace llvm;

/// The directory of the nearest .clang-tidy above \p MainFile that sets
/// \p Value for one of \p Keys; empty when none does.
static std::string namingConfigDir(StringRef Value, ArrayRef<std::string> Keys,
                                   StringRef MainFile) {
  SmallString<256> Dir(MainFile);
  sys::fs::make_absolute(Dir);
  sys::path::remove_filename(Dir);
  for (; !Dir.empty(); Dir = sys::path::parent_path(Dir).str()) {
    SmallString<256> Cfg(Dir);
    sys::path::append(Cfg, ".clang-tidy");
    auto Buf = MemoryBuffer::getFile(Cfg);
    if (!Buf)
      continue;
    // clang-tidy reports a file that does not parse; here it names nothing.
    auto Parsed = clang::tidy::parseConfiguration((*Buf)->getMemBufferRef());
    if (!Parsed)
      return {};
    for (const std::string &K : Keys) {
      auto It = Parsed->CheckOptions.find(K);
      if (It != Parsed->CheckOptions.end() && It->second.Value == Value)
        return std::string(Dir);
    }
    // A file that does not inherit is the last one clang-tidy reads.
    if (!Parsed->InheritParentConfig.value_or(false))
      return {};
    if (sys::path::parent_path(Dir) == Dir)
      break;
  }
  return {};
}

std::vector<std::string> aliaslint::resolveModelFiles(StringRef Value,
                                                      StringRef CheckName,
                                                      StringRef MainFile) {
  std::vector<std::string> Files = splitModelFiles(Value);
  bool AnyRelative = llvm::any_of(
      Files, [](const std::string &F) { return sys::path::is_relative(F); });
  if (!AnyRelative || MainFile.empty())
    return Files;
  // Not memoised: a few stat calls per check and TU, and a .clang-tidy
  // edited while clangd runs is seen at the next rebuild.
  std::string Dir = namingConfigDir(
      Value, {(CheckName + ".ModelFiles").str(), "ModelFiles"}, MainFile);
  if (!Dir.empty())
    for (std::string &F : Files)
      if (sys::path::is_relative(F)) {
        SmallString<256> P(Dir);
        sys::path::append(P, F);
        F = std::string(P);
      }
  return Files;
}

std::string aliaslint::modelFilesValue(
    const clang::tidy::ClangTidyOptions::OptionMap &Options,
    StringRef CheckName) {
  auto Local = Options.find((CheckName + ".ModelFiles").str());
  auto Global = Options.find("ModelFiles");
  if (Local == Options.end())
    return Global == Options.end() ? "" : Global->second.Value;
  if (Global == Options.end() || Local->second.Priority >= Global->second.Priority)
    return Local->second.Value;
  return Global->second.Value;
}
