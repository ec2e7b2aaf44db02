//===- CacheKey.cpp -------------------------------------------------------===//
#include "CacheKey.h"
#include "Version.h"
#include "clang-tidy/ClangTidy.h"
#include "clang/Basic/Version.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"

using namespace aliaslint;
using namespace clang;
using namespace clang::tidy;
using namespace llvm;

namespace {
/// Fields are fed with their length first, so that ("ab", "c") and
/// ("a", "bc") are different keys.
class KeyHasher {
public:
  void field(StringRef S) {
    uint64_t N = S.size();
    H.update(ArrayRef<uint8_t>(reinterpret_cast<const uint8_t *>(&N), sizeof N));
    H.update(S);
  }
  std::string hex() { return toHex(H.final(), /*LowerCase=*/true); }

private:
  BLAKE3 H;
};
} // namespace

std::string aliaslint::toolIdentity() {
  KeyHasher H;
  H.field(versionLine());
  H.field(getClangFullVersion());
  // The executable's bytes: a rebuilt check with an unchanged version
  // number must not replay the old build's results.
  std::string Exe = sys::fs::getMainExecutable(nullptr, (void *)&toolIdentity);
  auto Buf = MemoryBuffer::getFile(Exe, /*IsText=*/false,
                                   /*RequiresNullTerminator=*/false);
  H.field(Buf ? (*Buf)->getBuffer().str() : "unreadable " + Exe);
  return H.hex();
}

std::string CacheKeyer::configFor(StringRef File) {
  ClangTidyOptions O = Config.makeProvider()->getOptions(File);
  std::string Plain = configurationAsText(O);
  std::lock_guard<std::mutex> G(Lock);
  auto It = ConfigText.find(Plain);
  if (It != ConfigText.end())
    return It->second;
  // As --dump-config: every enabled check's options with their values.
  ClangTidyOptions Effective = O;
  Effective.CheckOptions = getCheckOptions(O, false, false);
  std::string Text =
      configurationAsText(ClangTidyOptions::getDefaults().merge(Effective, 0));
  return ConfigText[Plain] = Text;
}

/// Read by clang's driver: they change include paths and the target.
static constexpr const char *DriverEnvironment[] = {
    "CPATH", "C_INCLUDE_PATH", "CPLUS_INCLUDE_PATH", "OBJC_INCLUDE_PATH",
    "OBJCPLUS_INCLUDE_PATH", "COMPILER_PATH", "CCC_OVERRIDE_OPTIONS",
    "SDKROOT", "SOURCE_DATE_EPOCH", "MACOSX_DEPLOYMENT_TARGET"};

std::string CacheKeyer::manifestKey(const tooling::CompilationDatabase &DB,
                                    StringRef File) {
  KeyHasher H;
  H.field("aliaslint-cache-key 2");
  H.field(ToolIdentity);
  H.field(configFor(File));
  for (const char *Var : DriverEnvironment) {
    std::optional<std::string> V = sys::Process::GetEnv(Var);
    H.field(V ? Var + ("=" + *V) : std::string(Var));
  }
  for (const tooling::CompileCommand &C : DB.getCompileCommands(File)) {
    H.field(C.Directory);
    H.field(C.Filename);
    H.field("args " + utostr(C.CommandLine.size()));
    for (const std::string &A : C.CommandLine)
      H.field(A);
  }
  return H.hex();
}

std::string CacheKeyer::resultKey(StringRef ManifestKey,
                                  ArrayRef<ProbeAnswer> Answers) {
  KeyHasher H;
  H.field("result");
  H.field(ManifestKey);
  for (const ProbeAnswer &A : Answers) {
    H.field(utostr(A.P.K));
    H.field(A.P.Path);
    H.field(A.Answer);
  }
  return H.hex();
}
