//===- Lifetimes.cpp - Temporaries, borrowing, and the end of lifetimes ---===//
//
// A view or lazy expression that refers to an owning array by reference (or
// by a raw pointer into its elements) does not keep it alive. The engine
// gives materialised temporaries roots of their own, records on each link
// whether the value borrows its root, and when a root's lifetime ends (a
// temporary at the end of its full-expression, a local at the end of its
// scope) marks every value still borrowing it as expired. "A view used
// after what it refers to is gone" is then a plain query over events.
//
//===----------------------------------------------------------------------===//
#include "provenance/ExprUtil.h"
#include "provenance/FunctionAnalysis.h"

using namespace clang;
using namespace aliaslint;

void FunctionAnalysis::setVar(const ValueDecl *D, const Prov &V) {
  for (const Link &L : V.Links)
    if (L.Borrows && BorrowerSeen.insert({L.Root.opaque(), D}).second)
      Borrowers[L.Root.opaque()].push_back(D);
  Cur->set(D, Pool.intern(V));
}

Prov FunctionAnalysis::materializeTemporary(const MaterializeTemporaryExpr *M,
                                            Prov V) {
  // Only an owning array can be borrowed: a temporary handle shares
  // reference-counted storage, a temporary view or expression is nested by
  // value into whatever is made of it.
  auto T = Types.classify(M->getType());
  if (!T || T->Type->Kind != TypeKind::Owning)
    return V;
  RootRef Root;
  switch (M->getStorageDuration()) {
  case SD_FullExpression:
    Root = RootRef(M);
    if (!llvm::is_contained(Temporaries, M))
      Temporaries.push_back(M);
    break;
  case SD_Automatic:
    // Extended by a local reference (`const MatrixXd &r = make();`): the
    // temporary is that variable's array, and dies with it.
    if (const auto *VD = dyn_cast_or_null<VarDecl>(M->getExtendingDecl()))
      Root = VD;
    break;
  default: // static or thread storage: never ends within the function
    break;
  }
  if (Root && !V.linkTo(Root))
    V.Links.push_back(Link{Root, Rel::Same, true, nullptr, {}, nullptr});
  return V;
}

Holding FunctionAnalysis::holdingOf(const Expr *E, const LibraryModel *Lib) {
  const Expr *S = strip(E);
  auto T = S ? Types.classify(S->getType()) : std::nullopt;
  if (!T || T->Type->Kind != TypeKind::Owning)
    return Holding::Shares;
  if (Lib && Lib->RvalueOperandsByValue && !S->isLValue())
    return Holding::Adopts;
  return Holding::Borrows;
}

void FunctionAnalysis::expire(RootRef R, const Stmt *At) {
  auto It = Borrowers.find(R.opaque());
  if (It == Borrowers.end())
    return;
  llvm::SmallVector<std::pair<const ValueDecl *, Prov>, 4> Dangling;
  for (const ValueDecl *D : It->second) {
    const Prov *V = Cur->lookup(D);
    const Link *L = V ? V->linkTo(R) : nullptr;
    if (!L || !L->Borrows || L->Expired || D == R.decl())
      continue;
    Prov P = *V;
    for (Link &PL : P.Links)
      if (PL.Root == R)
        PL.Expired = At;
    Dangling.push_back({D, std::move(P)});
  }
  for (auto &[D, P] : Dangling)
    Cur->set(D, Pool.intern(P));
  const MaterializeTemporaryExpr *Temp = R.temporary();
  if (!Temp || Dangling.empty())
    return; // a local's end is recorded by transferLifetimeEnd
  if (Event *Ev = emit(EventKind::EndOfLifetime, At, Temp, ownStorage(R)))
    Ev->Var = nullptr;
}

/// The root dies when the function returns: a temporary, a local, or a
/// parameter that owns its elements (a by-value `Eigen::MatrixXd`). A
/// by-value handle parameter shares the caller's storage, which lives on.
static bool diesAtReturn(RootRef R, TypeClassifier &Types) {
  if (R.temporary())
    return true;
  const auto *VD = dyn_cast_or_null<VarDecl>(R.decl());
  if (!VD || !VD->hasLocalStorage() || VD->getType()->isReferenceType())
    return false;
  if (isa<ParmVarDecl>(VD)) {
    auto T = Types.classify(VD->getType());
    return T && T->Type->Kind == TypeKind::Owning;
  }
  return true;
}

Prov FunctionAnalysis::expireAtReturn(Prov V, const Stmt *At) {
  for (Link &L : V.Links)
    if (L.Borrows && !L.Expired && diesAtReturn(L.Root, Types))
      L.Expired = At;
  return V;
}

void FunctionAnalysis::expireTemporaries(const Stmt *At) {
  // Swapped out first: emitting may evaluate nothing, but keep the list
  // stable while it is walked.
  llvm::SmallVector<const MaterializeTemporaryExpr *, 4> Ending;
  Ending.swap(Temporaries);
  for (const MaterializeTemporaryExpr *M : Ending)
    expire(RootRef(M), At);
}
