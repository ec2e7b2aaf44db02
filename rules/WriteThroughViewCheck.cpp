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
static const char LaterReadQuery = 0, TogetherQuery = 0, ViewReadQuery = 0;

namespace {
/// The reads that may be "used together" ones, found once per function:
/// data reads of a root in statements that also read a given variable, or
/// a second whole handle of the root. The reachability queries ask only
/// these, so that their cost does not grow with every read in the function.
class TogetherCandidates {
public:
  explicit TogetherCandidates(const FunctionProvenance &FP) : FP(FP) {}

  llvm::ArrayRef<unsigned> of(const ValueDecl *View, const ValueDecl *Root) {
    if (!Indexed)
      index();
    auto [It, New] = Cached.try_emplace({View, Root});
    if (New) {
      llvm::append_range(It->second, ReadWith.lookup({View, Root}));
      llvm::append_range(It->second, ReadWithHandle.lookup(Root));
    }
    return It->second;
  }

private:
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
        ReadWith[{R2.Var, R.Var}].push_back(I);
        const Link *Shared = R2.Value.linkTo(R.Var);
        if (Shared && Shared->R == Rel::Same && Shared->Must)
          ReadWithHandle[R.Var].push_back(I);
      }
    }
  }

  using Pair = std::pair<const ValueDecl *, const ValueDecl *>;
  const FunctionProvenance &FP;
  bool Indexed = false;
  llvm::DenseMap<Pair, llvm::SmallVector<unsigned, 2>> ReadWith;
  llvm::DenseMap<const ValueDecl *, llvm::SmallVector<unsigned, 2>> ReadWithHandle;
  llvm::DenseMap<Pair, llvm::SmallVector<unsigned, 4>> Cached;
};
} // namespace

void WriteThroughViewCheck::checkFunction(const FunctionProvenance &FP) {
  TogetherCandidates Candidates(FP);
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
      const Event *LaterRead = nullptr, *Together = nullptr;
      const ValueDecl *TogetherWith = V;
      bool InPlaceAlgorithm = WriteAlsoReads(Orig);
      // Only the original's elements matter, not its shape (`img.rows`).
      auto IsDataRead = [&](const Event &E) {
        return E.Kind == EventKind::Read && E.Var == Orig && !E.MetadataOnly;
      };
      // The statement also reads the view, or a whole second handle to the
      // original (`cv::Mat normed = feats;` ... `hconcat(feats, normed)`).
      auto PartnerIn = [&](const Event &R) -> const ValueDecl * {
        for (unsigned J : FP.eventsIn(R.FullStmt)) {
          const Event &R2 = FP.Events[J];
          if (R2.Kind != EventKind::Read || !R2.Var || R2.Var == Orig ||
              R2.MetadataOnly)
            continue;
          const Link *Shared = R2.Value.linkTo(Orig);
          if (R2.Var == V || (Shared && Shared->R == Rel::Same && Shared->Must))
            return R2.Var;
        }
        return nullptr;
      };
      // Linear-time reachability (one liveness pass per key); the events
      // themselves are looked up only for a report. "Together" paths must
      // not make the view anew (a later loop iteration's view).
      auto IsTogether = [&](const Event &E) { return IsDataRead(E) && PartnerIn(E); };
      ReachQuery Later{&LaterReadQuery, Orig, nullptr, nullptr,
                       FP.eventsOf(EventKind::Read, Orig), IsDataRead};
      bool AnyLater = FP.mayReach(W, Later);
      std::optional<ReachQuery> TogetherQ;
      if (AnyLater && !InPlaceAlgorithm)
        TogetherQ = ReachQuery{&TogetherQuery, V, Orig, V, Candidates.of(V, Orig), IsTogether};
      bool AnyTogether = TogetherQ && FP.mayReach(W, *TogetherQ);
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
      if (AnyTogether) {
        Together = FP.firstReached(W, *TogetherQ);
        TogetherWith = PartnerIn(*Together);
      }
      if (AnyLater)
        LaterRead = FP.firstReached(W, Later);
      const Event *Shown = Together ? Together : LaterRead;

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
             Together ? "'%0' is used together with '%1' here, after the write"
                      : "'%0' is read here, after the write",
             DiagnosticIDs::Note)
            << nameOf(Orig) << nameOf(TogetherWith);
      break;
    }
  }
}
