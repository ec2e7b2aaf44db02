//===- ProvenanceCheck.cpp ------------------------------------------------===//
#include "ProvenanceCheck.h"
#include "Version.h"
#include "Checks.h"
#include "ModelFilesOption.h"
#include "provenance/MentionsArrays.h"
#include "provenance/ModelCache.h"
#include "provenance/Reach.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/DebugCounter.h"
#include <atomic>
#include <set>

using namespace clang;
using namespace clang::ast_matchers;
using namespace aliaslint;

ProvenanceCheck::ProvenanceCheck(StringRef Name, tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      ModelFiles(Options.getLocalOrGlobal("ModelFiles", "")),
      MaxFunctionElements(
          Options.getLocalOrGlobal("MaxFunctionElements", 200000u)),
      ModelFileList(
          resolveModelFiles(ModelFiles, Name, Context->getCurrentFile())),
      TidyContext(Context) {
  // A function too large to analyse is mentioned once, by the first enabled
  // aliasing check in name order, not once per check.
  std::optional<StringRef> First;
  for (const CheckInfo &C : RegisteredChecks)
    if (Context->isCheckEnabled(C.Name) && (!First || C.Name < *First))
      First = C.Name;
  ReportsForAll = First == Name;
}

void ProvenanceCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ModelFiles", ModelFiles);
  Options.store(Opts, "MaxFunctionElements", MaxFunctionElements);
  // Read by nothing: --dump-config shows it, and result caches keyed on
  // that output (ctcache, Bazel) see a new aliaslint or a changed model.
  Options.store(Opts, "AliaslintVersion",
                (AliaslintVersion + " models " +
                 modelsHash(ModelFileList))
                    .str());
}

// Counts engines: `clang-tidy -load ... --print-debug-counter` prints it at
// exit (one per TU when the checks agree, test/checks/common/shared-engine.cpp).
// A debug counter rather than a statistic: Debian's LLVM has statistics
// compiled out, counters not.
static llvm::DebugCounter::CounterInfo
    EnginesBuilt("aliaslint-engines-built",
                 "provenance engines built: one per TU when the aliasing "
                 "checks' model and limits agree");

namespace {
/// The engine of the TU being analysed on this thread (clangd analyses
/// several TUs at once, one per thread).
struct SharedEngine {
  const ASTContext *Context = nullptr;
  const ApiModel *Model = nullptr;
  unsigned MaxElements = 0;
  std::shared_ptr<ProvenanceEngine> Engine;
};
SharedEngine &sharedEngine() {
  static thread_local SharedEngine S;
  return S;
}
} // namespace

static std::atomic<bool> ModelErrorsInFiles{false};
void aliaslint::reportModelErrorsInFiles() { ModelErrorsInFiles = true; }

void ProvenanceCheck::registerPPCallbacks(const SourceManager &SM,
                                          Preprocessor *, Preprocessor *) {
  // Before the preprocessor runs, so the error comes first; the main file
  // is known by now.
  if (ModelErrorsInFiles && ReportsForAll)
    reportModelErrors(SM);
}

/// The lines of a model error that say what is wrong ("file:3:7: error:
/// ..."), without the source line and caret printed under each.
static std::string errorLines(llvm::StringRef Text) {
  llvm::SmallVector<llvm::StringRef, 8> Lines;
  Text.split(Lines, '\n', -1, /*KeepEmpty=*/false);
  std::string Out;
  for (llvm::StringRef L : Lines)
    if (L.contains(": error: "))
      Out += (Out.empty() ? "" : "; ") + L.trim().str();
  return Out.empty() ? Text.trim().str() : Out;
}

void ProvenanceCheck::reportModelErrors(const SourceManager &SM) {
  // Each distinct list of files once, for every enabled check: the lead
  // speaks for them all, so the editor shows one error, not eight.
  std::set<std::vector<std::string>> Lists;
  const auto &Options = TidyContext->getOptions().CheckOptions;
  for (const CheckInfo &C : RegisteredChecks)
    if (TidyContext->isCheckEnabled(C.Name))
      Lists.insert(resolveModelFiles(modelFilesValue(Options, C.Name), C.Name,
                                     TidyContext->getCurrentFile()));
  SourceLocation Start = SM.getLocForStartOfFile(SM.getMainFileID());
  for (const std::vector<std::string> &Files : Lists)
    if (auto M = sharedApiModel(Files); !M)
      diag(Start, "the aliasing checks are off: %0", DiagnosticIDs::Error)
          << errorLines(llvm::toString(M.takeError()));
}

void ProvenanceCheck::onStartOfTranslationUnit() {
  // Every check hears of a new TU before any function of it is matched:
  // nothing of the previous TU's AST may be reused.
  Engine.reset();
  Filter.Code.reset();
  sharedEngine() = SharedEngine();
}

namespace {
/// Library code is dropped while matching, so that a library's thousands
/// of template instantiations never reach check(): they cost nothing.
AST_MATCHER_P(FunctionDecl, isUserCode, ProvenanceCheck::UserCodeFilter *,
              Filter) {
  return Filter->isUserCode(Node, Finder->getASTContext());
}
} // namespace

bool ProvenanceCheck::UserCodeFilter::isUserCode(const FunctionDecl &FD,
                                                 const ASTContext &Ctx) {
  if (!Code || SM != &Ctx.getSourceManager()) {
    SM = &Ctx.getSourceManager();
    Code.emplace(*SM, *Model);
  }
  return Code->isUserCode(&FD);
}

// Counts matchers registered: one per TU when the checks agree
// (test/checks/common/shared-engine.cpp).
static llvm::DebugCounter::CounterInfo
    MatchersRegistered("aliaslint-matchers-registered",
                       "function matchers registered: one per TU when the "
                       "aliasing checks' model and limits agree");

namespace {
/// The aliasing checks of one TU that share one matcher: its lead, the
/// first to register, matches every user function once and hands the
/// function's events to each member. Each check matching on its own made
/// every check pay for visiting the library's functions, which with `-I`
/// includes thousands of template instantiations (bench/RESULTS.md).
struct MatchGroup {
  MatchFinder *Finder = nullptr;
  ProvenanceCheck *Lead = nullptr;
  llvm::SmallVector<ProvenanceCheck *, 8> Members;
};
MatchGroup &matchGroup() {
  static thread_local MatchGroup G;
  return G;
}
} // namespace

ProvenanceCheck::~ProvenanceCheck() {
  // The next TU's finder may have this one's address: forget the group.
  MatchGroup &G = matchGroup();
  if (llvm::is_contained(G.Members, this))
    G = MatchGroup();
}

void ProvenanceCheck::registerMatchers(MatchFinder *Finder) {
  if (!loadModel())
    return;
  Filter.Model = Model;
  Filter.Code.reset();
  // Checks that agree on the model and limits share the lead's matcher
  // (and engine); one configured differently matches on its own.
  MatchGroup &G = matchGroup();
  if (G.Finder == Finder && G.Lead && G.Lead->Model == Model &&
      G.Lead->MaxFunctionElements == MaxFunctionElements) {
    G.Members.push_back(this);
    return;
  }
  if (G.Finder != Finder)
    G = MatchGroup{Finder, this, {this}};
  (void)llvm::DebugCounter::shouldExecute(MatchersRegistered); // counts only
  // System headers are dropped first: that test is the cheaper.
  Finder->addMatcher(
      functionDecl(isDefinition(), hasBody(stmt()),
                   unless(isExpansionInSystemHeader()), isUserCode(&Filter))
          .bind("fn"),
      this);
}

bool ProvenanceCheck::loadModel() {
  if (Model || ModelError)
    return Model != nullptr;
  // Shared by every check naming the same files: the engine can be too.
  auto M = sharedApiModel(ModelFileList);
  if (!M) {
    ModelError = true;
    // Model errors end with a newline, as printed on their own.
    configurationDiag("%0") << llvm::StringRef(llvm::toString(M.takeError())).rtrim();
    return false;
  }
  UserModel = *M;
  Model = UserModel.get();
  return true;
}

void ProvenanceCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("fn");
  if (!FD || FD->isDependentContext() || !Model)
    return;
  // After an error the AST has holes (invalid declarations, recovery
  // expressions): no dataflow on it, as UncheckedOptionalAccessCheck.
  if (Result.SourceManager->getDiagnostics().hasUncompilableErrorOccurred())
    return;
  if (!Engine) {
    SharedEngine &S = sharedEngine();
    if (S.Engine && S.Context == Result.Context && S.Model == Model &&
        S.MaxElements == MaxFunctionElements) {
      Engine = S.Engine;
    } else {
      EngineOptions Opts;
      Opts.MaxElements = MaxFunctionElements;
      Engine = std::make_shared<ProvenanceEngine>(*Result.Context, *Model, Opts);
      (void)llvm::DebugCounter::shouldExecute(EnginesBuilt); // counts only
      S = SharedEngine{Result.Context, Model, MaxFunctionElements, Engine};
    }
  }
  // A function with no modelled array in it has no event to find: it costs
  // one scan, not a CFG and a dataflow.
  if (!mentionsModelledArray(*FD, Engine->types()))
    return;
  const FunctionProvenance &FP = Engine->analyze(FD);
  MatchGroup &G = matchGroup();
  if (G.Lead != this) {
    report(FP);
    return;
  }
  for (ProvenanceCheck *M : G.Members) {
    M->Engine = Engine;
    M->report(FP);
  }
}

void ProvenanceCheck::report(const FunctionProvenance &FP) {
  // readAfter's questions are about this function only.
  NamedReads.reset();
  if (!FP.Skipped)
    checkFunction(FP);
  else if (ReportsForAll)
    diag(FP.Function->getLocation(), "function '%0' is not analysed for aliasing: %1",
         DiagnosticIDs::Remark)
        << FP.Function->getQualifiedNameAsString() << FP.SkipReason;
  NamedReads.reset();
}

const Expr *ProvenanceCheck::initializerOf(const ValueDecl *D) {
  if (const auto *VD = dyn_cast_or_null<VarDecl>(D))
    if (!isa<ParmVarDecl>(VD) && VD->hasInit())
      return VD->getInit();
  return nullptr;
}

std::string ProvenanceCheck::sourceText(const Expr *E) {
  const SourceManager &SM = context().getSourceManager();
  CharSourceRange R = CharSourceRange::getTokenRange(E->getSourceRange());
  if (R.getBegin().isMacroID() || R.getEnd().isMacroID())
    return {};
  return Lexer::getSourceText(R, SM, context().getLangOpts()).str();
}

std::optional<FixItHint> ProvenanceCheck::copyFixIt(const ValueDecl *V,
                                                    const LibraryModel *Lib) {
  const auto *VD = dyn_cast_or_null<VarDecl>(V);
  // Only `T v = expr;`: in `T v(a, b)` there is no expression to copy.
  if (!VD || VD->getInitStyle() != VarDecl::CInit || !Lib ||
      Lib->CopySpelling.empty())
    return std::nullopt;
  const Expr *Init = initializerOf(VD);
  if (!Init)
    return std::nullopt;
  // The initialiser as written, without the conversions around it.
  const Expr *E = Init->IgnoreImplicit();
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E);
      CE && CE->getNumArgs() >= 1 && !CE->isListInitialization() &&
      CE->getParenOrBraceRange().isInvalid())
    E = CE->getArg(0)->IgnoreImplicit();
  return copyFixItOf(E, Lib);
}

bool ProvenanceCheck::readAfter(const FunctionProvenance &FP, const Event &W,
                                const ValueDecl *V) {
  if (!NamedReads) {
    NamedReads = std::make_unique<ReachSets>(FP);
    for (unsigned I = 0; I < FP.Events.size(); ++I) {
      const Event &E = FP.Events[I];
      if (!E.Var)
        continue;
      if (E.Kind == EventKind::Create || E.Kind == EventKind::EndOfLifetime)
        NamedReads->addBarrier(I, {E.Var, nullptr});
      else if (E.Kind == EventKind::Read)
        NamedReads->addMatch(I, {E.Var, nullptr});
    }
  }
  return NamedReads->mayReach(W, {V, nullptr});
}

std::optional<FixItHint>
ProvenanceCheck::copyFixItForWrite(const FunctionProvenance &FP, const Event &W,
                                   const ValueDecl *V, const LibraryModel *Lib) {
  if (!readAfter(FP, W, V))
    return std::nullopt;
  // The copy takes every write through `V`, not only this one: each must
  // be read through `V` afterwards (`s.copy_(c); use(s); s.fill_(0);`
  // would lose the fill in the copy).
  for (bool Via : {false, true})
    for (unsigned I : FP.eventsOfWithin(EventKind::Write, V, V, Via))
      if (!readAfter(FP, FP.Events[I], V))
        return std::nullopt;
  return copyFixIt(V, Lib);
}

std::optional<FixItHint> ProvenanceCheck::copyFixItOf(const Expr *E,
                                                      const LibraryModel *Lib) {
  if (!E || !Lib || Lib->CopySpelling.empty())
    return std::nullopt;
  std::string Text = sourceText(E);
  if (Text.empty())
    return std::nullopt;
  std::string Spelled = Lib->CopySpelling;
  size_t Pos = Spelled.find("{0}");
  // A postfix spelling needs an operand that binds tighter than `.`: a
  // call, but not an infix or prefix operator's (`2 * a.transpose()`).
  bool Postfix = Pos == 0;
  const auto *OCE = dyn_cast<CXXOperatorCallExpr>(E);
  bool InfixOperator = OCE && OCE->getOperator() != OO_Call &&
                       OCE->getOperator() != OO_Subscript &&
                       OCE->getOperator() != OO_Arrow;
  if (Postfix && ((!isa<CallExpr>(E) && !isa<DeclRefExpr>(E) &&
                   !isa<MemberExpr>(E) && !isa<ParenExpr>(E)) ||
                  InfixOperator))
    Text = "(" + Text + ")";
  Spelled.replace(Pos, 3, Text);
  return FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(E->getSourceRange()), Spelled);
}

const LibraryModel *ProvenanceCheck::libraryOf(const ValueDecl *D) {
  if (auto M = Engine->types().classify(D->getType()))
    return M->Library;
  return nullptr;
}

std::string ProvenanceCheck::nameOf(const ValueDecl *D) {
  return D && D->getIdentifier() ? D->getName().str() : std::string("<unnamed>");
}
