//===- WriteThroughViewCheck.cpp ------------------------------------------===//
//
// Writing through a view is often the point (an ROI zeroed on purpose), so
// the rule reports only where the code says the author expected a separate
// value: the view named like a copy, the view and the original used together
// after the write, or a by-value handle parameter written through a view.
// `Strict` reports every write through a hidden view followed by a read of
// the original.
//
//===----------------------------------------------------------------------===//
#include "WriteThroughViewCheck.h"
#include "clang/AST/ASTContext.h"

using namespace clang;
using namespace aliaslint;

static const char DefaultCopyLikeNames[] =
    "(^|_)(copy|cpy|tmp|temp|backup|bak|orig|original|saved|save|old|prev|"
    "previous|before|snapshot|snap|work|scratch|clone)([0-9]*)($|_)";

WriteThroughViewCheck::WriteThroughViewCheck(StringRef Name,
                                             tidy::ClangTidyContext *Context)
    : ProvenanceCheck(Name, Context), Strict(Options.get("Strict", false)),
      ByValueHandleParams(Options.get("ByValueHandleParams", true)),
      CopyLikeNames(Options.get("CopyLikeNames", DefaultCopyLikeNames)),
      CopyLikeRegex(CopyLikeNames, llvm::Regex::IgnoreCase) {
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

// Reachability query ids: one per predicate.
static const char LaterReadQuery = 0, ReadWithViewQuery = 0,
                  ReadWithHandleQuery = 0, ViewReadQuery = 0;

namespace {
/// Where an original is "used together" with a view written through: data
/// reads of the original in statements that also read the view, or a
/// second whole handle of the original (`hconcat(feats, normed)`). Found
/// once per function; each view's reads with all its originals are one
/// reachability question (one pass per view, not per view and original),
/// so that the cost does not grow with the number of arrays squared.
class TogetherReads {
public:
  explicit TogetherReads(const FunctionProvenance &FP) : FP(FP) {}

  /// Whether such a read of `Root` with `View` may follow the write `W`
  /// (reads with the view itself only on paths that do not make it anew).
  bool any(const Event &W, const ValueDecl *View, const ValueDecl *Root) {
    return visit(View, Root, [&](const ReachQuery &Q, unsigned Slot) {
      return FP.mayReach(W, Q, Slot) ? &W : nullptr;
    });
  }
  /// The earliest of them in event order, for the note.
  const Event *first(const Event &W, const ValueDecl *View, const ValueDecl *Root) {
    return visit(View, Root, [&](const ReachQuery &Q, unsigned Slot) {
      return FP.firstReached(W, Q, Slot);
    });
  }

  /// The variable read with `Root` in the statement of `R`, a read `first`
  /// returned: the view, or the second handle.
  const ValueDecl *partner(const Event &R, const ValueDecl *View,
                           const ValueDecl *Root) const {
    for (unsigned J : FP.eventsIn(R.FullStmt)) {
      const Event &R2 = FP.Events[J];
      if (R2.Kind != EventKind::Read || !R2.Var || R2.Var == Root || R2.MetadataOnly)
        continue;
      const Link *Shared = R2.Value.linkTo(Root);
      if (R2.Var == View || (Shared && Shared->R == Rel::Same && Shared->Must))
        return R2.Var;
    }
    return View;
  }

private:
  struct ByView {
    llvm::SmallVector<unsigned, 4> Reads, Slots; ///< reads of a root, its slot
    llvm::DenseMap<const ValueDecl *, unsigned> SlotOf;
  };

  /// Asks `Ask` the two questions (with the view, with a handle) and
  /// keeps the earliest answer.
  template <typename AskFn>
  const Event *visit(const ValueDecl *View, const ValueDecl *Root, AskFn Ask) {
    if (!Indexed)
      index();
    auto True = [](const Event &) { return true; };
    const Event *Best = nullptr;
    auto Keep = [&](const Event *E) {
      if (E && (!Best || E < Best))
        Best = E;
    };
    if (auto V = ReadWith.find(View); V != ReadWith.end())
      if (auto Slot = V->second.SlotOf.find(Root); Slot != V->second.SlotOf.end())
        Keep(Ask(ReachQuery{&ReadWithViewQuery, View, nullptr, View, V->second.Reads,
                            True, V->second.Slots, (unsigned)V->second.SlotOf.size()},
                 Slot->second));
    if (auto H = ReadWithHandle.find(Root); H != ReadWithHandle.end())
      Keep(Ask(ReachQuery{&ReadWithHandleQuery, Root, nullptr, nullptr, H->second, True},
               0));
    return Best;
  }

  void index() {
    Indexed = true;
    for (unsigned I = 0; I < FP.Events.size(); ++I) {
      const Event &R = FP.Events[I];
      if (R.Kind != EventKind::Read || !R.Var || R.MetadataOnly)
        continue;
      for (unsigned J : FP.eventsIn(R.FullStmt)) {
        const Event &R2 = FP.Events[J];
        if (R2.Kind != EventKind::Read || !R2.Var || R2.Var == R.Var || R2.MetadataOnly)
          continue;
        ByView &V = ReadWith[R2.Var];
        V.Reads.push_back(I);
        V.Slots.push_back(V.SlotOf.try_emplace(R.Var, V.SlotOf.size()).first->second);
        const Link *Shared = R2.Value.linkTo(R.Var);
        if (Shared && Shared->R == Rel::Same && Shared->Must)
          ReadWithHandle[R.Var].push_back(I);
      }
    }
  }

  const FunctionProvenance &FP;
  bool Indexed = false;
  llvm::DenseMap<const ValueDecl *, ByView> ReadWith;
  llvm::DenseMap<const ValueDecl *, llvm::SmallVector<unsigned, 2>> ReadWithHandle;
};
} // namespace

void WriteThroughViewCheck::checkFunction(const FunctionProvenance &FP) {
  TogetherReads Together(FP);
  llvm::DenseSet<const ValueDecl *> Reported;
  // Writes in source order, so that the first write through a view is the
  // one reported whatever the CFG's block order.
  const SourceManager &SM = context().getSourceManager();
  std::vector<const Event *> Writes;
  for (const Event &E : FP.Events)
    if (E.Kind == EventKind::Write && E.S)
      Writes.push_back(&E);
  llvm::stable_sort(Writes, [&](const Event *A, const Event *B) {
    return SM.isBeforeInTranslationUnit(A->S->getBeginLoc(), B->S->getBeginLoc());
  });
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
    // its library operation) are those its read in this statement saw.
    const Prov *Facts = &W.Value;
    if (!W.Var)
      for (unsigned J : FP.eventsIn(W.FullStmt))
        if (FP.Events[J].Kind == EventKind::Read && FP.Events[J].Var == V)
          Facts = &FP.Events[J].Value;
    // A statement that writes the view while reading the original is an
    // in-place algorithm over both (Gram-Schmidt, elimination): reading
    // them together later is what it is for.
    auto WriteAlsoReads = [&](const ValueDecl *D) {
      for (unsigned J : FP.eventsIn(W.FullStmt))
        if (FP.Events[J].Kind == EventKind::Read && FP.Events[J].Var == D)
          return true;
      return false;
    };
    for (const Link &L : Facts->Links) {
      if (L.Root == V || (L.R != Rel::View && L.R != Rel::Same))
        continue;
      if (!L.Must && !Strict)
        continue;
      const ValueDecl *Orig = L.Root;

      // Reads of the original after the write; "together" when one
      // statement also reads the view.
      bool InPlaceAlgorithm = WriteAlsoReads(Orig);
      // Only the original's elements matter, not its shape (`img.rows`).
      auto IsDataRead = [&](const Event &E) {
        return E.Kind == EventKind::Read && E.Var == Orig && !E.MetadataOnly;
      };
      // Linear-time reachability (one liveness pass per key); the events
      // themselves are looked up only for a report.
      ReachQuery Later{&LaterReadQuery, Orig, nullptr, nullptr,
                       FP.eventsOf(EventKind::Read, Orig), IsDataRead};
      bool AnyLater = FP.mayReach(W, Later);
      bool AnyTogether = AnyLater && !InPlaceAlgorithm && Together.any(W, V, Orig);
      const auto *Param = dyn_cast<ParmVarDecl>(Orig);
      auto OrigType = engine().types().classify(Orig->getType());
      // Only where handle parameters are treated as inputs (OpenCV); in
      // libtorch writing a by-value Tensor in place is the convention.
      // A `const` by-value parameter is the const check's business.
      bool ByValueHandle = ByValueHandleParams && Param && OrigType &&
                           OrigType->Library->ConstIsPromise &&
                           !Param->getType().isConstQualified() &&
                           !Param->getType()->isReferenceType() &&
                           OrigType->Type->Kind == TypeKind::Handle &&
                           L.R == Rel::View;
      bool CopyLike = CopyLikeRegex.match(nameOf(V));
      bool Report = AnyTogether || (CopyLike && AnyLater) || ByValueHandle ||
                    (Strict && AnyLater && viewIsHidden(V, engine().types()));
      if (!Report)
        continue;
      Reported.insert(V);
      const Event *TogetherRead = AnyTogether ? Together.first(W, V, Orig) : nullptr;
      const Event *LaterRead = AnyLater ? FP.firstReached(W, Later) : nullptr;
      const Event *Shown = TogetherRead ? TogetherRead : LaterRead;

      std::string How = L.R == Rel::Same
                            ? "a second handle to the data of '" + nameOf(Orig) + "'"
                            : "a view of '" + nameOf(Orig) + "'" +
                                  (L.Op.empty() ? std::string()
                                                : " created by '" + L.Op + "'");
      // Fix: make the view an explicit copy, when its initialiser made it
      // and the copy is read after the write (else the write would just be
      // lost in the copy).
      const Expr *Init = initializerOf(V);
      auto IsViewRead = [&](const Event &E) {
        return E.Kind == EventKind::Read && E.Var == V;
      };
      bool ViewReadLater = FP.mayReach(
          W, {&ViewReadQuery, V, nullptr, V, FP.eventsOf(EventKind::Read, V), IsViewRead});
      std::optional<FixItHint> Fix;
      if (Init && ViewReadLater &&
          (!L.Origin || L.Origin->IgnoreImplicit() == Init->IgnoreImplicit() ||
           Init->IgnoreImplicit()->getSourceRange() == L.Origin->getSourceRange()))
        Fix = copyFixIt(V, L.Library ? L.Library : libraryOf(V));
      {
        auto D = ByValueHandle && !Shown
                     ? diag(W.S->getBeginLoc(),
                            "write through '%0' modifies the caller's array: '%1' "
                            "is a by-value '%2' parameter, which shares its data, "
                            "and '%0' is %3")
                           << nameOf(V) << nameOf(Orig)
                           << Param->getType().getLocalUnqualifiedType().getAsString(
                                  context().getPrintingPolicy())
                           << How
                     : diag(W.S->getBeginLoc(),
                            "write through '%0' also modifies '%1': '%0' is %2")
                           << nameOf(V) << nameOf(Orig) << How;
        if (Fix)
          D << *Fix;
      }
      SourceLocation Made = L.Origin ? L.Origin->getBeginLoc()
                            : Init   ? Init->getBeginLoc()
                                     : V->getLocation();
      diag(Made, "'%0' is made %1 here", DiagnosticIDs::Note)
          << nameOf(V)
          << (L.R == Rel::Same ? "a handle sharing '" + nameOf(Orig) + "'"
                               : "a view of '" + nameOf(Orig) + "'");
      if (Shown)
        diag(Shown->S->getBeginLoc(),
             TogetherRead ? "'%0' is used together with '%1' here, after the write"
                          : "'%0' is read here, after the write",
             DiagnosticIDs::Note)
            << nameOf(Orig)
            << nameOf(TogetherRead ? Together.partner(*TogetherRead, V, Orig) : V);
      break;
    }
  }
}
