//===- CacheKey.cpp -------------------------------------------------------===//
#include "CacheKey.h"
#include "Version.h"
#include "clang-tidy/ClangTidy.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/Version.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Frontend/PreprocessorOutputOptions.h"
#include "clang/Frontend/Utils.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"

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
  void raw(StringRef S) { H.update(S); }
  std::string hex() { return toHex(H.final(), /*LowerCase=*/true); }

private:
  BLAKE3 H;
};

/// Streams the preprocessor's output into the hash instead of memory: a
/// translation unit over real library headers preprocesses to megabytes.
class HashingStream : public raw_ostream {
public:
  explicit HashingStream(KeyHasher &H) : H(H) {}
  ~HashingStream() override { flush(); }

private:
  void write_impl(const char *Ptr, size_t Size) override {
    H.raw(StringRef(Ptr, Size));
    Pos += Size;
  }
  uint64_t current_pos() const override { return Pos; }
  KeyHasher &H;
  uint64_t Pos = 0;
};

/// The bytes of every file the preprocessor loaded, in path order (the
/// source manager's map has no fixed order).
void hashSources(const SourceManager &SM, KeyHasher &H) {
  std::vector<std::pair<std::string, MemoryBufferRef>> Files;
  for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It)
    if (std::optional<MemoryBufferRef> B = It->second->getBufferIfLoaded())
      Files.emplace_back(It->first.getName().str(), *B);
  llvm::sort(Files, [](const auto &A, const auto &B) { return A.first < B.first; });
  H.field("files " + utostr(Files.size()));
  for (const auto &[Name, Buf] : Files) {
    H.field(Name);
    H.field(Buf.getBuffer());
  }
}

class HashPreprocessedAction : public PreprocessorFrontendAction {
public:
  explicit HashPreprocessedAction(KeyHasher &H) : H(H) {}

private:
  void ExecuteAction() override {
    CompilerInstance &CI = getCompilerInstance();
    PreprocessorOutputOptions Opts;
    Opts.ShowCPP = 1;
    Opts.ShowLineMarkers = 1;
    // The files' bytes are hashed too; whitespace adds nothing.
    Opts.MinimizeWhitespace = 1;
    {
      HashingStream OS(H);
      DoPrintPreprocessedInput(CI.getPreprocessor(), &OS, Opts);
    }
    hashSources(CI.getSourceManager(), H);
  }
  KeyHasher &H;
};

class HashPreprocessedFactory : public tooling::FrontendActionFactory {
public:
  explicit HashPreprocessedFactory(KeyHasher &H) : H(H) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<HashPreprocessedAction>(H);
  }

private:
  KeyHasher &H;
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
  H.field(Buf ? (*Buf)->getBuffer() : StringRef("unreadable " + Exe));
  return H.hex();
}

std::string CacheKeyer::configFor(StringRef File,
                                  std::vector<std::string> &ExtraBefore,
                                  std::vector<std::string> &ExtraAfter) {
  ClangTidyOptions O = Config.makeProvider()->getOptions(File);
  ExtraBefore = O.ExtraArgsBefore.value_or(std::vector<std::string>());
  ExtraAfter = O.ExtraArgs.value_or(std::vector<std::string>());
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

std::optional<std::string>
CacheKeyer::keyFor(const tooling::CompilationDatabase &DB, StringRef File) {
  std::vector<std::string> Before, After;
  KeyHasher H;
  H.field("aliaslint-cache-key 1");
  H.field(ToolIdentity);
  H.field(configFor(File, Before, After));
  for (const tooling::CompileCommand &C : DB.getCompileCommands(File)) {
    H.field(C.Directory);
    H.field(C.Filename);
    H.field("args " + utostr(C.CommandLine.size()));
    for (const std::string &A : C.CommandLine)
      H.field(A);
  }
  // The preprocessor sees what the analysis will see: clang-tidy's
  // ExtraArgsBefore after the compiler's name, ExtraArgs at the end.
  auto BaseFS = makeIntrusiveRefCnt<vfs::OverlayFileSystem>(
      vfs::createPhysicalFileSystem());
  tooling::ClangTool Tool(DB, {File.str()},
                          std::make_shared<PCHContainerOperations>(), BaseFS);
  Tool.appendArgumentsAdjuster(
      [&](const tooling::CommandLineArguments &Args, StringRef) {
        tooling::CommandLineArguments Out = Args;
        auto I = Out.begin();
        if (I != Out.end() && !StringRef(*I).starts_with("-"))
          ++I;
        Out.insert(I, Before.begin(), Before.end());
        Out.insert(Out.end(), After.begin(), After.end());
        return Out;
      });
  IgnoringDiagConsumer Quiet;
  Tool.setDiagnosticConsumer(&Quiet);
  Tool.setPrintErrorMessage(false);
  HashPreprocessedFactory Factory(H);
  if (Tool.run(&Factory) != 0)
    return std::nullopt;
  return H.hex();
}
