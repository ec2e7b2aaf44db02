//===- WriteThroughViewCheck.cpp ------------------------------------------===//
//
// Writing through a view is often the point (an ROI zeroed on purpose), so
// the rule reports only where the code says the author expected a separate
// value: the view named like a copy, the view and the original used together
// after the write (the original itself, a whole second handle of it, or a
// second view of the same elements made after the write), or a by-value
// handle parameter written through a view.
// `Strict` reports every write through a hidden view followed by a read of
// the original.
//
//===----------------------------------------------------------------------===//
#include "WriteThroughViewCheck.h"
#include "Checks.h"
#include "ConstWriteThroughViewCheck.h"
#include "provenance/Reach.h"
#include "provenance/Relations.h"
#include "clang/AST/ASTContext.h"

using namespace clang;
using namespace aliaslint;

static const char DefaultCopyLikeNames[] =
    "(^|_)(copy|cpy|tmp|temp|backup|bak|orig|original|saved|save|old|prev|"
    "previous|before|snapshot|snap|work|scratch|clone)([0-9]*)($|_)";

static const char ConstCheckName[] = "aliasing-const-write-through-view";

WriteThroughViewCheck::WriteThroughViewCheck(StringRef Name,
                                             tidy::ClangTidyContext *Context)
    : ProvenanceCheck(Name, Context), Strict(Options.get("Strict", false)),
      ByValueHandleParams(Options.get("ByValueHandleParams", true)),
      CopyLikeNames(Options.get("CopyLikeNames", DefaultCopyLikeNames)),
      CopyLikeRegex(CopyLikeNames, llvm::Regex::IgnoreCase),
      ConstCheckEnabled(Context->isCheckEnabled(ConstCheckName)) {
  auto Extra = Context->getOptions().CheckOptions.find(
      (llvm::Twine(ConstCheckName) + ".ExtraLibraries").str());
  if (Extra != Context->getOptions().CheckOptions.end())
    ConstExtraLibraries = Extra->second.Value;
  std::string Err;
  if (!CopyLikeRegex.isValid(Err)) {
    configurationDiag("invalid regular expression in option CopyLikeNames '%0': %1")
        << CopyLikeNames << Err;
    CopyLikeRegex = llvm::Regex(DefaultCopyLikeNames, llvm::Regex::IgnoreCase);
  }
}

void WriteThroughViewCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  ProvenanceCheck::storeOptions(Opts);
  Options.store(Opts, "Strict", Strict);
  Options.store(Opts, "ByValueHandleParams", ByValueHandleParams);
  Options.store(Opts, "CopyLikeNames", CopyLikeNames);
}

/// The view's sharing is hidden from the reader: `auto` or a handle type,
/// not a reference or a spelled-out view type.
static bool viewIsHidden(const ValueDecl *V, TypeClassifier &Types) {
  QualType T = V->getType();
  if (T->isReferenceType())
    return false;
  if (isa<AutoType>(T.getTypePtr()) || T->getContainedAutoType())
    return true;
  auto M = Types.classify(T);
  return M && M->Type->Kind == TypeKind::Handle;
}

namespace aliaslint::wtv {
/// What may follow a write, for every variable of the function at once
/// (each kind of question is one pass, see Reach.h): data reads of each
/// array; reads of each variable on paths that keep its declaration; and
/// reads of an original "together" with a view: in one statement with the
/// view (on paths that do not make the view anew), or with a second whole
/// handle of the original (`hconcat(feats, normed)`), or with a second view
/// of the same elements made again after the write (see SecondView below).
/// Built on first use.
class LaterReads {
public:
  LaterReads(const FunctionProvenance &FP, ASTContext &Ctx)
      : FP(FP), Ctx(Ctx), Data(FP), WithView(FP), WithHandle(FP),
        MadeAfter(FP), WithSecond(FP) {}

  /// A second view of the same elements as the written view `View` (the
  /// same library operation with the same arguments, evaluated anew: not a
  /// handle copied from it), made after the write, and read in one
  /// statement with `View` while neither is made anew: the author re-derived
  /// "the original" expecting it unchanged (`original - row`). Other views
  /// of the original (`a.row(i) - a.row(j)`, stencils, Gram-Schmidt) and
  /// views made before the write do not count.
  struct SecondView {
    const Event *Read = nullptr; ///< the read of the second view, for the note
    const ValueDecl *Var = nullptr;
  };
  SecondView secondView(const Event &W, const ValueDecl *View, const Link &L,
                        bool WantRead) {
    build();
    SecondView Found;
    auto It = Candidates.find({View, L.Origin});
    if (It == Candidates.end())
      return Found;
    for (unsigned C : It->second) {
      const Event &Made = FP.Events[C];
      if (!MadeAfter.mayReach(W, {&Made, View}) ||
          !WithSecond.mayReach(Made, {Made.Var, L.Origin}))
        continue;
      if (!WantRead)
        return {nullptr, Made.Var};
      const Event *R = WithSecond.firstReached(Made, {Made.Var, L.Origin});
      if (R && (!Found.Read || R < Found.Read))
        Found = {R, Made.Var};
    }
    return Found;
  }

  /// A read of the elements of `Root`.
  bool dataRead(const Event &W, const ValueDecl *Root) {
    build();
    return Data.mayReach(W, {Root, nullptr});
  }
  const Event *firstDataRead(const Event &W, const ValueDecl *Root) {
    build();
    return Data.firstReached(W, {Root, nullptr});
  }
  bool together(const Event &W, const ValueDecl *View, const ValueDecl *Root) {
    build();
    return WithView.mayReach(W, {View, Root}) || WithHandle.mayReach(W, {Root, nullptr});
  }
  /// The earliest "together" read in event order, for the note.
  const Event *firstTogether(const Event &W, const ValueDecl *View,
                             const ValueDecl *Root) {
    build();
    const Event *A = WithView.firstReached(W, {View, Root});
    const Event *B = WithHandle.firstReached(W, {Root, nullptr});
    return !A ? B : !B ? A : std::min(A, B);
  }

  /// The variable read with `Root` in the statement of `R`, a read
  /// firstTogether returned: the view, or the second handle.
  const ValueDecl *partner(const Event &R, const ValueDecl *View,
                           const ValueDecl *Root) const {
    for (unsigned J : FP.eventsIn(R.FullStmt)) {
      const Event &R2 = FP.Events[J];
      if (R2.Kind == EventKind::Read && R2.Var && R2.Var != Root && !R2.MetadataOnly &&
          (R2.Var == View || isHandleOf(R2, Root)))
        return R2.Var;
    }
    return View;
  }

private:
  static bool isHandleOf(const Event &R, const ValueDecl *Root) {
    const Link *Shared = R.Value->linkTo(Root);
    return Shared && Shared->R == Rel::Same && Shared->Must;
  }

  /// The second-view questions: a read `R2` of `Second` in one statement
  /// with a read `E` of the view; keyed by the second view and the origin
  /// of the view's link, so that the view read is the one written.
  void addSecondView(const Event &E, unsigned J, const Event &R2) {
    const ValueDecl *Second = R2.Var;
    for (const Link &LV : E.Value->Links) {
      const Link *LS = R2.Value->linkTo(LV.Root);
      if (!LS || !sameElements(LV, *LS, Ctx))
        continue;
      Key K{Second, LV.Origin};
      WithSecond.addMatch(J, K);
      if (!SecondKeys.insert({E.Var, Second, LV.Origin}).second)
        continue;
      for (EventKind Kd : {EventKind::Create, EventKind::Rebind, EventKind::EndOfLifetime}) {
        for (unsigned B : FP.eventsOf(Kd, Second))
          WithSecond.addBarrier(B, K);
        for (unsigned B : FP.eventsOf(Kd, E.Var))
          WithSecond.addBarrier(B, K);
      }
      // Where the second view may be made: its declarations and rebinds
      // that make it a view of the same elements.
      for (EventKind Kd : {EventKind::Create, EventKind::Rebind})
        for (unsigned C : FP.eventsOf(Kd, Second)) {
          const Link *LC = FP.Events[C].Value->linkTo(LV.Root);
          if (!LC || !sameElements(LV, *LC, Ctx))
            continue;
          Candidates[{E.Var, LV.Origin}].push_back(C);
          Key M{&FP.Events[C], E.Var};
          MadeAfter.addMatch(C, M);
          for (EventKind Kv :
               {EventKind::Create, EventKind::Rebind, EventKind::EndOfLifetime})
            for (unsigned B : FP.eventsOf(Kv, E.Var))
              MadeAfter.addBarrier(B, M);
        }
    }
  }

  void build() {
    if (Built)
      return;
    Built = true;
    llvm::DenseSet<std::pair<const ValueDecl *, const ValueDecl *>> Pairs;
    for (unsigned I = 0; I < FP.Events.size(); ++I) {
      const Event &E = FP.Events[I];
      if (!E.Var || E.Kind != EventKind::Read)
        continue;
      if (E.MetadataOnly)
        continue; // only the shape: not a use of the data
      Data.addMatch(I, {E.Var, nullptr});
      for (unsigned J : FP.eventsIn(E.FullStmt)) {
        const Event &R2 = FP.Events[J];
        if (R2.Kind != EventKind::Read || !R2.Var || R2.Var == E.Var || R2.MetadataOnly)
          continue;
        WithView.addMatch(I, {R2.Var, E.Var});
        Pairs.insert({R2.Var, E.Var});
        if (isHandleOf(R2, E.Var))
          WithHandle.addMatch(I, {E.Var, nullptr});
        addSecondView(E, J, R2);
      }
    }
    for (const auto &[View, Root] : Pairs)
      for (EventKind K : {EventKind::Create, EventKind::EndOfLifetime})
        for (unsigned I : FP.eventsOf(K, View))
          WithView.addBarrier(I, {View, Root});
  }

  using Key = ReachSets::Key;
  const FunctionProvenance &FP;
  ASTContext &Ctx;
  bool Built = false;
  ReachSets Data, WithView, WithHandle;
  /// MadeAfter: {creation of a second view, view}: the creation follows the
  /// write with the view not made anew. WithSecond: {second view, origin of
  /// the view's link}: a read together follows the creation.
  ReachSets MadeAfter, WithSecond;
  llvm::DenseSet<std::tuple<const void *, const void *, const void *>> SecondKeys;
  /// {view, origin of its link}: the events that may make a second view of
  /// the same elements.
  llvm::DenseMap<Key, llvm::SmallVector<unsigned, 2>> Candidates;
};

/// A reported write through a view: the link that makes it one, and the
/// later reads that the notes show.
struct Verdict {
  const ValueDecl *View = nullptr, *Orig = nullptr;
  const Link *L = nullptr;
  bool ByValueHandle = false;
  const Event *TogetherRead = nullptr, *Shown = nullptr;
  LaterReads::SecondView Second;
};
} // namespace aliaslint::wtv

using aliaslint::wtv::LaterReads;

/// Whether a variable initialised with `Init` copies a view made elsewhere
/// (`cv::Mat w = v;`, the view made at `Origin` in v's initialiser).
bool WriteThroughViewCheck::copiesView(const Expr *Init, const Expr *Origin) {
  const Expr *E = Init->IgnoreImplicit();
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E); CE && CE->getNumArgs() == 1)
    E = CE->getArg(0)->IgnoreImplicit();
  return isa<DeclRefExpr>(E->IgnoreParens()) &&
         !context().getSourceManager().isPointWithin(
             Origin->getBeginLoc(), Init->getBeginLoc(), Init->getEndLoc());
}

void WriteThroughViewCheck::checkFunction(const FunctionProvenance &FP) {
  LaterReads Later(FP, context());
  auto ConstExtra = ConstWriteThroughViewCheck::extraLibraries(ConstExtraLibraries);
  llvm::DenseSet<const ValueDecl *> Reported;
  // Writes in source order, so that the first write through a view is the
  // one reported whatever the CFG's block order.
  std::vector<const Event *> Writes;
  for (const Event &E : FP.Events)
    if (E.Kind == EventKind::Write && E.S)
      Writes.push_back(&E);
  FP.sortInSourceOrder(Writes);
  for (const Event *WP : Writes) {
    const Event &W = *WP;
    // The variable written, or the one a written temporary was derived
    // from (`Jt.row(0).setZero()` writes through `Jt`).
    const ValueDecl *V = W.Var ? W.Var : W.Via;
    if (!V || Reported.count(V))
      continue;
    if (V->getType()->isReferenceType())
      continue; // a reference is the original under another name, knowingly
    // Through a temporary, the facts of the variable itself (its creation,
    // its library operation), which the engine records with the write.
    const Prov *Facts = W.Var || !W.ViaValue ? W.Value : W.ViaValue;
    for (const Link &L : Facts->Links) {
      if (L.Root == V || (L.R != Rel::View && L.R != Rel::Same))
        continue;
      if (!L.Must && !Strict)
        continue;
      const ValueDecl *Orig = L.Root.decl();
      if (!Orig) // a temporary: nobody reads it later
        continue;
      // One report per write: the const check says more about a write to
      // a const handle parameter.
      if (ConstCheckEnabled &&
          ConstWriteThroughViewCheck::constParamWritten(L, engine().types(), ConstExtra))
        continue;
      wtv::Verdict Why{V, Orig, &L};
      if (!judge(FP, W, Later, Why))
        continue;
      Reported.insert(V);
      report(FP, W, Later, Why);
      break;
    }
  }
}

/// A statement that writes the view while reading the original is an
/// in-place algorithm over both (Gram-Schmidt, elimination): reading them
/// together later is what it is for.
static bool writeAlsoReads(const FunctionProvenance &FP, const Event &W,
                           const ValueDecl *D) {
  for (unsigned J : FP.eventsIn(W.FullStmt))
    if (FP.Events[J].Kind == EventKind::Read && FP.Events[J].Var == D)
      return true;
  return false;
}

bool WriteThroughViewCheck::judge(const FunctionProvenance &FP, const Event &W,
                                  LaterReads &Later, wtv::Verdict &Why) {
  const ValueDecl *V = Why.View, *Orig = Why.Orig;
  const Link &L = *Why.L;
  // Reads of the original after the write; "together" when one statement
  // also reads the view. Reachability alone decides; the events shown are
  // looked up only for a report.
  bool InPlaceAlgorithm = writeAlsoReads(FP, W, Orig);
  bool AnyLater = Later.dataRead(W, Orig);
  bool AnyTogether = AnyLater && !InPlaceAlgorithm && Later.together(W, V, Orig);
  // A second view of the same elements, made after the write and read with
  // the view: the author re-derived "the original" (`auto original =
  // features.select(0, 0); original - row`).
  LaterReads::SecondView Second;
  if (!InPlaceAlgorithm && L.R == Rel::View)
    Second = Later.secondView(W, V, L, /*WantRead=*/false);
  const auto *Param = dyn_cast<ParmVarDecl>(Orig);
  auto OrigType = engine().types().classify(Orig->getType());
  // Only where handle parameters are treated as inputs (OpenCV); in
  // libtorch writing a by-value Tensor in place is the convention. A
  // `const` by-value parameter is the const check's business.
  Why.ByValueHandle = ByValueHandleParams && Param && OrigType &&
                      OrigType->Library->ConstIsPromise &&
                      !Param->getType().isConstQualified() &&
                      !Param->getType()->isReferenceType() &&
                      OrigType->Type->Kind == TypeKind::Handle && L.R == Rel::View;
  bool CopyLike = CopyLikeRegex.match(nameOf(V));
  bool Report = AnyTogether || Second.Var || (CopyLike && AnyLater) || Why.ByValueHandle ||
                (Strict && AnyLater && viewIsHidden(V, engine().types()));
  if (!Report)
    return false;
  Why.TogetherRead = AnyTogether ? Later.firstTogether(W, V, Orig) : nullptr;
  const Event *LaterRead = AnyLater ? Later.firstDataRead(W, Orig) : nullptr;
  if (Second.Var && !Why.TogetherRead)
    Why.Second = Later.secondView(W, V, L, /*WantRead=*/true);
  Why.Shown = Why.TogetherRead ? Why.TogetherRead
              : Why.Second.Read ? Why.Second.Read
                                : LaterRead;
  return true;
}

void WriteThroughViewCheck::report(const FunctionProvenance &FP, const Event &W,
                                   LaterReads &Later, const wtv::Verdict &Why) {
  const ValueDecl *V = Why.View, *Orig = Why.Orig;
  const Link &L = *Why.L;
  std::string How = L.R == Rel::Same
                        ? "a second handle to the data of '" + nameOf(Orig) + "'"
                        : "a view of '" + nameOf(Orig) + "'" +
                              (L.Op.empty() ? std::string()
                                            : " created by '" + L.Op.str().str() + "'");
  // Fix: make the view an explicit copy, when its initialiser made it and
  // the copy is read after the write (else the write would just be lost in
  // the copy).
  const Expr *Init = initializerOf(V);
  std::optional<FixItHint> Fix;
  if (Init && (!L.Origin || L.Origin->IgnoreImplicit() == Init->IgnoreImplicit() ||
               Init->IgnoreImplicit()->getSourceRange() == L.Origin->getSourceRange()))
    Fix = copyFixItForWrite(FP, W, V, L.Library ? L.Library : libraryOf(V));
  {
    auto D = Why.ByValueHandle && !Why.Shown
                 ? diag(W.S->getBeginLoc(),
                        "write through '%0' modifies the caller's array: '%1' "
                        "is a by-value '%2' parameter, which shares its data, "
                        "and '%0' is %3")
                       << nameOf(V) << nameOf(Orig)
                       << Orig->getType().getLocalUnqualifiedType().getAsString(
                              context().getPrintingPolicy())
                       << How
                 : diag(W.S->getBeginLoc(), "write through '%0' also modifies '%1': '%0' is %2")
                       << nameOf(V) << nameOf(Orig) << How;
    if (Fix)
      D << *Fix;
  }
  reportNotes(Why, Init, Later);
}

void WriteThroughViewCheck::reportNotes(const wtv::Verdict &Why, const Expr *Init,
                                        LaterReads &Later) {
  const ValueDecl *V = Why.View, *Orig = Why.Orig;
  const Link &L = *Why.L;
  // `cv::Mat w = v;` of a view v: w is made a view where it is declared;
  // the view itself was created at v's declaration.
  bool Inherited = L.Origin && Init && copiesView(Init, L.Origin);
  SourceLocation Made = Inherited ? Init->getBeginLoc()
                        : L.Origin ? L.Origin->getBeginLoc()
                        : Init     ? Init->getBeginLoc()
                                   : V->getLocation();
  diag(Made, "'%0' is made %1 here", DiagnosticIDs::Note)
      << nameOf(V)
      << (L.R == Rel::Same ? "a handle sharing '" + nameOf(Orig) + "'"
                           : "a view of '" + nameOf(Orig) + "'");
  if (Inherited)
    diag(L.Origin->getBeginLoc(), "the %0 '%1' is created here", DiagnosticIDs::Note)
        << (L.R == Rel::Same ? "handle sharing" : "view of") << nameOf(Orig);
  const Event *Shown = Why.Shown;
  if (Shown && Shown == Why.Second.Read)
    diag(Shown->S->getBeginLoc(),
         "'%0', a second view of the same elements of '%1', is used "
         "together with '%2' here, after the write",
         DiagnosticIDs::Note)
        << nameOf(Why.Second.Var) << nameOf(Orig) << nameOf(V);
  else if (Shown)
    diag(Shown->S->getBeginLoc(),
         Why.TogetherRead ? "'%0' is used together with '%1' here, after the write"
                          : "'%0' is read here, after the write",
         DiagnosticIDs::Note)
        << nameOf(Orig) << nameOf(Why.TogetherRead ? Later.partner(*Why.TogetherRead, V, Orig) : V);
}

ALIASING_CHECK_FACTORY(WriteThroughViewCheck)
