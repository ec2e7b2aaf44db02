//===- ViewRebindCheck.cpp ------------------------------------------------===//
//
// The rule reads the engine's Rebind events (an assignment to a handle whose
// model says it rebinds): `Prior` is what the handle shared before, `Value`
// what it shares after. Three reports, most certain first:
//   - a temporary handle viewing an array is assigned: nothing is written;
//   - a named local view is rebound while its old elements were never read
//     and the array it viewed is used afterwards (or is the caller's);
//   - a by-value handle parameter that is only ever assigned.
// docs/checks/view-rebind.md gives the reasons for what stays silent.
//
//===----------------------------------------------------------------------===//
#include "ViewRebindCheck.h"
#include "Checks.h"
#include "provenance/ExprUtil.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;
using namespace aliaslint;

namespace {
/// The assignment's operands: `a = b` as a built-in or overloaded operator.
std::pair<const Expr *, const Expr *> operands(const Stmt *S) {
  if (const auto *BO = dyn_cast_or_null<BinaryOperator>(S))
    return {BO->getLHS(), BO->getRHS()};
  if (const auto *OCE = dyn_cast_or_null<CXXOperatorCallExpr>(S);
      OCE && OCE->getNumArgs() == 2)
    return {OCE->getArg(0), OCE->getArg(1)};
  return {nullptr, nullptr};
}

/// The left-hand side is a temporary object (a prvalue materialised for the
/// call of `operator=`): `A.row(i)`, not `v[i]` or a reference result.
bool isTemporaryObject(const Expr *E) {
  while (E) {
    E = E->IgnoreParens();
    if (isa<MaterializeTemporaryExpr>(E))
      return true;
    if (const auto *IC = dyn_cast<ImplicitCastExpr>(E);
        IC && (IC->getCastKind() == CK_NoOp ||
               IC->getCastKind() == CK_DerivedToBase ||
               IC->getCastKind() == CK_UncheckedDerivedToBase)) {
      E = IC->getSubExpr();
      continue;
    }
    return false;
  }
  return false;
}

/// The handle's old value is read as an array (not only its shape), or
/// leaves the function's sight, somewhere in the function while it shares
/// `Root`.
bool oldValueUsed(const FunctionProvenance &FP, const ValueDecl *Var,
                  const ValueDecl *Root) {
  for (EventKind K : {EventKind::Read, EventKind::Escape, EventKind::Write})
    for (unsigned I : FP.eventsOf(K, Var)) {
      const Event &E = FP.Events[I];
      if (E.Kind == EventKind::Read && E.MetadataOnly)
        continue;
      if (E.Value->linkTo(Root))
        return true;
    }
  return false;
}

/// Whether the value is related to `Root` at all: shares it or copies it.
bool mentions(const Prov &V, const ValueDecl *Root) {
  return V.linkTo(Root) ||
         llvm::any_of(V.Copies, [&](const CopyOf &C) { return C.Root == Root; });
}

/// A placeholder followed by `.` or `->` needs an operand that binds
/// tighter than member access.
std::string operand(const Expr *E, std::string Text, bool Postfix) {
  if (!Postfix || isa<ParenExpr>(E->IgnoreImplicit()))
    return Text;
  const Expr *S = strip(E);
  // An overloaded operator binds as its built-in form: only `a[i]` and
  // `f(x)` are postfix (`a + b` is a CallExpr too).
  bool Tight = isa<DeclRefExpr>(S) || isa<MemberExpr>(S) ||
               isa<CXXTemporaryObjectExpr>(S);
  if (const auto *OCE = dyn_cast<CXXOperatorCallExpr>(S))
    Tight = OCE->getOperator() == OO_Subscript || OCE->getOperator() == OO_Call;
  else if (isa<CallExpr>(S))
    Tight = true;
  return Tight ? Text : "(" + Text + ")";
}
} // namespace

std::optional<FixItHint> ViewRebindCheck::copyIntoFixIt(const Event &E) {
  auto [LHS, RHS] = operands(E.S);
  if (!LHS || !RHS)
    return std::nullopt;
  // Only an assignment that is a statement of its own: its value (the
  // rebound handle) is not used.
  const auto *Full = dyn_cast_or_null<Expr>(E.FullStmt);
  if (!Full || strip(Full) != E.S)
    return std::nullopt;
  auto M = engine().types().classify(LHS->getType());
  if (!M || M->Library->CopyIntoSpelling.empty())
    return std::nullopt;
  // Copying into a view of a const parameter would write the caller's
  // const array: what was meant is for the author to decide.
  for (const Link &L : E.Prior->Links)
    if (const auto *P = dyn_cast_or_null<ParmVarDecl>(L.Root.decl()))
      if (P->getType().getNonReferenceType().isConstQualified())
        return std::nullopt;
  std::string Dest = sourceText(LHS), Src = sourceText(RHS);
  if (Dest.empty() || Src.empty())
    return std::nullopt;
  std::string Spelled = M->Library->CopyIntoSpelling;
  // Substitute both placeholders in the template, not in the text already
  // substituted (a `{1}` could appear in source text).
  std::string Out;
  for (size_t I = 0; I < Spelled.size();) {
    if (Spelled.compare(I, 3, "{0}") == 0 || Spelled.compare(I, 3, "{1}") == 0) {
      bool IsDest = Spelled[I + 1] == '0';
      bool Postfix = Spelled.compare(I + 3, 1, ".") == 0 ||
                     Spelled.compare(I + 3, 2, "->") == 0;
      Out += IsDest ? operand(LHS, Dest, Postfix) : operand(RHS, Src, Postfix);
      I += 3;
    } else {
      Out += Spelled[I++];
    }
  }
  return FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(E.S->getSourceRange()), Out);
}

bool ViewRebindCheck::writtenAfter(const FunctionProvenance &FP, const Event &E,
                                   const ValueDecl *V) {
  ReachSets Writes(FP);
  for (EventKind K : {EventKind::Write, EventKind::Create, EventKind::Rebind,
                      EventKind::EndOfLifetime})
    for (unsigned I : FP.eventsOf(K, V)) {
      if (K == EventKind::Write)
        Writes.addMatch(I, {V, nullptr});
      else
        Writes.addBarrier(I, {V, nullptr});
    }
  // Writes through a temporary derived from the handle (`v.slice(..).zero_()`).
  for (unsigned I : FP.eventsOfWithin(EventKind::Write, V, V, /*Via=*/true))
    Writes.addMatch(I, {V, nullptr});
  return Writes.mayReach(E, {V, nullptr});
}

void ViewRebindCheck::checkFunction(const FunctionProvenance &FP) {
  // Later uses of every array (Reach.h), built at the first named view
  // rebound.
  std::optional<ReachSets> Uses;
  for (const Event &E : FP.Events) {
    // A library operation that gives the handle new storage (`release`)
    // is not an assignment that was meant to write.
    if (E.Kind != EventKind::Rebind || !E.Prior || !E.Value || !E.Op.empty())
      continue;
    if (!E.Var) {
      checkTemporary(E);
      continue;
    }
    if (const auto *P = dyn_cast<ParmVarDecl>(E.Var))
      checkByValueParam(FP, E, P);
    else if (const auto *V = dyn_cast<VarDecl>(E.Var))
      checkNamedView(FP, E, V, Uses);
  }
}

void ViewRebindCheck::checkTemporary(const Event &E) {
  // `A.row(i) = B.row(j)`: operator= on a temporary header. Certain: the
  // header is destroyed at the end of the statement and no element of
  // anything is written. Reported when it viewed a named array.
  auto [LHS, RHS] = operands(E.S);
  if (!LHS || !isTemporaryObject(LHS))
    return;
  const ValueDecl *Root = nullptr;
  if (E.Via && E.Prior->linkTo(E.Via))
    Root = E.Via;
  else
    for (const Link &L : E.Prior->Links)
      if (L.Root.decl() && L.Must) {
        Root = L.Root.decl();
        break;
      }
  if (!Root)
    return;
  auto Fix = copyIntoFixIt(E);
  auto D = diag(E.S->getBeginLoc(),
                "assignment to a temporary view of '%0' rebinds the "
                "temporary and writes no element: '%0' is NOT modified")
           << nameOf(Root);
  if (Fix)
    D << *Fix;
}

void ViewRebindCheck::checkNamedView(const FunctionProvenance &FP,
                                     const Event &E, const VarDecl *V,
                                     std::optional<ReachSets> &Uses) {
  // A local view rebound: `cv::Mat roi = img(r); roi = logo;`. Idiomatic
  // reuse of the variable is far more common than the bug, so only when
  // the evidence says the author expected the viewed array to change.
  if (!V->hasLocalStorage() || V->getType()->isReferenceType())
    return;
  const Link *Viewed = nullptr;
  for (const Link &L : E.Prior->Links)
    if (L.Root.decl() && L.Root != V && L.Must && L.R == Rel::View) {
      Viewed = &L;
      break;
    }
  if (!Viewed)
    return;
  const ValueDecl *Root = Viewed->Root.decl();
  // Rebound to another part of the same array, or to something computed
  // from it (`roi = img(r2)`, `s = s.slice(..)`, `roi = img.clone()`).
  if (mentions(*E.Value, Root))
    return;
  // The view was used as a view: read, written, passed on.
  if (oldValueUsed(FP, V, Root))
    return;
  // Whose elements the author expected to change: the caller's (a
  // non-const reference or by-value handle parameter, a member), or an
  // array the function reads afterwards.
  bool CallerSees = isa<FieldDecl>(Root);
  if (const auto *P = dyn_cast<ParmVarDecl>(Root)) {
    QualType T = P->getType();
    CallerSees = !T.getNonReferenceType().isConstQualified() &&
                 (!T->isReferenceType() || T->isLValueReferenceType());
  }
  const Event *LaterUse = nullptr;
  if (!CallerSees) {
    if (!Uses) {
      Uses.emplace(FP);
      for (unsigned I = 0; I < FP.Events.size(); ++I) {
        const Event &U = FP.Events[I];
        if ((U.Kind == EventKind::Read && !U.MetadataOnly) ||
            U.Kind == EventKind::Escape)
          for (const Link &L : U.Value->Links)
            if (const ValueDecl *D = L.Root.decl())
              Uses->addMatch(I, {D, nullptr});
        if ((U.Kind == EventKind::Create || U.Kind == EventKind::EndOfLifetime) &&
            U.Var)
          Uses->addBarrier(I, {U.Var, nullptr});
      }
    }
    if (!Uses->mayReach(E, {Root, nullptr}))
      return;
    LaterUse = Uses->firstReached(E, {Root, nullptr});
  }
  // Copying into the view also keeps the handle on the viewed array, so
  // its later writes would go there instead of into the array assigned:
  // which was meant is for the author to decide.
  std::optional<FixItHint> Fix;
  if (!writtenAfter(FP, E, V))
    Fix = copyIntoFixIt(E);
  {
    auto D = diag(E.S->getBeginLoc(),
                  "assignment rebinds '%0' instead of writing the elements of "
                  "'%1' it views: '%1' is NOT modified")
             << nameOf(V) << nameOf(Root);
    if (Fix)
      D << *Fix;
  }
  if (Viewed->Origin)
    diag(Viewed->Origin->getBeginLoc(), "'%0' is a view of '%1' made by '%2' here",
         DiagnosticIDs::Note)
        << nameOf(V) << nameOf(Root) << Viewed->Op;
  if (LaterUse && LaterUse->S)
    diag(LaterUse->S->getBeginLoc(), "'%0' is used here without the assigned "
                                     "elements",
         DiagnosticIDs::Note)
        << nameOf(Root);
}

void ViewRebindCheck::checkByValueParam(const FunctionProvenance &FP,
                                        const Event &E, const ParmVarDecl *P) {
  // `void f(cv::Mat out) { out = x; }`: an output taken by value. Only a
  // parameter that is never read as an array (its shape may be): one that
  // is read is an input the function reuses as a local.
  if (P->getType()->isReferenceType() || !P->getIdentifier())
    return;
  auto M = engine().types().classify(P->getType());
  if (!M || M->Type->Kind != TypeKind::Handle)
    return;
  const Link *Own = E.Prior->linkTo(P);
  if (!Own || !Own->Must || Own->R != Rel::Same)
    return;
  for (EventKind K : {EventKind::Read, EventKind::Escape, EventKind::Write})
    for (unsigned I : FP.eventsOf(K, P)) {
      const Event &U = FP.Events[I];
      if (!(U.Kind == EventKind::Read && U.MetadataOnly))
        return;
    }
  diag(E.S->getBeginLoc(),
       "assignment to by-value parameter '%0' rebinds the local handle: the "
       "caller's array is NOT modified")
      << nameOf(P);
  diag(P->getLocation(), "'%0' is taken by value here; take it by reference "
                         "to return a result through it",
       DiagnosticIDs::Note)
      << nameOf(P);
}

ALIASING_CHECK_FACTORY(ViewRebindCheck)
