//===- AliaslintMain.cpp - The aliaslint command --------------------------===//
//
// clang-tidy with the aliasing module linked in and `aliasing-*` enabled by
// default. Exit status: 0 no findings, 1 findings, 2 the tool failed (a file
// did not parse, a bad option or model).
//
//===----------------------------------------------------------------------===//
#include "DumpProvenance.h"
#include "provenance/ApiModel.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace clang::tidy;
using namespace llvm;

extern volatile int AliasingModuleAnchorSource;

static cl::OptionCategory Category("aliaslint options");

static cl::opt<std::string> Checks(
    "checks",
    cl::desc("Glob of checks to run, clang-tidy syntax; added after the\n"
             "default '-*,aliasing-*' and any .clang-tidy file."),
    cl::init(""), cl::cat(Category));
static cl::opt<std::string> Config(
    "config", cl::desc("Configuration in YAML, as clang-tidy's --config."),
    cl::init(""), cl::cat(Category));
static cl::opt<std::string> HeaderFilter(
    "header-filter",
    cl::desc("Regex of headers whose diagnostics are shown (default: none)."),
    cl::init(""), cl::cat(Category));
static cl::opt<bool> Fix("fix", cl::desc("Apply the suggested fix-its."),
                         cl::init(false), cl::cat(Category));
static cl::opt<bool> Quiet("quiet", cl::desc("Do not print statistics."),
                           cl::init(false), cl::cat(Category));
static cl::list<std::string> Models(
    "model", cl::desc("An API model file (YAML, docs/models.md) describing the\n"
                      "project's own array types; may be repeated."),
    cl::cat(Category));
static cl::opt<bool> DumpProvenance(
    "dump-provenance",
    cl::desc("Print the provenance engine's facts and events for each\n"
             "function instead of running the checks."),
    cl::init(false), cl::cat(Category));

static std::string joinModels() {
  std::string Out;
  for (const std::string &M : Models)
    Out += (Out.empty() ? "" : ";") + M;
  return Out;
}

int main(int argc, const char **argv) {
  InitLLVM X(argc, argv);
  (void)AliasingModuleAnchorSource;
  auto Parser = tooling::CommonOptionsParser::create(
      argc, argv, Category, cl::ZeroOrMore,
      "aliaslint: finds aliasing bugs in C++ array code (libtorch, OpenCV,\n"
      "Eigen, xtensor): writes through views, writes lost in copies.\n");
  if (!Parser) {
    llvm::errs() << "aliaslint: error: " << toString(Parser.takeError()) << "\n";
    return 2;
  }
  std::vector<std::string> Files = Parser->getSourcePathList();
  if (Files.empty())
    Files = Parser->getCompilations().getAllFiles();
  if (Files.empty()) {
    llvm::errs() << "aliaslint: error: no input files\n";
    return 2;
  }

  // Validate user models up front: a bad model is a clear error, exit 2.
  auto Model = aliaslint::ApiModel::withUserModels(
      std::vector<std::string>(Models.begin(), Models.end()));
  if (!Model) {
    llvm::errs() << toString(Model.takeError());
    return 2;
  }
  if (DumpProvenance)
    return aliaslint::runDumpProvenance(Parser->getCompilations(), Files, **Model);

  ClangTidyGlobalOptions GlobalOptions;
  ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
  Defaults.Checks = "-*,aliasing-*";
  Defaults.HeaderFilterRegex = "";
  ClangTidyOptions Overrides;
  if (!Checks.empty())
    Overrides.Checks = Checks;
  if (HeaderFilter.getNumOccurrences())
    Overrides.HeaderFilterRegex = HeaderFilter;
  if (!Models.empty())
    Overrides.CheckOptions["ModelFiles"] = ClangTidyOptions::ClangTidyValue(joinModels());
  std::unique_ptr<ClangTidyOptionsProvider> Provider;
  if (!Config.empty()) {
    auto Parsed = parseConfiguration(MemoryBufferRef(Config, "--config"));
    if (!Parsed) {
      llvm::errs() << "aliaslint: error: invalid --config: "
                   << Parsed.getError().message() << "\n";
      return 2;
    }
    Provider = std::make_unique<ConfigOptionsProvider>(
        GlobalOptions, Defaults, *Parsed, Overrides);
  } else {
    Provider = std::make_unique<FileOptionsProvider>(
        GlobalOptions, Defaults, Overrides, vfs::getRealFileSystem());
  }

  ClangTidyContext Context(std::move(Provider));
  auto BaseFS = makeIntrusiveRefCnt<vfs::OverlayFileSystem>(vfs::getRealFileSystem());
  std::vector<ClangTidyError> Errors =
      runClangTidy(Context, Parser->getCompilations(), Files, BaseFS, Fix,
                   /*EnableCheckProfile=*/false, "", Quiet);
  bool Failed = false;
  unsigned Findings = 0;
  for (const ClangTidyError &E : Errors) {
    if (E.DiagLevel == ClangTidyError::Error &&
        StringRef(E.DiagnosticName).starts_with("clang-diagnostic"))
      Failed = true;
    else if (StringRef(E.DiagnosticName).starts_with("aliasing-"))
      ++Findings;
  }
  unsigned WarningsAsErrors = 0;
  handleErrors(Errors, Context, Fix ? FB_Fix : FB_NoFix, WarningsAsErrors, BaseFS);
  if (Failed) {
    llvm::errs() << "aliaslint: error: some files could not be parsed; their "
                    "findings may be incomplete\n";
    return 2;
  }
  return Findings ? 1 : 0;
}
