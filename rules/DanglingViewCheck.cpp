//===- DanglingViewCheck.cpp ----------------------------------------------===//
#include "DanglingViewCheck.h"
#include "Checks.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;
using namespace aliaslint;

/// A link that refers to its root without keeping it alive, on every path.
static bool borrowsOnEveryPath(const Link &L) {
  return L.Borrows && L.Must && L.R != Rel::Same;
}

namespace {
/// Counts a function's return statements (not those of its lambdas).
struct ReturnCounter : RecursiveASTVisitor<ReturnCounter> {
  unsigned N = 0;
  bool VisitReturnStmt(ReturnStmt *) {
    ++N;
    return true;
  }
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
};
} // namespace

void DanglingViewCheck::checkFunction(const FunctionProvenance &FP) {
  // One report per view and per return: the first use after its array is
  // gone, in CFG order.
  llvm::DenseSet<const ValueDecl *> Reported;
  for (const Event &E : FP.Events) {
    bool Use = (E.Kind == EventKind::Read && !E.MetadataOnly) ||
               E.Kind == EventKind::Write;
    if (Use && E.Var && !Reported.count(E.Var)) {
      for (const Link &L : E.Value->Links)
        if (borrowsOnEveryPath(L) && L.Expired) {
          Reported.insert(E.Var);
          reportUse(E, L);
          break;
        }
      continue;
    }
    if (E.Kind == EventKind::Escape && E.Escapes == EscapeKind::Returned)
      for (const Link &L : E.Value->Links)
        if (borrowsOnEveryPath(L) && L.Expired) {
          reportReturn(E, L, FP);
          break;
        }
  }
}

std::string DanglingViewCheck::describeRoot(RootRef R) {
  if (const MaterializeTemporaryExpr *T = R.temporary()) {
    std::string Text = sourceText(T->getSubExpr()->IgnoreImplicit());
    if (Text.empty() || Text.size() > 40)
      return "a temporary";
    return "the temporary '" + Text + "'";
  }
  if (isa<ParmVarDecl>(R.decl()))
    return "parameter '" + nameOf(R.decl()) + "'";
  return "'" + nameOf(R.decl()) + "'";
}

void DanglingViewCheck::reportUse(const Event &Use, const Link &L) {
  const ValueDecl *View = Use.Var;
  bool Temporary = L.Root.temporary();
  SourceLocation At = L.Origin ? L.Origin->getBeginLoc() : View->getLocation();
  // `auto` hides the view; an explicit copy makes the variable own its
  // elements (`auto e = (A * make()).eval();`), and is what the author
  // meant when nothing is written through it.
  std::optional<FixItHint> Fix;
  const auto *VD = dyn_cast<VarDecl>(View);
  if (VD && VD->getType()->getContainedAutoType() &&
      !VD->getType()->isReferenceType() && initializerOf(VD) && L.Origin &&
      initializerOf(VD)->IgnoreImplicit()->getSourceRange() ==
          L.Origin->getSourceRange())
    Fix = copyFixIt(VD, L.Library);
  {
    auto D = diag(At, "'%0' refers to %1 through '%2', which is destroyed at "
                      "the end of %3; '%0' is used after that")
             << nameOf(View) << describeRoot(L.Root) << L.Op
             << (Temporary ? "the full-expression" : "its scope");
    if (Fix)
      D << *Fix;
  }
  diag(L.Expired->getEndLoc(), Temporary ? "the temporary is destroyed here"
                                         : "'%0' is destroyed here",
       DiagnosticIDs::Note)
      << (Temporary ? std::string() : nameOf(L.Root.decl()));
  diag(Use.S->getBeginLoc(), "'%0' is used here", DiagnosticIDs::Note)
      << nameOf(View);
}

void DanglingViewCheck::reportReturn(const Event &Ret, const Link &L,
                                     const FunctionProvenance &FP) {
  const auto *RS = dyn_cast<ReturnStmt>(Ret.S);
  const Expr *RV = RS ? RS->getRetValue() : nullptr;
  if (!RV)
    return;
  bool Temporary = L.Root.temporary();
  // `.eval()` on the returned expression: with a deduced return type the
  // function then returns the owning array. Only with one return
  // statement, so that deduction stays consistent.
  std::optional<FixItHint> Fix;
  const FunctionDecl *FD = FP.Function;
  ReturnCounter Returns;
  Returns.TraverseStmt(FD->getBody());
  QualType Declared = FD->getDeclaredReturnType();
  bool Deduced = Declared->getContainedAutoType() && !Declared->isReferenceType() &&
                 Returns.N == 1;
  // A handle's copy has the handle's type (`.clone()`): safe in any return.
  auto Returned = engine().types().classify(RV->getType());
  bool HandleCopy = Returned && Returned->Type->Kind == TypeKind::Handle;
  if (Deduced || HandleCopy)
    Fix = copyFixItOf(RV->IgnoreImplicit(), L.Library);
  {
    auto D = diag(RV->getBeginLoc(),
                  "returned %0 refers to %1 through '%2', which is destroyed "
                  "%3")
             << (L.R == Rel::Lazy ? "lazy expression" : "view")
             << describeRoot(L.Root) << L.Op
             << (Temporary ? "at the end of the full-expression"
                           : "when the function returns");
    if (Fix)
      D << *Fix;
  }
  if (!Temporary)
    diag(L.Root.decl()->getLocation(), "'%0' is declared here", DiagnosticIDs::Note)
        << nameOf(L.Root.decl());
}

ALIASING_CHECK_FACTORY(DanglingViewCheck)
