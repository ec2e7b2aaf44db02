//===- LostWriteToCopyCheck.cpp -------------------------------------------===//
#include "LostWriteToCopyCheck.h"
#include "Checks.h"
#include "provenance/ExprUtil.h"
#include "provenance/Reach.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;
using namespace aliaslint;

/// The value is a copy on every path and shares no other array's storage
/// (a temporary's own root is fresh storage, not another array).
static const CopyOf *definiteCopy(const Prov &V, const ValueDecl *Self) {
  for (const Link &L : V.Links)
    if (L.Root != Self && !L.Root.temporary())
      return nullptr;
  for (const CopyOf &C : V.Copies)
    if (C.Must && (!Self || C.Root != Self))
      return &C;
  return nullptr;
}

void LostWriteToCopyCheck::checkFunction(const FunctionProvenance &FP) {
  // Later uses of every array, one reachability question each (Reach.h),
  // built at the first copy written.
  std::optional<ReachSets> Uses;
  for (const Event &W : FP.Events) {
    if (W.Kind != EventKind::Write)
      continue;
    // A write through a temporary that only shares one named variable's
    // storage (`c(r).setTo(0)`, `c.at<float>(0) = 1`, `x.sub_(m).div_(s)`)
    // writes that variable.
    const ValueDecl *Written = W.Var;
    if (!Written && W.Via && !W.Value->Links.empty() &&
        llvm::all_of(W.Value->Links, [&](const Link &L) { return L.Root == W.Via; }))
      Written = W.Via;
    if (!Written) {
      // A temporary copy written in a statement that drops the result.
      if (W.ResultUsed)
        continue;
      if (const CopyOf *C = definiteCopy(*W.Value, nullptr))
        reportTemporary(W, *C);
      continue;
    }
    const auto *VD = dyn_cast<VarDecl>(Written);
    if (!VD || !VD->hasLocalStorage() || isa<ParmVarDecl>(VD) ||
        VD->getType()->isReferenceType() || W.ResultUsed)
      continue;
    const CopyOf *C = definiteCopy(*W.Value, VD);
    if (!C)
      continue;
    // Observed if the copy is read or escapes on some path afterwards,
    // under its own name or through anything sharing it at that point (a
    // handle or view made of it).
    if (!Uses) {
      Uses.emplace(FP);
      for (unsigned I = 0; I < FP.Events.size(); ++I) {
        const Event &E = FP.Events[I];
        if (E.Kind == EventKind::Read || E.Kind == EventKind::Escape)
          for (const Link &L : E.Value->Links)
            if (const ValueDecl *D = L.Root.decl())
              Uses->addMatch(I, {D, nullptr});
        if ((E.Kind == EventKind::Create || E.Kind == EventKind::EndOfLifetime) && E.Var)
          Uses->addBarrier(I, {E.Var, nullptr});
      }
    }
    bool Observed = Uses->mayReach(W, {VD, nullptr});
    if (Observed)
      continue;
    reportNamed(W, VD, *C);
  }
}

std::optional<FixItHint> LostWriteToCopyCheck::putFixIt(const Event &W,
                                                       const CopyOf &C) {
  // `t.index({i}) = v` and `t.index({i}).fill_(v)` -> `t.index_put_({i}, v)`:
  // the write is the one whose target is the index call itself.
  if (!C.IndexCall || C.PutMethod.empty())
    return std::nullopt;
  const auto *Index = dyn_cast<CXXMemberCallExpr>(C.IndexCall);
  if (!Index || Index->getNumArgs() != 1)
    return std::nullopt;
  // Only a write that stores one value into every element it reaches
  // (`= v`, the model's `assigns` operand: `fill_(v)`), not an update.
  const Expr *Value = W.Assigns ? W.Source : nullptr;
  if (!Value || !W.Target || strip(W.Target) != Index)
    return std::nullopt;
  const Expr *Obj = Index->getImplicitObjectArgument();
  // The put method writes the object in place: on a const one it would
  // not compile, and whether to write it is the author's to decide.
  QualType ObjType = Obj->IgnoreImpCasts()->getType();
  if (ObjType->isPointerType())
    ObjType = ObjType->getPointeeType();
  if (ObjType.isConstQualified())
    return std::nullopt;
  std::string ObjText = sourceText(Obj), IdxText = sourceText(Index->getArg(0)),
              ValText = sourceText(Value);
  if (ObjText.empty() || IdxText.empty() || ValText.empty())
    return std::nullopt;
  const auto *ME = dyn_cast<MemberExpr>(Index->getCallee()->IgnoreParens());
  std::string Arrow = ME && ME->isArrow() ? "->" : ".";
  return FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(W.S->getSourceRange()),
      ObjText + Arrow + C.PutMethod.str().str() + "(" + IdxText + ", " + ValText + ")");
}

std::string LostWriteToCopyCheck::copiedName(const CopyOf &C) {
  if (C.Root)
    return nameOf(C.Root);
  // No variable: name the copied expression as written (`channels[c]`).
  if (const auto *MCE = dyn_cast_or_null<CXXMemberCallExpr>(C.Origin))
    if (std::string Text = sourceText(MCE->getImplicitObjectArgument()); !Text.empty())
      return Text;
  return "the original";
}

void LostWriteToCopyCheck::reportTemporary(const Event &W, const CopyOf &C) {
  auto Fix = putFixIt(W, C);
  auto D = diag(W.S->getBeginLoc(),
                "write to a temporary copy of '%0' is lost: '%1'%2 returns a "
                "copy, so '%0' is NOT modified")
           << copiedName(C) << C.Op
           << (C.IndexCall ? " with an advanced (tensor or mask) index" : "");
  if (Fix)
    D << *Fix;
}

void LostWriteToCopyCheck::reportNamed(const Event &W, const ValueDecl *VD,
                                       const CopyOf &C) {
  diag(W.S->getBeginLoc(),
       "write to '%0' is never read: '%0' is a copy of '%1', so '%1' is NOT "
       "modified")
      << nameOf(VD) << copiedName(C);
  if (C.Origin)
    diag(C.Origin->getBeginLoc(), "'%0' is made a copy of '%1' by '%2' here",
         DiagnosticIDs::Note)
        << nameOf(VD) << copiedName(C) << C.Op;
}

ALIASING_CHECK_FACTORY(LostWriteToCopyCheck)
