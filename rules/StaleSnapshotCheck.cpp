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

namespace {
using Key = ReachSets::Key;

/// One snapshot: the event that makes `S` share `R`, and how.
struct Snapshot {
  const Event *Made;
  const ValueDecl *S;
  const ValueDecl *R;
  const Link *L;
};

bool isHandleOf(const Event &E, const ValueDecl *R) {
  const Link *L = E.Value ? E.Value->linkTo(R) : nullptr;
  return L && L->R == Rel::Same && L->Must;
}
} // namespace

void StaleSnapshotCheck::checkFunction(const FunctionProvenance &FP) {
  // The snapshots: a local made or rebound to share another array.
  std::vector<Snapshot> Snaps;
  llvm::DenseSet<const ValueDecl *> Roots, Vars;
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
      Snaps.push_back({&E, E.Var, R, &L});
      Roots.insert(R);
      Vars.insert(E.Var);
    }
  }
  if (Snaps.empty())
    return;

  // 1. Writes of R's storage after the snapshot: any certain write (for
  // handles and lazy expressions, which cover all of R), or a certain write
  // of all of R (for views, which may not overlap a written part).
  ReachSets AnyWrite(FP), WholeWrite(FP);
  llvm::DenseSet<Key> Pairs;
  for (const Snapshot &Sn : Snaps)
    Pairs.insert({Sn.S, Sn.R});
  llvm::DenseMap<const ValueDecl *, llvm::SmallVector<const ValueDecl *, 2>> SnapsOf;
  for (const auto &P : Pairs)
    SnapsOf[static_cast<const ValueDecl *>(P.second)].push_back(
        static_cast<const ValueDecl *>(P.first));
  for (unsigned I = 0; I < FP.Events.size(); ++I) {
    const Event &W = FP.Events[I];
    if (W.Kind != EventKind::Write || !W.Value)
      continue;
    for (const Link &L : W.Value->Links) {
      const ValueDecl *R = L.Root.decl();
      if (!R || !Roots.count(R))
        continue;
      for (const ValueDecl *S : SnapsOf.lookup(R)) {
        // A write of the original itself, or of a temporary derived from it
        // (`cur.row(0).setTo(..)`). Not through another alias: a view of the
        // snapshot (`r = normed.row(i); r /= ..`) links to R as well, and
        // that is write-through-view's bug told the other way round.
        if (W.Var != R && W.Via != R)
          continue;
        if (!L.Must) {
          // Maybe written, and R's handle maybe fresh afterwards (an output
          // that may be reallocated): the snapshot may no longer share it.
          if (W.Var == R) {
            AnyWrite.addBarrier(I, {S, R});
            WholeWrite.addBarrier(I, {S, R});
          }
          continue;
        }
        AnyWrite.addMatch(I, {S, R});
        if (L.R == Rel::Same)
          WholeWrite.addMatch(I, {S, R});
      }
    }
  }
  for (const auto &P : Pairs) {
    const auto *S = static_cast<const ValueDecl *>(P.first);
    const auto *R = static_cast<const ValueDecl *>(P.second);
    for (EventKind K : {EventKind::Create, EventKind::Rebind, EventKind::EndOfLifetime}) {
      for (unsigned I : FP.eventsOf(K, S)) {
        AnyWrite.addBarrier(I, P);
        WholeWrite.addBarrier(I, P);
      }
      // R made anew or rebound: the name now denotes other storage.
      for (unsigned I : FP.eventsOf(K, R)) {
        AnyWrite.addBarrier(I, P);
        WholeWrite.addBarrier(I, P);
      }
    }
  }

  // 2 and 3. Reads of the snapshot after the write; with R in the statement.
  // Question (3) is asked only of the snapshot pairs: one question per pair
  // of any two arrays would make the bit sets quadratic in the locals.
  llvm::DenseMap<const ValueDecl *, llvm::SmallVector<const ValueDecl *, 2>> RootsOf;
  for (const auto &P : Pairs)
    RootsOf[static_cast<const ValueDecl *>(P.first)].push_back(
        static_cast<const ValueDecl *>(P.second));
  ReachSets Reads(FP), Together(FP);
  for (unsigned I = 0; I < FP.Events.size(); ++I) {
    const Event &E = FP.Events[I];
    if (E.Kind != EventKind::Read || !E.Var || E.MetadataOnly || !Vars.count(E.Var) ||
        inAssertion(E.S))
      continue;
    Reads.addMatch(I, {E.Var, nullptr});
    for (unsigned J : FP.eventsIn(E.FullStmt)) {
      const Event &R2 = FP.Events[J];
      if (R2.Kind != EventKind::Read || !R2.Var || R2.Var == E.Var || R2.MetadataOnly)
        continue;
      if (Pairs.count({E.Var, R2.Var}))
        Together.addMatch(I, {E.Var, R2.Var});
      if (R2.Value)
        for (const Link &L : R2.Value->Links)
          if (const ValueDecl *R = L.Root.decl();
              R && R != R2.Var && Pairs.count({E.Var, R}) && isHandleOf(R2, R))
            Together.addMatch(I, {E.Var, R});
    }
  }
  for (const ValueDecl *S : Vars)
    for (EventKind K : {EventKind::Create, EventKind::Rebind, EventKind::EndOfLifetime})
      for (unsigned I : FP.eventsOf(K, S)) {
        Reads.addBarrier(I, {S, nullptr});
        for (const ValueDecl *R : RootsOf.lookup(S))
          Together.addBarrier(I, {S, R});
      }

  // Snapshots in source order: the first made is the one reported.
  const SourceManager &SM = context().getSourceManager();
  llvm::sort(Snaps, [&](const Snapshot &A, const Snapshot &B) {
    SourceLocation LA = A.Made->S->getBeginLoc(), LB = B.Made->S->getBeginLoc();
    if (LA != LB)
      return SM.isBeforeInTranslationUnit(LA, LB);
    return A.Made < B.Made;
  });
  llvm::DenseSet<const ValueDecl *> Reported;
  for (const Snapshot &Sn : Snaps) {
    if (Reported.count(Sn.S))
      continue;
    Key P{Sn.S, Sn.R};
    ReachSets &Writes = Sn.L->R == Rel::View ? WholeWrite : AnyWrite;
    if (!Writes.mayReach(*Sn.Made, P))
      continue;
    const Event *W = Writes.firstReached(*Sn.Made, P);
    if (!W)
      continue;
    bool IsLazy = Sn.L->R == Rel::Lazy;
    bool Named = SnapshotRegex.match(nameOf(Sn.S));
    const Event *Read = nullptr;
    bool WithOriginal = false;
    if (Together.mayReach(*W, P)) {
      Read = Together.firstReached(*W, P);
      WithOriginal = Read != nullptr;
    }
    if (!Read && (IsLazy || Named || Strict) && Reads.mayReach(*W, {Sn.S, nullptr}))
      Read = Reads.firstReached(*W, {Sn.S, nullptr});
    if (!Read)
      continue;
    Reported.insert(Sn.S);

    std::string How =
        IsLazy ? "a lazy expression that reads it when evaluated"
        : Sn.L->R == Rel::View
            ? "a view of it" +
                  (Sn.L->Op.empty() ? std::string() : " created by '" + Sn.L->Op + "'")
            : "a second handle to its data";
    const LibraryModel *Lib = Sn.L->Library ? Sn.L->Library : libraryOf(Sn.S);
    if (!Lib)
      Lib = libraryOf(Sn.R);
    std::optional<FixItHint> Fix;
    SourceLocation At;
    if (Sn.Made->Kind == EventKind::Create) {
      At = Sn.S->getLocation();
      Fix = copyFixIt(Sn.S, Lib);
    } else {
      At = Sn.Made->S->getBeginLoc();
      const Expr *RHS = nullptr;
      if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Sn.Made->S);
          Op && Op->getNumArgs() == 2)
        RHS = Op->getArg(1);
      else if (const auto *BO = dyn_cast<BinaryOperator>(Sn.Made->S))
        RHS = BO->getRHS();
      if (RHS)
        Fix = copyFixItOf(RHS->IgnoreImplicit(), Lib);
    }
    {
      auto D = diag(At, "'%0' does not keep the old value of '%1': it is %2, and "
                        "'%1' is written before '%0' is read")
               << nameOf(Sn.S) << nameOf(Sn.R) << How;
      if (Fix)
        D << *Fix;
    }
    if (W->Op.empty())
      diag(W->S->getBeginLoc(), "'%0' is written here", DiagnosticIDs::Note)
          << nameOf(Sn.R);
    else
      diag(W->S->getBeginLoc(), "'%0' is written here by '%1'", DiagnosticIDs::Note)
          << nameOf(Sn.R) << W->Op;
    diag(Read->S->getBeginLoc(),
         WithOriginal ? "'%0' is read here together with '%1', as if it held the old value"
                      : "'%0' is read here, as if it held the old value",
         DiagnosticIDs::Note)
        << nameOf(Sn.S) << nameOf(Sn.R);
  }
}

ALIASING_CHECK_FACTORY(StaleSnapshotCheck)
