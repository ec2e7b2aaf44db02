//===- StaleSnapshotCheck.cpp ---------------------------------------------===//
//
// The mirror image of write-through-view: a snapshot `S` (a second handle,
// a view or a lazy expression of an array `R`) is made, `R` is then
// written, and `S` is read after the write. One forward search per
// snapshot, all in one pass (Sequences.h):
//   1. from the snapshot's creation, a certain write of R's storage that is
//      not through S, on a path where neither S nor R is made anew, rebound,
//      ended, or given maybe-fresh storage (a reallocating output);
//   2. then a read of S's elements, on a path where S is not made anew,
//      rebound or ended: either any read, or one where the statement also
//      reads R or a handle of R, with R not made anew since the write.
// A lazy expression read after its operand changed is reported on any read:
// it is never meant to follow the operand. A handle or a view is reported
// on a read together with R, or on any read when its name says "old value"
// (SnapshotNames); reading a view
// after writing its array is what views are for. Reads inside test
// assertions do not count (the check that the write reached the alias).
//
//===----------------------------------------------------------------------===//
#include "StaleSnapshotCheck.h"
#include "Checks.h"
#include "provenance/Sequences.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"

using namespace clang;
using namespace aliaslint;

static const char DefaultSnapshotNames[] =
    "(^|_)(copy|cpy|backup|bak|orig|original|saved|save|old|prev|previous|"
    "before|snapshot|snap|last|initial|baseline)([0-9]*)($|_)|"
    "^(prev|old|last|orig|saved|before|initial)[A-Z0-9]";

static const char DefaultAssertionMacros[] =
    "^(EXPECT_|ASSERT_|CHECK|DCHECK|REQUIRE|TORCH_CHECK|TORCH_INTERNAL_ASSERT|"
    "CV_Assert|CV_DbgAssert|BOOST_CHECK|BOOST_REQUIRE|assert$)";

StaleSnapshotCheck::StaleSnapshotCheck(StringRef Name, tidy::ClangTidyContext *Context)
    : ProvenanceCheck(Name, Context), Strict(Options.get("Strict", false)),
      SnapshotNames(Options.get("SnapshotNames", DefaultSnapshotNames)),
      SnapshotRegex(SnapshotNames),
      AssertionMacros(Options.get("AssertionMacros", DefaultAssertionMacros)),
      AssertionRegex(AssertionMacros) {
  std::string Err;
  if (!SnapshotRegex.isValid(Err)) {
    configurationDiag("invalid regular expression in option SnapshotNames '%0': %1")
        << SnapshotNames << Err;
    SnapshotRegex = llvm::Regex(DefaultSnapshotNames);
  }
  if (!AssertionRegex.isValid(Err)) {
    configurationDiag("invalid regular expression in option AssertionMacros '%0': %1")
        << AssertionMacros << Err;
    AssertionRegex = llvm::Regex(DefaultAssertionMacros);
  }
}

void StaleSnapshotCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  ProvenanceCheck::storeOptions(Opts);
  Options.store(Opts, "Strict", Strict);
  Options.store(Opts, "SnapshotNames", SnapshotNames);
  Options.store(Opts, "AssertionMacros", AssertionMacros);
}

bool StaleSnapshotCheck::inAssertion(const Stmt *S) {
  if (!S)
    return false;
  const SourceManager &SM = context().getSourceManager();
  const LangOptions &LO = context().getLangOpts();
  SourceLocation L = S->getBeginLoc();
  for (unsigned Depth = 0; L.isMacroID() && Depth < 16; ++Depth) {
    StringRef Name = Lexer::getImmediateMacroName(L, SM, LO);
    if (!Name.empty() && AssertionRegex.match(Name))
      return true;
    L = SM.getImmediateMacroCallerLoc(L);
  }
  return false;
}

bool StaleSnapshotCheck::inLoop(const Stmt *S) {
  ASTContext &Ctx = context();
  DynTypedNode N = DynTypedNode::create(*S);
  for (unsigned Depth = 0; Depth < 64; ++Depth) {
    auto Parents = Ctx.getParents(N);
    if (Parents.empty())
      return false;
    N = Parents[0];
    if (N.get<ForStmt>() || N.get<WhileStmt>() || N.get<DoStmt>() ||
        N.get<CXXForRangeStmt>())
      return true;
    // Up to the function (or a lambda's) boundary, through declarations.
    if (const auto *D = N.get<Decl>(); D && !isa<VarDecl>(D))
      return false;
  }
  return false;
}

namespace aliaslint {
/// One snapshot: the event that makes `S` share `R`, and how.
struct StaleSnapshot {
  const Event *Made;
  const ValueDecl *S;
  const ValueDecl *R;
  const Link *L;
  /// Reported on any read after the write (lazy, named like an old value,
  /// Strict), not only on one together with R.
  bool AnyRead = false;
  /// S is a container R's handle was stored into (`S.push_back(R)`).
  bool Contained = false;
  unsigned Search = ~0u;
};

/// The snapshots of a function and what its events are to them.
struct StaleSnapshotQuestions {
  using Snapshot = StaleSnapshot;
  std::vector<Snapshot> Snaps;
  llvm::DenseSet<std::pair<const ValueDecl *, const ValueDecl *>> Pairs; ///< {S, R}
  /// The pairs read in one statement somewhere (a report may follow).
  llvm::DenseSet<std::pair<const ValueDecl *, const ValueDecl *>> ReadTogether;
  /// Per read of a snapshot's elements (not in an assertion): the originals
  /// of that snapshot read in the same statement (maybe none).
  llvm::DenseMap<unsigned, llvm::SmallVector<const ValueDecl *, 2>> Reads;
};
} // namespace aliaslint

using Snapshot = StaleSnapshotQuestions::Snapshot;
using Step = SequenceSearch::Step;

namespace {
/// The kinds of match of the second event: a read together with the
/// original (preferred in a report), or any read.
enum MatchKind : unsigned { ReadWithOriginal, AnyReadOfSnapshot };

/// The variable whose elements a read reads: the array, or the container
/// an element is read from (`history[i]`).
const ValueDecl *readOf(const Event &E) {
  return E.Kind != EventKind::Read ? nullptr : E.Var ? E.Var : E.Container;
}

/// Whether the event makes `D` anew, rebinds or ends it; for a container,
/// replaces or removes its elements (`clear()`) or declares it.
bool renews(const Event &E, const ValueDecl *D) {
  bool Kind = E.Kind == EventKind::Create || E.Kind == EventKind::Rebind ||
              E.Kind == EventKind::EndOfLifetime;
  return Kind && (E.Var == D || (!E.Var && E.Container == D));
}

bool isHandleOf(const Event &E, const ValueDecl *R) {
  const Link *L = E.Value ? E.Value->linkTo(R) : nullptr;
  return L && L->R == Rel::Same && L->Must;
}

/// The snapshots: a local made or rebound to share another array, or a
/// container a handle is stored into (what it then holds shares the
/// handle's storage).
void collectSnapshots(const FunctionProvenance &FP, StaleSnapshotQuestions &Q) {
  for (const Event &E : FP.Events) {
    if (E.Kind == EventKind::Escape && E.Escapes == EscapeKind::Contained &&
        E.Container && E.Value && E.S) {
      const ValueDecl *C = E.Container;
      if (isa<ParmVarDecl>(C) || C->getType()->isReferenceType())
        continue; // the caller's container, read by the caller
      for (const Link &L : E.Value->Links)
        if (const ValueDecl *R = L.Root.decl();
            R && L.Must && (L.R == Rel::Same || L.R == Rel::View)) {
          Q.Snaps.push_back({&E, C, R, &L});
          Q.Snaps.back().Contained = true;
          Q.Pairs.insert({C, R});
        }
      continue;
    }
    if ((E.Kind != EventKind::Create && E.Kind != EventKind::Rebind) || !E.Var ||
        !E.Value || !E.S)
      continue;
    // A local, a global or a member; not a parameter, whose snapshot is the
    // caller's. A reference is the original under another name, knowingly.
    if ((!isa<VarDecl>(E.Var) && !isa<FieldDecl>(E.Var)) || isa<ParmVarDecl>(E.Var) ||
        E.Var->getType()->isReferenceType())
      continue;
    for (const Link &L : E.Value->Links) {
      const ValueDecl *R = L.Root.decl();
      if (!R || R == E.Var || !L.Must ||
          (L.R != Rel::Same && L.R != Rel::View && L.R != Rel::Lazy))
        continue;
      Q.Snaps.push_back({&E, E.Var, R, &L});
      Q.Pairs.insert({E.Var, R});
    }
  }
}

/// Stage 0, looking for a certain write of R's storage after the snapshot:
/// of the original itself, or of a temporary derived from it
/// (`cur.row(0).setTo(..)`). Not through another alias: a view of the
/// snapshot (`r = normed.row(i); r /= ..`) links to R as well, and that is
/// write-through-view's bug told the other way round. The search ends where
/// S or R is made anew, rebound or ended (the name now denotes other
/// storage), or where R is maybe written and maybe fresh afterwards (an
/// output that may be reallocated): S may no longer share it, unless the
/// output `Fits`: in a later call, an output written before the snapshot
/// was made gave R the storage S shares, and the same call with the same
/// arguments writes it in place (`I.convertTo(tmp, CV_32F)` per frame).
Step writeStep(const Snapshot &Sn, const Event &E, bool Fits) {
  if (renews(E, Sn.S) || renews(E, Sn.R))
    return Step::Stop;
  if (E.Kind == EventKind::Create || E.Kind == EventKind::Rebind ||
      E.Kind == EventKind::EndOfLifetime)
    return Step::None;
  if (E.Kind != EventKind::Write || !E.Value)
    return Step::None;
  bool Via = E.Var != Sn.R;
  if (Via && E.Via != Sn.R)
    return Step::None;
  Step Out = Step::None;
  for (const Link &L : E.Value->Links) {
    if (L.Root.decl() != Sn.R)
      continue;
    if (L.Must || (Fits && !Via)) {
      // A view may not overlap the part written: only a write of all of R.
      if (Sn.L->R != Rel::View || L.R == Rel::Same)
        return Step::Advance;
    } else if (!Via) {
      Out = Step::Stop;
    }
  }
  return Out;
}
} // namespace

void StaleSnapshotCheck::collectReads(const FunctionProvenance &FP,
                                      StaleSnapshotQuestions &Q) {
  llvm::DenseSet<const ValueDecl *> Snapshotted;
  for (const Snapshot &Sn : Q.Snaps)
    Snapshotted.insert(Sn.S);
  for (unsigned I = 0; I < FP.Events.size(); ++I) {
    const Event &E = FP.Events[I];
    const ValueDecl *S = readOf(E);
    if (!S || E.MetadataOnly || !Snapshotted.count(S) || inAssertion(E.S))
      continue;
    auto &With = Q.Reads[I];
    auto Together = [&](const ValueDecl *R) {
      if (!Q.Pairs.count({S, R}))
        return;
      With.push_back(R);
      Q.ReadTogether.insert({S, R});
    };
    for (unsigned J : FP.eventsIn(E.FullStmt)) {
      const Event &R2 = FP.Events[J];
      if (R2.Kind != EventKind::Read || !R2.Var || R2.Var == S || R2.MetadataOnly)
        continue;
      Together(R2.Var);
      if (R2.Value)
        for (const Link &L : R2.Value->Links)
          if (const ValueDecl *R = L.Root.decl(); R && R != R2.Var && isHandleOf(R2, R))
            Together(R);
    }
  }
}

void StaleSnapshotCheck::checkFunction(const FunctionProvenance &FP) {
  StaleSnapshotQuestions Q;
  collectSnapshots(FP, Q);
  if (Q.Snaps.empty())
    return;
  collectReads(FP, Q);
  // Searched only where a report can follow: a snapshot read with its
  // original somewhere, or one reported on any later read.
  SequenceSearch Search(FP);
  std::vector<const Snapshot *> ById;
  // By variable: a variable is made a snapshot many times in a loop or a
  // long function, and llvm::Regex is slow.
  llvm::DenseMap<const ValueDecl *, bool> NamedOld;
  auto IsNamedOld = [&](const ValueDecl *S) {
    auto [It, New] = NamedOld.try_emplace(S, false);
    if (New)
      It->second = SnapshotRegex.match(nameOf(S));
    return It->second;
  };
  for (Snapshot &Sn : Q.Snaps) {
    bool AcrossCalls = FP.persistsAcrossCalls(Sn.S) && FP.persistsAcrossCalls(Sn.R);
    // A handle stored into a container in a loop, or in every call of a
    // method into a member: the container is the history of what the
    // handle held, one element per iteration or call.
    Sn.AnyRead = Sn.L->R == Rel::Lazy || Strict || IsNamedOld(Sn.S) ||
                 (Sn.Contained && (AcrossCalls || inLoop(Sn.Made->S)));
    if (!Sn.AnyRead && !Q.ReadTogether.count({Sn.S, Sn.R}))
      continue;
    Sn.Search = Search.startAfter(Sn.Made - FP.Events.data(), AcrossCalls);
    ById.push_back(&Sn);
  }
  // Stage 1, after the write: a read of S's elements, until S is made
  // anew, rebound or ended.
  Search.run([&](unsigned Id, SequenceSearch::Where At,
                 unsigned I) -> SequenceSearch::Outcome {
    const Snapshot &Sn = *ById[Id];
    const Event &E = FP.Events[I];
    if (At.Stage == 0)
      return {writeStep(Sn, E,
                        At.LaterCall && Search.before(I, Sn.Made - FP.Events.data()))};
    if (renews(E, Sn.S))
      return {Step::Stop};
    // R now names other storage: a read with it no longer compares S with
    // the written array, and S may be the one handle left to the result
    // (`kept = c; c.div_(2); c = y; kept + c`).
    if (renews(E, Sn.R) && !Sn.AnyRead)
      return {Step::Stop};
    if (readOf(E) != Sn.S)
      return {};
    auto It = Q.Reads.find(I);
    if (It == Q.Reads.end())
      return {};
    if (llvm::is_contained(It->second, Sn.R))
      return {Step::Found, ReadWithOriginal};
    return Sn.AnyRead ? SequenceSearch::Outcome{Step::Found, AnyReadOfSnapshot}
                      : SequenceSearch::Outcome{};
  });

  // Snapshots in source order: the first made is the one reported.
  const SourceManager &SM = context().getSourceManager();
  llvm::sort(ById, [&](const Snapshot *A, const Snapshot *B) {
    SourceLocation LA = A->Made->S->getBeginLoc(), LB = B->Made->S->getBeginLoc();
    if (LA != LB)
      return SM.isBeforeInTranslationUnit(LA, LB);
    return A->Made < B->Made;
  });
  llvm::DenseSet<const ValueDecl *> Reported;
  for (const Snapshot *Sn : ById) {
    if (Reported.count(Sn->S))
      continue;
    bool WithOriginal = true;
    auto M = Search.found(Sn->Search, ReadWithOriginal);
    if (!M) {
      WithOriginal = false;
      M = Search.found(Sn->Search, AnyReadOfSnapshot);
    }
    if (!M)
      continue;
    Reported.insert(Sn->S);
    report(*Sn, *M, FP, WithOriginal);
  }
}

void StaleSnapshotCheck::report(const StaleSnapshot &Sn, const SequenceSearch::Match &M,
                                const FunctionProvenance &FP, bool WithOriginal) {
  const Event &Made = *Sn.Made, &W = FP.Events[M.First], &Read = FP.Events[M.Second];
  const ValueDecl *S = Sn.S, *R = Sn.R;
  const Link &L = *Sn.L;
  std::string How =
      L.R == Rel::Lazy ? "a lazy expression that reads it when evaluated"
      : L.R == Rel::View
          ? "a view of it" + (L.Op.empty() ? std::string() : " created by '" + L.Op.str().str() + "'")
          : "a second handle to its data";
  How = (Sn.Contained ? "holds " : "is ") + How;
  const LibraryModel *Lib = L.Library ? L.Library : libraryOf(S);
  if (!Lib)
    Lib = libraryOf(R);
  std::optional<FixItHint> Fix;
  SourceLocation At;
  if (Made.Kind == EventKind::Create) {
    At = S->getLocation();
    Fix = copyFixIt(S, Lib);
  } else if (Sn.Contained) {
    // At the store: the element stored should be a copy.
    At = Made.S->getBeginLoc();
    if (Made.Target && !Made.Target->getBeginLoc().isMacroID())
      Fix = copyFixItOf(Made.Target->IgnoreImplicit(), Lib);
  } else {
    At = Made.S->getBeginLoc();
    const Expr *RHS = nullptr;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Made.S);
        Op && Op->getNumArgs() == 2)
      RHS = Op->getArg(1);
    else if (const auto *BO = dyn_cast<BinaryOperator>(Made.S))
      RHS = BO->getRHS();
    if (RHS)
      Fix = copyFixItOf(RHS->IgnoreImplicit(), Lib);
  }
  {
    auto D = diag(At, "'%0' does not keep the old value of '%1': it %2, and "
                      "'%1' is written before '%0' is read")
             << nameOf(S) << nameOf(R) << How;
    if (Fix)
      D << *Fix;
  }
  // Across calls (a member or global snapshot), say which call it is.
  const char *Call = M.FirstLater ? " in the next call" : "";
  if (W.Op.empty())
    diag(W.S->getBeginLoc(), "'%0' is written here%1", DiagnosticIDs::Note)
        << nameOf(R) << Call;
  else
    diag(W.S->getBeginLoc(), "'%0' is written here by '%1'%2", DiagnosticIDs::Note)
        << nameOf(R) << W.Op << Call;
  Call = M.SecondLater ? " in the next call" : "";
  diag(Read.S->getBeginLoc(),
       WithOriginal
           ? "'%0' is read here together with '%1'%2, as if it held the old value"
           : "'%0' is read here%2, as if it held the old value",
       DiagnosticIDs::Note)
      << nameOf(S) << nameOf(R) << Call;
}

ALIASING_CHECK_FACTORY(StaleSnapshotCheck)
