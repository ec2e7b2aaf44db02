//===- StaleSnapshotCheck.cpp ---------------------------------------------===//
//
// The mirror image of write-through-view: a snapshot `S` (a second handle,
// a view or a lazy expression of an array `R`) is made, `R` is then
// written, and `S` is read after the write. Three questions per pair
// {S, R}, each one backward pass over the CFG for all pairs (Reach.h):
//   1. from the snapshot's creation, a certain write of R's storage that is
//      not through S, on a path where neither S nor R is made anew, rebound,
//      ended, or given maybe-fresh storage (a reallocating output);
//   2. from that write, a read of S's elements, on a path where S is not
//      made anew, rebound or ended;
//   3. the same, where the statement also reads R or a handle of R.
// A lazy expression read after its operand changed is reported on (2): it
// is never meant to follow the operand. A handle or a view is reported on
// (3) or when its name says "old value" (SnapshotNames); reading a view
// after writing its array is what views are for. Reads inside test
// assertions do not count (the check that the write reached the alias).
//
//===----------------------------------------------------------------------===//
#include "StaleSnapshotCheck.h"
#include "Checks.h"
#include "provenance/Reach.h"
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

namespace aliaslint {
/// The snapshots of a function and the questions asked about them.
struct StaleSnapshotQuestions {
  using Key = ReachSets::Key;
  /// One snapshot: the event that makes `S` share `R`, and how.
  struct Snapshot {
    const Event *Made;
    const ValueDecl *S;
    const ValueDecl *R;
    const Link *L;
  };
  explicit StaleSnapshotQuestions(const FunctionProvenance &FP)
      : AnyWrite(FP), WholeWrite(FP), Reads(FP), Together(FP) {}
  std::vector<Snapshot> Snaps;
  llvm::DenseSet<Key> Pairs; ///< {S, R}
  /// The pairs read in one statement somewhere (question 3 may hold).
  llvm::DenseSet<Key> ReadTogether;
  llvm::DenseMap<const ValueDecl *, llvm::SmallVector<const ValueDecl *, 2>> RootsOf;
  /// 1. Writes of R after the snapshot: any certain one (for handles and
  /// lazy expressions, which cover all of R), or one of all of R (for
  /// views, which may not overlap a written part).
  ReachSets AnyWrite, WholeWrite;
  /// 2 and 3. Reads of the snapshot after the write; with R in the statement.
  ReachSets Reads, Together;
};
} // namespace aliaslint

using Key = StaleSnapshotQuestions::Key;
using Snapshot = StaleSnapshotQuestions::Snapshot;

namespace {
bool isHandleOf(const Event &E, const ValueDecl *R) {
  const Link *L = E.Value ? E.Value->linkTo(R) : nullptr;
  return L && L->R == Rel::Same && L->Must;
}

/// The snapshots: a local made or rebound to share another array.
void collectSnapshots(const FunctionProvenance &FP, StaleSnapshotQuestions &Q) {
  for (const Event &E : FP.Events) {
    if ((E.Kind != EventKind::Create && E.Kind != EventKind::Rebind) || !E.Var ||
        !E.Value || !E.S)
      continue;
    const auto *VD = dyn_cast<VarDecl>(E.Var);
    if (!VD || isa<ParmVarDecl>(VD) || VD->getType()->isReferenceType())
      continue; // a reference is the original under another name, knowingly
    for (const Link &L : E.Value->Links) {
      const ValueDecl *R = L.Root.decl();
      if (!R || R == E.Var || !L.Must ||
          (L.R != Rel::Same && L.R != Rel::View && L.R != Rel::Lazy))
        continue;
      Q.Snaps.push_back({&E, E.Var, R, &L});
      if (Q.Pairs.insert({E.Var, R}).second)
        Q.RootsOf[E.Var].push_back(R);
    }
  }
}

constexpr EventKind Renewals[] = {EventKind::Create, EventKind::Rebind,
                                  EventKind::EndOfLifetime};

/// Question 1 for the pairs asked. Only R's events within the snapshot's
/// lifetime can answer it (FunctionProvenance::eventsOfWithin): many
/// snapshots of one array then cost their scopes, not the function each.
void addWriteQuestions(const FunctionProvenance &FP, StaleSnapshotQuestions &Q,
                       const llvm::DenseSet<Key> &Asked) {
  for (const Key &P : Asked) {
    const auto *S = static_cast<const ValueDecl *>(P.first);
    const auto *R = static_cast<const ValueDecl *>(P.second);
    // A write of the original itself, or of a temporary derived from it
    // (`cur.row(0).setTo(..)`). Not through another alias: a view of the
    // snapshot (`r = normed.row(i); r /= ..`) links to R as well, and that
    // is write-through-view's bug told the other way round.
    for (bool Via : {false, true})
      for (unsigned I : FP.eventsOfWithin(EventKind::Write, R, S, Via)) {
        const Event &W = FP.Events[I];
        if (!W.Value)
          continue;
        for (const Link &L : W.Value->Links) {
          if (L.Root.decl() != R)
            continue;
          if (!L.Must) {
            // Maybe written, and R's handle maybe fresh afterwards (an
            // output that may be reallocated): S may no longer share it.
            if (!Via) {
              Q.AnyWrite.addBarrier(I, P);
              Q.WholeWrite.addBarrier(I, P);
            }
            continue;
          }
          Q.AnyWrite.addMatch(I, P);
          if (L.R == Rel::Same)
            Q.WholeWrite.addMatch(I, P);
        }
      }
    // S made anew, rebound or ended; R made anew or rebound: the name now
    // denotes other storage.
    for (EventKind K : Renewals) {
      for (unsigned I : FP.eventsOf(K, S)) {
        Q.AnyWrite.addBarrier(I, P);
        Q.WholeWrite.addBarrier(I, P);
      }
      for (unsigned I : FP.eventsOfWithin(K, R, S)) {
        Q.AnyWrite.addBarrier(I, P);
        Q.WholeWrite.addBarrier(I, P);
      }
    }
  }
}
} // namespace

void StaleSnapshotCheck::addReadQuestions(const FunctionProvenance &FP,
                                          StaleSnapshotQuestions &Q) {
  // Question 3 is asked only of the snapshot pairs: one question per pair
  // of any two arrays would make the bit sets quadratic in the locals.
  for (unsigned I = 0; I < FP.Events.size(); ++I) {
    const Event &E = FP.Events[I];
    if (E.Kind != EventKind::Read || !E.Var || E.MetadataOnly ||
        !Q.RootsOf.count(E.Var) || inAssertion(E.S))
      continue;
    Q.Reads.addMatch(I, {E.Var, nullptr});
    for (unsigned J : FP.eventsIn(E.FullStmt)) {
      const Event &R2 = FP.Events[J];
      if (R2.Kind != EventKind::Read || !R2.Var || R2.Var == E.Var || R2.MetadataOnly)
        continue;
      if (Q.Pairs.count({E.Var, R2.Var})) {
        Q.Together.addMatch(I, {E.Var, R2.Var});
        Q.ReadTogether.insert({E.Var, R2.Var});
      }
      if (R2.Value)
        for (const Link &L : R2.Value->Links)
          if (const ValueDecl *R = L.Root.decl();
              R && R != R2.Var && Q.Pairs.count({E.Var, R}) && isHandleOf(R2, R)) {
            Q.Together.addMatch(I, {E.Var, R});
            Q.ReadTogether.insert({E.Var, R});
          }
    }
  }
  for (const auto &[S, Roots] : Q.RootsOf)
    for (EventKind K : Renewals)
      for (unsigned I : FP.eventsOf(K, S)) {
        Q.Reads.addBarrier(I, {S, nullptr});
        for (const ValueDecl *R : Roots)
          Q.Together.addBarrier(I, {S, R});
      }
}

void StaleSnapshotCheck::checkFunction(const FunctionProvenance &FP) {
  StaleSnapshotQuestions Q(FP);
  collectSnapshots(FP, Q);
  if (Q.Snaps.empty())
    return;
  addReadQuestions(FP, Q);
  // Question 1 only where a report can follow: a snapshot read with its
  // original somewhere, or one reported on any later read (lazy, named
  // like an old value, Strict). The others would cost a question each.
  llvm::DenseSet<Key> Asked;
  for (const Snapshot &Sn : Q.Snaps)
    if (Q.ReadTogether.count({Sn.S, Sn.R}) || Sn.L->R == Rel::Lazy || Strict ||
        SnapshotRegex.match(nameOf(Sn.S)))
      Asked.insert({Sn.S, Sn.R});
  addWriteQuestions(FP, Q, Asked);

  // Snapshots in source order: the first made is the one reported.
  const SourceManager &SM = context().getSourceManager();
  llvm::sort(Q.Snaps, [&](const Snapshot &A, const Snapshot &B) {
    SourceLocation LA = A.Made->S->getBeginLoc(), LB = B.Made->S->getBeginLoc();
    if (LA != LB)
      return SM.isBeforeInTranslationUnit(LA, LB);
    return A.Made < B.Made;
  });
  llvm::DenseSet<const ValueDecl *> Reported;
  for (const Snapshot &Sn : Q.Snaps) {
    if (Reported.count(Sn.S))
      continue;
    Key P{Sn.S, Sn.R};
    ReachSets &Writes = Sn.L->R == Rel::View ? Q.WholeWrite : Q.AnyWrite;
    if (!Writes.mayReach(*Sn.Made, P))
      continue;
    const Event *W = Writes.firstReached(*Sn.Made, P);
    if (!W)
      continue;
    bool Named = SnapshotRegex.match(nameOf(Sn.S));
    const Event *Read = nullptr;
    bool WithOriginal = false;
    if (Q.Together.mayReach(*W, P)) {
      Read = Q.Together.firstReached(*W, P);
      WithOriginal = Read != nullptr;
    }
    if (!Read && (Sn.L->R == Rel::Lazy || Named || Strict) &&
        Q.Reads.mayReach(*W, {Sn.S, nullptr}))
      Read = Q.Reads.firstReached(*W, {Sn.S, nullptr});
    if (!Read)
      continue;
    Reported.insert(Sn.S);
    report(*Sn.Made, Sn.S, Sn.R, *Sn.L, *W, *Read, WithOriginal);
  }
}

void StaleSnapshotCheck::report(const Event &Made, const ValueDecl *S,
                                const ValueDecl *R, const Link &L, const Event &W,
                                const Event &Read, bool WithOriginal) {
  std::string How =
      L.R == Rel::Lazy ? "a lazy expression that reads it when evaluated"
      : L.R == Rel::View
          ? "a view of it" + (L.Op.empty() ? std::string() : " created by '" + L.Op + "'")
          : "a second handle to its data";
  const LibraryModel *Lib = L.Library ? L.Library : libraryOf(S);
  if (!Lib)
    Lib = libraryOf(R);
  std::optional<FixItHint> Fix;
  SourceLocation At;
  if (Made.Kind == EventKind::Create) {
    At = S->getLocation();
    Fix = copyFixIt(S, Lib);
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
    auto D = diag(At, "'%0' does not keep the old value of '%1': it is %2, and "
                      "'%1' is written before '%0' is read")
             << nameOf(S) << nameOf(R) << How;
    if (Fix)
      D << *Fix;
  }
  if (W.Op.empty())
    diag(W.S->getBeginLoc(), "'%0' is written here", DiagnosticIDs::Note) << nameOf(R);
  else
    diag(W.S->getBeginLoc(), "'%0' is written here by '%1'", DiagnosticIDs::Note)
        << nameOf(R) << W.Op;
  diag(Read.S->getBeginLoc(),
       WithOriginal ? "'%0' is read here together with '%1', as if it held the old value"
                    : "'%0' is read here, as if it held the old value",
       DiagnosticIDs::Note)
      << nameOf(S) << nameOf(R);
}

ALIASING_CHECK_FACTORY(StaleSnapshotCheck)
