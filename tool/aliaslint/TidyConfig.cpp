//===- TidyConfig.cpp -----------------------------------------------------===//
#include "TidyConfig.h"
#include "OptionNames.h"
#include "Rules.h"
#include "provenance/NestingDepth.h"
#include "clang-tidy/GlobList.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <set>

using namespace aliaslint;
using namespace clang::tidy;
using namespace llvm;

Expected<TidyConfig> TidyConfig::create(const TidySettings &S) {
  TidyConfig C;
  C.Defaults = ClangTidyOptions::getDefaults();
  C.Defaults.Checks = "-*,aliasing-*";
  C.Defaults.HeaderFilterRegex = "";
  if (!S.Checks.empty())
    C.Overrides.Checks = S.Checks;
  if (S.HeaderFilter)
    C.Overrides.HeaderFilterRegex = *S.HeaderFilter;
  if (!S.ModelFiles.empty())
    C.Overrides.CheckOptions["ModelFiles"] =
        ClangTidyOptions::ClangTidyValue(llvm::join(S.ModelFiles, ";"));
  if (!S.Config.empty()) {
    if (Error E = checkNestingDepth(S.Config, "--config", InputSyntax::Yaml))
      return createStringError(inconvertibleErrorCode(), "invalid --config\n%s",
                               toString(std::move(E)).c_str());
    std::string Diags;
    raw_string_ostream OS(Diags);
    auto Parsed = parseConfigurationWithDiags(
        MemoryBufferRef(S.Config, "--config"),
        [&](const SMDiagnostic &D) { D.print(nullptr, OS); });
    if (!Parsed)
      return createStringError(
          Parsed.getError(), "invalid --config\n%s",
          Diags.empty() ? Parsed.getError().message().c_str() : Diags.c_str());
    if (Error E = checkAliasingOptionNames(*Parsed, "--config", S.Config))
      return createStringError(inconvertibleErrorCode(), "invalid --config\n%s",
                               toString(std::move(E)).c_str());
    C.ConfigOptions = std::move(*Parsed);
  }
  return std::move(C);
}

std::unique_ptr<ClangTidyOptionsProvider> TidyConfig::makeProvider() const {
  if (ConfigOptions)
    return std::make_unique<ConfigOptionsProvider>(Global, Defaults,
                                                   *ConfigOptions, Overrides);
  // A physical file system of its own per provider: reads only, and never
  // the process-wide working directory, which ClangTool may change.
  return std::make_unique<FileOptionsProvider>(Global, Defaults, Overrides,
                                               vfs::createPhysicalFileSystem());
}

/// Parses one .clang-tidy file; its options when it parses.
static Expected<ClangTidyOptions> parseConfigFile(StringRef Path) {
  auto Buf = MemoryBuffer::getFile(Path);
  if (!Buf)
    return createStringError(Buf.getError(), "%s: error: cannot read: %s",
                             Path.str().c_str(),
                             Buf.getError().message().c_str());
  if (Error E = checkNestingDepth((*Buf)->getBuffer(), Path, InputSyntax::Yaml))
    return createStringError(inconvertibleErrorCode(),
                             "invalid configuration file %s\n%s",
                             Path.str().c_str(), toString(std::move(E)).c_str());
  std::string Diags;
  raw_string_ostream OS(Diags);
  auto Parsed = parseConfigurationWithDiags(
      (*Buf)->getMemBufferRef(),
      [&](const SMDiagnostic &D) { D.print(nullptr, OS); });
  if (!Parsed) {
    if (Diags.empty())
      Diags = (Path + ": error: " + Parsed.getError().message() + "\n").str();
    return createStringError(Parsed.getError(), "invalid configuration file %s\n%s",
                             Path.str().c_str(), Diags.c_str());
  }
  if (Error E = checkAliasingOptionNames(*Parsed, Path, (*Buf)->getBuffer()))
    return createStringError(inconvertibleErrorCode(),
                             "invalid configuration file %s\n%s",
                             Path.str().c_str(), toString(std::move(E)).c_str());
  return std::move(*Parsed);
}

Error TidyConfig::validateConfigFiles(ArrayRef<std::string> Files) const {
  if (ConfigOptions) // --config replaces the files, as in clang-tidy
    return Error::success();
  std::set<std::string> SeenDirs;
  for (const std::string &F : Files) {
    SmallString<256> Dir(F);
    sys::fs::make_absolute(Dir);
    sys::path::remove_dots(Dir, /*remove_dot_dot=*/true);
    sys::path::remove_filename(Dir);
    // Nearest file first; a file that does not inherit ends the walk.
    for (; !Dir.empty(); Dir = sys::path::parent_path(Dir).str()) {
      if (!SeenDirs.insert(std::string(Dir)).second)
        break;
      SmallString<256> Cfg(Dir);
      sys::path::append(Cfg, ".clang-tidy");
      if (!sys::fs::is_regular_file(Cfg))
        continue;
      auto Parsed = parseConfigFile(Cfg);
      if (!Parsed)
        return Parsed.takeError();
      if (!Parsed->InheritParentConfig.value_or(false))
        break;
    }
  }
  return Error::success();
}

Error TidyConfig::validateHeaderFilters(ArrayRef<std::string> Files) const {
  auto Provider = makeProvider();
  std::set<std::string> Checked;
  auto Check = [&](StringRef Key, const std::optional<std::string> &R) -> Error {
    // Empty means no filter, as in clang-tidy (and is no valid Regex).
    if (!R || R->empty() || !Checked.insert(*R).second)
      return Error::success();
    std::string Problem;
    if (Regex(*R).isValid(Problem))
      return Error::success();
    return createStringError(inconvertibleErrorCode(),
                             "invalid %s '%s': %s", Key.str().c_str(),
                             R->c_str(), Problem.c_str());
  };
  for (const std::string &F : Files) {
    ClangTidyOptions O = Provider->getOptions(F);
    if (Error E = Check("HeaderFilterRegex", O.HeaderFilterRegex))
      return E;
    if (Error E = Check("ExcludeHeaderFilterRegex", O.ExcludeHeaderFilterRegex))
      return E;
  }
  return Error::success();
}

bool TidyConfig::anyCheckEnabled(ArrayRef<std::string> Files) const {
  std::vector<RuleInfo> Rules = aliasingRules();
  auto Provider = makeProvider();
  for (const std::string &F : Files) {
    ClangTidyOptions O = Provider->getOptions(F);
    GlobList Enabled(O.Checks.value_or(""));
    for (const RuleInfo &R : Rules)
      if (Enabled.contains(R.Id))
        return true;
  }
  return false;
}
