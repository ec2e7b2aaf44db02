//===- AliaslintMain.cpp - The aliaslint command --------------------------===//
//
// clang-tidy with the aliasing module linked in and `aliasing-*` enabled by
// default, shaped as a CI gate: parallel, deterministic output, SARIF,
// baselines. Exit status: 0 no findings, 1 findings, 2 the tool failed (a
// file did not parse, a bad option, configuration, model or baseline), 3 a
// file hit --timeout (and nothing failed).
// docs/cli.md is the user's guide.
//
//===----------------------------------------------------------------------===//
#include "Baseline.h"
#include "ChangedLines.h"
#include "ClangTidyMode.h"
#include "CommandLine.h"
#include "DumpProvenance.h"
#include "Findings.h"
#include "Progress.h"
#include "Runner.h"
#include "Sarif.h"
#include "Shard.h"
#include "TidyConfig.h"
#include "Timeout.h"
#include "Version.h"
#include "provenance/ModelCache.h"
#include "clang-tidy/ClangTidy.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"

using namespace aliaslint;
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
static cl::opt<bool> Quiet("quiet", cl::desc("Do not print the summary line."),
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
// For the engine's own tests: a visit budget small enough to be reached.
static cl::opt<unsigned> EngineVisitsPerBlock(
    "engine-visits-per-block", cl::Hidden, cl::init(EngineOptions().VisitsPerBlock),
    cl::desc("With --dump-provenance: the dataflow's visit budget per block."),
    cl::cat(Category));
static cl::opt<unsigned> Jobs(
    "j", cl::desc("Files analysed in parallel (default: number of cores)."),
    cl::value_desc("N"), cl::Prefix, cl::init(0), cl::cat(Category));
static cl::alias JobsLong("jobs", cl::desc("Alias for -j"), cl::aliasopt(Jobs));
static cl::opt<unsigned> TimeoutSeconds(
    "timeout",
    cl::desc("Stop analysing a file after this many seconds (wall-clock),\n"
             "report it and go on (exit 3); each file then runs in a\n"
             "process of its own. 0, the default: no limit."),
    cl::value_desc("seconds"), cl::init(0), cl::cat(Category));

enum class Format { Text, Sarif };
static cl::opt<Format> OutputFormat(
    "format", cl::desc("Output format:"), cl::init(Format::Text),
    cl::values(clEnumValN(Format::Text, "text",
                          "clang-style diagnostics on stdout (default)"),
               clEnumValN(Format::Sarif, "sarif", "SARIF 2.1.0 log")),
    cl::cat(Category));
static cl::opt<std::string> Output(
    "output",
    cl::desc("Where --format=sarif writes its log (default: stdout); the\n"
             "text diagnostics then still go to stdout."),
    cl::value_desc("file"), cl::init(""), cl::cat(Category));
static cl::alias OutputShort("o", cl::desc("Alias for --output"),
                             cl::aliasopt(Output));
static cl::opt<std::string> SourceRoot(
    "source-root",
    cl::desc("Directory that paths in SARIF (%SRCROOT%), baselines and\n"
             "fingerprints are relative to (default: the current one)."),
    cl::value_desc("dir"), cl::init(""), cl::cat(Category));
static cl::opt<std::string> BaselineFile(
    "baseline",
    cl::desc("Report only findings whose fingerprint is not in this file."),
    cl::value_desc("file"), cl::init(""), cl::cat(Category));
static cl::opt<std::string> WriteBaselineFile(
    "write-baseline",
    cl::desc("Record the current findings in this file; exit 0 unless\n"
             "the tool failed."),
    cl::value_desc("file"), cl::init(""), cl::cat(Category));

enum class ProgressMode { Auto, Always, Never };
static cl::opt<ProgressMode> ShowProgress(
    "progress", cl::desc("The [done/total] line on stderr:"),
    cl::init(ProgressMode::Auto),
    cl::values(clEnumValN(ProgressMode::Auto, "auto",
                          "when stderr is a terminal (default)"),
               clEnumValN(ProgressMode::Always, "always", "always"),
               clEnumValN(ProgressMode::Never, "never", "never")),
    cl::cat(Category));
static cl::opt<std::string> SarifCategory(
    "sarif-category",
    cl::desc("The SARIF run's automationDetails.id (code scanning's\n"
             "category, e.g. one per shard)."),
    cl::value_desc("id"), cl::init(""), cl::cat(Category));
static cl::opt<std::string> ShardSpec(
    "shard",
    cl::desc("Analyse only shard K of N: the files whose path relative to\n"
             "the source root hashes to K-1 modulo N (docs/cli.md)."),
    cl::value_desc("K/N"), cl::init(""), cl::cat(Category));

static cl::opt<std::string> DiffRef(
    "diff",
    cl::desc("Report only findings on lines changed since this git\n"
             "revision (`git diff -U0 REF`)."),
    cl::value_desc("REF"), cl::init(""), cl::cat(Category));

enum class ExitStatusMode { Aliaslint, ClangTidy };
static cl::opt<ExitStatusMode> ExitStatus(
    "exit-status", cl::desc("What the exit status says:"),
    cl::init(ExitStatusMode::Aliaslint),
    cl::values(clEnumValN(ExitStatusMode::Aliaslint, "aliaslint",
                          "0 clean, 1 findings, 2 the tool failed (default)"),
               clEnumValN(ExitStatusMode::ClangTidy, "clang-tidy",
                          "clang-tidy's: 1 only for errors (a file that did\n"
                          "not compile, WarningsAsErrors), else 0")),
    cl::cat(Category));
// Lower only to test the capping; the defaults are GitHub's limits.
static cl::opt<unsigned> SarifMaxResults("sarif-max-results", cl::init(25000),
                                         cl::Hidden, cl::cat(Category));
static cl::opt<unsigned> SarifMaxLocations("sarif-max-locations",
                                           cl::init(1000), cl::Hidden,
                                           cl::cat(Category));

static int fail(const Twine &Msg) {
  errs() << "aliaslint: error: " << StringRef(Msg.str()).rtrim() << "\n";
  return 2;
}

static std::string absoluteDir(StringRef Dir) {
  SmallString<256> P(Dir);
  sys::fs::make_absolute(P);
  sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P);
}

/// --source-root, or the current directory.
static std::string sourceRoot() {
  SmallString<256> Cwd;
  sys::fs::current_path(Cwd);
  return absoluteDir(SourceRoot.empty() ? StringRef(Cwd) : StringRef(SourceRoot));
}

/// The input that \p OutPath would overwrite, if any: the sources, the
/// models and the baseline read. Compared as files (another spelling, a
/// hard link), not as strings.
static std::optional<std::string> inputAt(StringRef OutPath,
                                          ArrayRef<std::string> Inputs) {
  for (const std::string &In : Inputs)
    if (sys::fs::equivalent(OutPath, In))
      return In;
  return std::nullopt;
}

/// Outputs are written through a temporary file next to them (renamed at
/// the end: an interrupted run leaves the old file whole); one is created
/// now, so that an unwritable path fails before the analysis.
static std::error_code probeWritable(StringRef Path) {
  auto Probe = sys::fs::TempFile::create(Path + ".probe-%%%%%%");
  if (!Probe)
    return errorToErrorCode(Probe.takeError());
  return errorToErrorCode(Probe->discard());
}

/// Refuses an output that would overwrite an input or cannot be written.
static Error checkOutput(StringRef Option, StringRef What, StringRef Path,
                         ArrayRef<std::string> Inputs) {
  if (Path.empty() || Path == "-")
    return Error::success();
  if (inputAt(Path, Inputs))
    return createStringError(inconvertibleErrorCode(),
                             Option + " '" + Path +
                                 "' is an input file; refusing to overwrite it");
  if (std::error_code EC = probeWritable(Path))
    return createStringError(EC, "cannot write " + What + "'" + Path +
                                     "': " + EC.message());
  return Error::success();
}

/// Prints the reported diagnostics clang-style on stdout through
/// clang-tidy's own reporter, which also applies the fix-its (once per
/// file, whatever the number of workers).
static void printText(ArrayRef<const Finding *> Reported,
                      const TidyConfig &Cfg) {
  std::vector<ClangTidyError> Errors;
  for (const Finding *F : Reported)
    if (!isTimeoutError(F->Diag)) // said on stderr, as aliaslint's own error
      Errors.push_back(F->Diag);
  ClangTidyContext Context(Cfg.makeProvider());
  unsigned WarningsAsErrors = 0;
  handleErrors(Errors, Context, Fix ? FB_Fix : FB_NoFix, WarningsAsErrors,
               vfs::createPhysicalFileSystem());
}

/// clang-tidy's exit status: 1 when an error was printed (a compile error,
/// a finding of a check in WarningsAsErrors), 0 for warnings alone.
static int clangTidyExitStatus(ArrayRef<const Finding *> Reported,
                               bool ToolFailed) {
  if (ToolFailed)
    return 1;
  for (const Finding *F : Reported)
    if (F->isFinding() && F->Diag.IsWarningAsError)
      return 1;
  return 0;
}

int main(int argc, const char **argv) {
  InitLLVM X(argc, argv);
  (void)AliasingModuleAnchorSource;
  // LLVM's own version lines follow: the analysis depends on both.
  llvm::cl::AddExtraVersionPrinter([](llvm::raw_ostream &OS) {
    OS << aliaslint::versionLine() << "\n";
  });
  if (std::optional<int> RC = runAsClangTidy(argc, argv))
    return *RC;
  auto Parser = parseCommandLine(
      argc, argv, Category,
      "aliaslint: finds aliasing bugs in C++ array code (libtorch, OpenCV,\n"
      "Eigen, xtensor): writes through views, writes lost in copies.\n");
  if (!Parser)
    return fail(toString(Parser.takeError()));
  std::vector<std::string> Files = Parser->getSourcePathList();
  if (!ShardSpec.empty()) {
    auto S = parseShard(ShardSpec);
    if (!S)
      return fail(toString(S.takeError()));
    Files = filesInShard(Files, *S, sourceRoot());
  }

  // Each --model split as the checks split ModelFiles, which is what they
  // receive: `--model ''` names no file rather than one without a name.
  std::vector<std::string> ModelFiles;
  for (const std::string &M : Models)
    llvm::append_range(ModelFiles, splitModelFiles(M));
  // Validate user models up front: a bad model is a clear error, exit 2.
  // The checks later get this same parsed model from the cache.
  auto Model = sharedApiModel(ModelFiles);
  if (!Model) {
    errs() << toString(Model.takeError());
    return 2;
  }
  if (DumpProvenance) {
    EngineOptions Opts;
    Opts.VisitsPerBlock = EngineVisitsPerBlock;
    return runDumpProvenance(Parser->getCompilations(), Files, **Model, Opts);
  }

  if (!Output.empty() && OutputFormat != Format::Sarif)
    return fail("--output is for --format=sarif; text goes to stdout");
  // --fix reports what it applies in the text on stdout, where it would
  // corrupt a SARIF log.
  if (Fix && OutputFormat == Format::Sarif && Output.empty())
    return fail("--fix with --format=sarif needs --output <file>");
  TidySettings Settings;
  Settings.Checks = Checks;
  Settings.Config = Config;
  if (HeaderFilter.getNumOccurrences())
    Settings.HeaderFilter = HeaderFilter;
  Settings.ModelFiles = ModelFiles;
  auto Cfg = TidyConfig::create(Settings);
  if (!Cfg)
    return fail(toString(Cfg.takeError()));
  if (Error E = Cfg->validateConfigFiles(Files))
    return fail(toString(std::move(E)));
  if (Error E = Cfg->validateHeaderFilters(Files))
    return fail(toString(std::move(E)));
  // An empty shard has no file to ask; the other shards do.
  if (!Files.empty() && !Cfg->anyCheckEnabled(Files))
    return fail("no aliasing check is enabled (see --checks, --config and "
                ".clang-tidy files)");
  std::optional<Baseline> Accepted;
  if (!BaselineFile.empty()) {
    auto B = Baseline::load(BaselineFile);
    if (!B)
      return fail(toString(B.takeError()));
    Accepted = std::move(*B);
  }
  std::optional<ChangedLines> Changed;
  if (!DiffRef.empty()) {
    auto C = ChangedLines::sinceRevision(DiffRef);
    if (!C)
      return fail("--diff " + DiffRef + ": " + toString(C.takeError()));
    Changed = std::move(*C);
  }
  std::vector<std::string> Inputs = Files;
  Inputs.insert(Inputs.end(), ModelFiles.begin(), ModelFiles.end());
  if (!BaselineFile.empty())
    Inputs.push_back(BaselineFile);
  if (Error E = checkOutput("--output", "", Output, Inputs))
    return fail(toString(std::move(E)));
  // Rewriting the baseline read is allowed: it is read before.
  if (!BaselineFile.empty())
    Inputs.pop_back();
  if (Error E = checkOutput("--write-baseline", "baseline ", WriteBaselineFile, Inputs))
    return fail(toString(std::move(E)));

  unsigned NJobs = Jobs ? Jobs : hardware_concurrency().compute_thread_count();
  bool DrawProgress = ShowProgress == ProgressMode::Always ||
                      (ShowProgress == ProgressMode::Auto &&
                       sys::Process::StandardErrIsDisplayed());
  Progress P(Files.size(), DrawProgress);
  if (TimeoutSeconds && !timeoutSupported())
    return fail("--timeout is not supported on this platform");
  std::vector<FileResult> Results =
      TimeoutSeconds ? runFilesWithTimeout(Parser->getCompilations(), Files,
                                           *Cfg, NJobs, TimeoutSeconds, P)
                     : runFiles(Parser->getCompilations(), Files, *Cfg, NJobs, P);
  P.finish();

  std::string Root = sourceRoot();
  SourceCache Sources;
  std::vector<Finding> All = collectFindings(Results, Root, Sources);

  if (!WriteBaselineFile.empty())
    if (Error E = writeBaseline(WriteBaselineFile, All))
      return fail(toString(std::move(E)));

  std::vector<const Finding *> Reported;
  unsigned NumReported = 0, NumAccepted = 0;
  for (const Finding &F : All) {
    if (F.isFinding() && Changed && !Changed->contains(F.Pos.Path, F.Pos.Line))
      continue;
    if (F.isFinding() && Accepted && Accepted->contains(F.Fingerprint)) {
      ++NumAccepted;
      continue;
    }
    NumReported += F.isFinding();
    Reported.push_back(&F);
  }

  bool ToFile = !Output.empty() && Output != "-";
  if (OutputFormat == Format::Sarif) {
    SarifOptions SO;
    SO.SourceRoot = Root;
    SO.Category = SarifCategory;
    SO.MaxResults = SarifMaxResults;
    SO.MaxLocationsPerResult = SarifMaxLocations;
    Error E = writeToOutput(ToFile ? StringRef(Output) : "-", [&](raw_ostream &OS) {
      writeSarif(OS, Reported, SO);
      return Error::success();
    });
    if (E) {
      std::error_code EC = errorToErrorCode(std::move(E));
      return fail("cannot write '" + Output + "': " + EC.message());
    }
  }
  // Text unless the SARIF log is what stdout carries.
  if (OutputFormat == Format::Text || ToFile)
    printText(Reported, *Cfg);
  outs().flush();

  unsigned NumFailed = 0, NumTimedOut = 0;
  bool BadConfig = false;
  std::string FailedList;
  for (size_t I = 0; I < Files.size(); ++I) {
    BadConfig |= Results[I].BadConfig;
    if (Results[I].TimedOut) {
      ++NumTimedOut;
      fail(timeoutMessage(Files[I], TimeoutSeconds));
    }
    if (Results[I].Failed)
      FailedList += (NumFailed++ ? ", " : "") + Files[I];
  }
  if (!Quiet) {
    errs() << "aliaslint: " << NumReported
           << (NumReported == 1 ? " finding" : " findings") << " in "
           << Files.size() << (Files.size() == 1 ? " file" : " files");
    if (Accepted)
      errs() << " (" << NumAccepted << " more in the baseline)";
    errs() << "\n";
  }
  bool TidyStatus = ExitStatus == ExitStatusMode::ClangTidy;
  if (BadConfig)
    fail("the checks rejected their configuration [clang-tidy-config]");
  if (NumFailed) {
    int RC = fail(Twine(NumFailed) + " of " + Twine(Files.size()) +
                  " files could not be analysed; their findings may be "
                  "incomplete: " + FailedList);
    return TidyStatus ? 1 : RC;
  }
  if (TidyStatus)
    return clangTidyExitStatus(Reported, BadConfig || NumTimedOut);
  if (BadConfig)
    return 2;
  if (NumTimedOut)
    return 3;
  if (!WriteBaselineFile.empty())
    return 0;
  return NumReported ? 1 : 0;
}
