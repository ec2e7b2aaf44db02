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
#include "Explain.h"
#include "Findings.h"
#include "Interrupt.h"
#include "LineFilter.h"
#include "MergeSarif.h"
#include "Progress.h"
#include "ResultCache.h"
#include "Runner.h"
#include "Sarif.h"
#include "Shard.h"
#include "TextStream.h"
#include "TidyConfig.h"
#include "UnusedEntries.h"
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
static cl::list<std::string> Explain(
    "explain",
    cl::desc("Print what the models (built-in and --model) say about a\n"
             "type or function, fully qualified, and exit: 0 when a model\n"
             "describes every name given, else 1. No file is analysed."),
    cl::value_desc("name"), cl::cat(Category));
static cl::opt<bool> ListModels(
    "list-models",
    cl::desc("Print the models in force (built-in and --model) and exit."),
    cl::init(false), cl::cat(Category));
static cl::opt<bool> WarnUnusedModelEntries(
    "warn-unused-model-entries",
    cl::desc("Name the type and operation entries of the user's model\n"
             "files that matched nothing in the analysed files."),
    cl::init(false), cl::cat(Category));
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

static cl::opt<std::string> LineFilterSpec(
    "line-filter",
    cl::desc("clang-tidy's line filter: report only findings on these lines,\n"
             "e.g. '[{\"name\":\"a.cpp\",\"lines\":[[1,3]]}]'; with\n"
             "--diff, only findings that both let through."),
    cl::value_desc("JSON"), cl::init(""), cl::cat(Category));

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
static cl::opt<std::string> CacheDir(
    "cache-dir",
    cl::desc("Reuse the results of unchanged files from this directory\n"
             "(default: $ALIASLINT_CACHE_DIR; '' turns it off)."),
    cl::value_desc("dir"), cl::init(""), cl::cat(Category));
static cl::opt<std::string> CacheRedis(
    "cache-redis",
    cl::desc("A Redis server shared as a result cache (default:\n"
             "$ALIASLINT_CACHE_REDIS; '' turns it off)."),
    cl::value_desc("host:port"), cl::init(""), cl::cat(Category));
static cl::opt<bool> CacheStats(
    "cache-stats", cl::desc("Print the cache's hits and misses on stderr."),
    cl::init(false), cl::cat(Category));
// Lower only to test the capping; the defaults are GitHub's limits.
static cl::opt<unsigned> SarifMaxResults("sarif-max-results",
                                         cl::init(DefaultSarifMaxResults),
                                         cl::Hidden, cl::cat(Category));
static cl::opt<unsigned> SarifMaxLocations("sarif-max-locations",
                                           cl::init(1000), cl::Hidden,
                                           cl::cat(Category));

static int fail(const Twine &Msg) {
  errs() << "aliaslint: error: " << StringRef(Msg.str()).rtrim() << "\n";
  return 2;
}

static std::string absolutePath(StringRef Dir) {
  SmallString<256> P(Dir);
  sys::fs::make_absolute(P);
  sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P);
}

/// --source-root, or the current directory.
static std::string sourceRoot() {
  SmallString<256> Cwd;
  sys::fs::current_path(Cwd);
  return absolutePath(SourceRoot.empty() ? StringRef(Cwd) : StringRef(SourceRoot));
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

/// The command line's input files: the named ones or the database's, then
/// those of --shard.
static Expected<std::vector<std::string>>
selectFiles(const tooling::CommonOptionsParser &Parser) {
  std::vector<std::string> Files = Parser.getSourcePathList();
  if (ShardSpec.empty())
    return Files;
  auto S = parseShard(ShardSpec);
  if (!S)
    return S.takeError();
  return filesInShard(Files, *S, sourceRoot());
}

/// Each --model split as the checks split ModelFiles, which is what they
/// receive: `--model ''` names no file rather than one without a name.
static std::vector<std::string> modelFiles() {
  std::vector<std::string> ModelFiles;
  for (const std::string &M : Models)
    llvm::append_range(ModelFiles, splitModelFiles(M));
  // Absolute, so that the checks do not take them for the paths of a
  // .clang-tidy file that happens to name the same (ModelFilesOption.h).
  for (std::string &F : ModelFiles)
    F = absolutePath(F);
  return ModelFiles;
}

/// The clang-tidy configuration of the run, checked before any analysis:
/// a broken one is exit 2 naming its file, not a line CI ignores.
static Expected<TidyConfig> makeConfig(ArrayRef<std::string> Files,
                                       ArrayRef<std::string> ModelFiles) {
  TidySettings Settings;
  Settings.Checks = Checks;
  Settings.Config = Config;
  if (HeaderFilter.getNumOccurrences())
    Settings.HeaderFilter = HeaderFilter;
  Settings.ModelFiles = ModelFiles;
  auto Cfg = TidyConfig::create(Settings);
  if (!Cfg)
    return Cfg.takeError();
  if (Error E = Cfg->validateConfigFiles(Files))
    return std::move(E);
  if (Error E = Cfg->validateHeaderFilters(Files))
    return std::move(E);
  // An empty shard has no file to ask; the other shards do.
  if (!Files.empty() && !Cfg->anyCheckEnabled(Files))
    return createStringError(inconvertibleErrorCode(),
                             "no aliasing check is enabled (see --checks, "
                             "--config and .clang-tidy files)");
  return Cfg;
}

/// The options that only make sense together, and the outputs, which must
/// be writable and must not overwrite an input.
static Error checkOutputs(ArrayRef<std::string> Files,
                          ArrayRef<std::string> ModelFiles) {
  if (!Output.empty() && OutputFormat != Format::Sarif)
    return createStringError(inconvertibleErrorCode(),
                             "--output is for --format=sarif; text goes to stdout");
  // --fix reports what it applies in the text on stdout, where it would
  // corrupt a SARIF log.
  if (Fix && OutputFormat == Format::Sarif && Output.empty())
    return createStringError(inconvertibleErrorCode(),
                             "--fix with --format=sarif needs --output <file>");
  std::vector<std::string> Inputs(Files.begin(), Files.end());
  Inputs.insert(Inputs.end(), ModelFiles.begin(), ModelFiles.end());
  if (!BaselineFile.empty())
    Inputs.push_back(BaselineFile);
  if (Error E = checkOutput("--output", "", Output, Inputs))
    return E;
  // Rewriting the baseline read is allowed: it is read before.
  if (!BaselineFile.empty())
    Inputs.pop_back();
  return checkOutput("--write-baseline", "baseline ", WriteBaselineFile, Inputs);
}

/// What decides which findings are reported: the baseline, --diff,
/// --line-filter.
struct Filters {
  std::optional<Baseline> Accepted;
  std::optional<ChangedLines> Changed;
  std::optional<LineFilter> Lines;
};

static Expected<Filters> loadFilters() {
  Filters F;
  if (!BaselineFile.empty()) {
    auto B = Baseline::load(BaselineFile);
    if (!B)
      return B.takeError();
    F.Accepted = std::move(*B);
  }
  if (!DiffRef.empty()) {
    auto C = ChangedLines::sinceRevision(DiffRef);
    if (!C)
      return createStringError(inconvertibleErrorCode(),
                               "--diff " + DiffRef + ": " + toString(C.takeError()));
    F.Changed = std::move(*C);
  }
  if (LineFilterSpec.getNumOccurrences()) {
    auto L = LineFilter::parse(LineFilterSpec);
    if (!L)
      return L.takeError();
    F.Lines = std::move(*L);
  }
  return std::move(F);
}

/// The findings that the filters let through, and how many they held back.
struct Selection {
  std::vector<const Finding *> Reported;
  unsigned NumReported = 0, NumAccepted = 0;
};

/// Whether --diff and --line-filter let \p F through.
static bool onSelectedLines(const Finding &F, const Filters &Fl) {
  if (F.isFinding() && Fl.Changed && !Fl.Changed->contains(F.Pos.Path, F.Pos.Line))
    return false;
  return !Fl.Lines || Fl.Lines->passes(F);
}

static Selection selectReported(ArrayRef<Finding> All, const Filters &Fl) {
  Selection S;
  for (const Finding &F : All) {
    if (!onSelectedLines(F, Fl))
      continue;
    if (F.isFinding() && Fl.Accepted && Fl.Accepted->contains(F.Fingerprint)) {
      ++S.NumAccepted;
      continue;
    }
    S.NumReported += F.isFinding();
    S.Reported.push_back(&F);
  }
  return S;
}

static Error writeSarifOutput(ArrayRef<const Finding *> Reported,
                              StringRef Root) {
  SarifOptions SO;
  SO.SourceRoot = Root.str();
  SO.Category = SarifCategory;
  SO.MaxResults = SarifMaxResults;
  SO.MaxLocationsPerResult = SarifMaxLocations;
  StringRef Out = Output.empty() ? StringRef("-") : StringRef(Output);
  Error E = writeToOutput(Out, [&](raw_ostream &OS) {
    writeSarif(OS, Reported, SO);
    return Error::success();
  });
  if (!E)
    return Error::success();
  std::error_code EC = errorToErrorCode(std::move(E));
  return createStringError(EC, "cannot write '" + Output + "': " + EC.message());
}

static void printSummary(const Selection &S, size_t NumFiles, bool Baselined) {
  if (Quiet)
    return;
  errs() << "aliaslint: " << S.NumReported
         << (S.NumReported == 1 ? " finding" : " findings") << " in "
         << NumFiles << (NumFiles == 1 ? " file" : " files");
  if (Baselined)
    errs() << " (" << S.NumAccepted << " more in the baseline)";
  errs() << "\n";
}

/// Says what failed and turns the run into its exit status (docs/cli.md).
static int exitStatus(ArrayRef<FileResult> Results, ArrayRef<std::string> Files,
                      const Selection &S) {
  unsigned NumFailed = 0, NumTimedOut = 0;
  bool BadConfig = false;
  std::string FailedList;
  for (size_t I = 0; I < Files.size(); ++I) {
    BadConfig |= Results[I].BadConfig;
    NumTimedOut += Results[I].TimedOut;
    if (Results[I].Failed)
      FailedList += (NumFailed++ ? ", " : "") + Files[I];
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
    return clangTidyExitStatus(S.Reported, BadConfig || NumTimedOut);
  if (BadConfig)
    return 2;
  if (NumTimedOut)
    return 3;
  if (!WriteBaselineFile.empty())
    return 0;
  return S.NumReported ? 1 : 0;
}

/// After an interrupt: what the analysed files (a prefix of Files) found,
/// unless it was printed as they were done; no SARIF log or baseline,
/// which must not be left incomplete. Exit 130.
static int reportInterrupted(ArrayRef<FileResult> Results, size_t NumFiles,
                             const TidyConfig &Cfg, const Filters &Fl,
                             bool Streamed, bool Text, StringRef Root) {
  size_t NumAnalysed = 0;
  while (NumAnalysed < Results.size() && Results[NumAnalysed].Analysed)
    ++NumAnalysed;
  if (!Streamed && Text) {
    SourceCache Sources;
    std::vector<Finding> Found =
        collectFindings(Results.take_front(NumAnalysed), Root, Sources);
    printText(selectReported(Found, Fl).Reported, Cfg);
  }
  outs().flush();
  errs() << "aliaslint: interrupted: " << NumAnalysed << " of " << NumFiles
         << (NumFiles == 1 ? " file" : " files") << " analysed"
         << (Text ? "; the findings above are theirs" : "")
         << "; no SARIF log or baseline written\n";
  return InterruptedExitStatus;
}

/// Analyses the files and reports: the run proper, once the inputs are
/// known to be good.
static int analyse(const tooling::CompilationDatabase &DB,
                   ArrayRef<std::string> Files, const TidyConfig &Cfg,
                   const Filters &Fl) {
  if (TimeoutSeconds && !timeoutSupported())
    return fail("--timeout is not supported on this platform");
  // Only here: the runner is what reads the flag between files.
  installInterruptHandler();
  unsigned NJobs = Jobs ? Jobs : hardware_concurrency().compute_thread_count();
  bool DrawProgress = ShowProgress == ProgressMode::Always ||
                      (ShowProgress == ProgressMode::Auto &&
                       sys::Process::StandardErrIsDisplayed());
  std::string Root = sourceRoot();
  bool ToFile = !Output.empty() && Output != "-";
  // Text unless the SARIF log is what stdout carries.
  bool Text = OutputFormat == Format::Text || ToFile;
  // Printed as each file is done, except with --fix (two files' fix-its in
  // one header would be applied one after the other to an edited file) and
  // --baseline (fingerprints rank identical findings across all files).
  bool Stream = Text && !Fix && BaselineFile.empty() && !TimeoutSeconds;
  CacheSettings CS;
  CS.Dir = settingOrEnv(CacheDir, CacheDir.getNumOccurrences(),
                        "ALIASLINT_CACHE_DIR");
  CS.Redis = settingOrEnv(CacheRedis, CacheRedis.getNumOccurrences(),
                          "ALIASLINT_CACHE_REDIS");
  std::unique_ptr<ResultCache> Cache = ResultCache::create(CS, Cfg);
  Progress P(Files.size(), DrawProgress, Root);
  TextStream TS(
      Files.size(), Root, P,
      [&](const Finding &F) { return onSelectedLines(F, Fl); },
      [&](ArrayRef<const Finding *> Fs) { printText(Fs, Cfg); });
  // With --timeout, files run in child processes (Timeout.h): printed at
  // the end, and not looked up in the cache.
  std::vector<FileResult> Results =
      TimeoutSeconds
          ? runFilesWithTimeout(DB, Files, Cfg, NJobs, TimeoutSeconds, P)
          : runFiles(DB, Files, Cfg, NJobs, P, [&](size_t I, const FileResult &R) {
              if (Stream)
                TS.fileDone(I, R);
            }, Cache.get());
  P.finish();
  if (CacheStats)
    Cache ? Cache->printStats(errs()) : void(errs() << "aliaslint: cache: off\n");
  if (interrupted())
    return reportInterrupted(Results, Files.size(), Cfg, Fl, Stream, Text, Root);

  SourceCache Sources;
  std::vector<Finding> All = collectFindings(Results, Root, Sources);
  if (!WriteBaselineFile.empty())
    if (Error E = writeBaseline(WriteBaselineFile, All))
      return fail(toString(std::move(E)));
  Selection S = selectReported(All, Fl);
  if (OutputFormat == Format::Sarif)
    if (Error E = writeSarifOutput(S.Reported, Root))
      return fail(toString(std::move(E)));
  if (Text && !Stream)
    printText(S.Reported, Cfg);
  outs().flush();
  // Before the summary, as the files' own errors are.
  for (size_t I = 0; I < Files.size(); ++I)
    if (Results[I].TimedOut)
      fail(timeoutMessage(Files[I], TimeoutSeconds));
  // After the findings, which they may explain (a misspelt name finds none).
  if (WarnUnusedModelEntries)
    reportUnusedModelEntries(errs());
  printSummary(S, Files.size(), Fl.Accepted.has_value());
  return exitStatus(Results, Files, S);
}

int main(int argc, const char **argv) {
  InitLLVM X(argc, argv);
  (void)AliasingModuleAnchorSource;
  // LLVM's own version lines follow: the analysis depends on both.
  llvm::cl::AddExtraVersionPrinter([](llvm::raw_ostream &OS) {
    OS << aliaslint::versionLine() << "\n";
  });
  if (argc > 1 && StringRef(argv[1]) == "merge-sarif")
    return runMergeSarif(argc - 1, argv + 1);
  if (std::optional<int> RC = runAsClangTidy(argc, argv))
    return *RC;
  auto Parser = parseCommandLine(
      argc, argv, Category,
      "aliaslint: finds aliasing bugs in C++ array code (libtorch, OpenCV,\n"
      "Eigen, xtensor): writes through views, writes lost in copies.\n\n"
      "  aliaslint merge-sarif [--sarif-category=<id>] OUT IN...\n"
      "merges the SARIF logs of --shard runs into one (docs/cli.md).\n",
      [] { return !Explain.empty() || ListModels; });
  if (!Parser)
    return fail(toString(Parser.takeError()));
  auto Files = selectFiles(*Parser);
  if (!Files)
    return fail(toString(Files.takeError()));
  std::vector<std::string> ModelFiles = modelFiles();
  // Validate user models up front: a bad model is a clear error, exit 2.
  // The checks later get this same parsed model from the cache.
  auto Model = sharedApiModel(ModelFiles);
  if (!Model) {
    errs() << toString(Model.takeError());
    return 2;
  }
  if (!Explain.empty() || ListModels)
    return runExplain(**Model, ListModels, Explain, outs());
  if (DumpProvenance) {
    EngineOptions Opts;
    Opts.VisitsPerBlock = EngineVisitsPerBlock;
    return runDumpProvenance(Parser->getCompilations(), *Files, **Model, Opts);
  }
  if (Error E = checkOutputs(*Files, ModelFiles))
    return fail(toString(std::move(E)));
  auto Cfg = makeConfig(*Files, ModelFiles);
  if (!Cfg)
    return fail(toString(Cfg.takeError()));
  auto Fl = loadFilters();
  if (!Fl)
    return fail(toString(Fl.takeError()));
  return analyse(Parser->getCompilations(), *Files, *Cfg, *Fl);
}
