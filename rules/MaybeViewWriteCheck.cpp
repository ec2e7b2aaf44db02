//===- MaybeViewWriteCheck.cpp --------------------------------------------===//
//
// The result of a maybe-view operation (the model's `result: maybe-view`:
// libtorch `reshape`, `contiguous`, `to`) is a view of its source or a copy,
// depending on the source's layout, dtype or device at run time. Reading it
// is what it is for. Writing it makes the program's behaviour depend on that
// layout, and the code shows which behaviour it relied on:
//   - nothing observes the written result afterwards, while the original is
//     used later or belongs to the caller: the write was meant to reach the
//     original, and is lost whenever a copy was made;
//   - the written result is used afterwards and so is the original: the
//     result was used as a scratch copy, and it is the original whenever no
//     copy was made.
// A write copied back explicitly (`t.copy_(f)`: a later write of the
// original in a statement that reads the result) is right either way.
//
//===----------------------------------------------------------------------===//
#include "MaybeViewWriteCheck.h"
#include "Checks.h"
#include "provenance/ExprUtil.h"
#include "provenance/Reach.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"

using namespace clang;
using namespace aliaslint;

MaybeViewWriteCheck::MaybeViewCall
MaybeViewWriteCheck::findMaybeView(const Expr *E) {
  if (const auto *CE = dyn_cast_or_null<CallExpr>(strip(E));
      CE && !isa<CXXMemberCallExpr>(CE) && !isa<CXXOperatorCallExpr>(CE) &&
      CE->getDirectCallee())
    if (auto M = engine().types().lookupOp(CE->getDirectCallee()))
      if (M->Op->Result == ResultRel::MaybeView)
        return {CE, M->Op, M->Library, qualifiedNameNoArgs(CE->getDirectCallee())};
  for (unsigned Depth = 0; E && Depth < 16; ++Depth) {
    const auto *MCE = dyn_cast<CXXMemberCallExpr>(strip(E));
    if (!MCE)
      return {};
    const Expr *Obj = MCE->getImplicitObjectArgument();
    if (auto M = engine().types().lookupOp(MCE->getMethodDecl(),
                                           Obj ? Obj->getType() : QualType()))
      if (M->Op->Result == ResultRel::MaybeView)
        return {MCE, M->Op, M->Library,
                qualifiedNameNoArgs(MCE->getMethodDecl())};
    E = Obj;
  }
  return {};
}

std::optional<FixItHint>
MaybeViewWriteCheck::aliasFixIt(const MaybeViewCall &MV) {
  const auto *MCE = dyn_cast_or_null<CXXMemberCallExpr>(MV.Call);
  if (!MCE || !MV.Op || MV.Op->Alias.empty())
    return std::nullopt;
  const auto *ME = dyn_cast<MemberExpr>(MCE->getCallee()->IgnoreParens());
  const CXXMethodDecl *MD = MCE->getMethodDecl();
  if (!ME || !MD || !MD->getIdentifier() || ME->getMemberLoc().isMacroID() ||
      ME->hasExplicitTemplateArgs())
    return std::nullopt;
  return FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(ME->getMemberLoc(), ME->getMemberLoc()),
      MV.Op->Alias);
}

/// The original outlives the function: the caller sees its elements (a
/// handle or reference parameter, a member, a global).
static bool outlivesFunction(const ValueDecl *O, TypeClassifier &Types) {
  if (isa<FieldDecl>(O))
    return true;
  const auto *VD = dyn_cast<VarDecl>(O);
  if (!VD)
    return false;
  if (!VD->hasLocalStorage())
    return true;
  if (!isa<ParmVarDecl>(VD))
    return false;
  if (VD->getType()->isReferenceType())
    return true;
  auto T = Types.classify(VD->getType());
  return T && T->Type->Kind == TypeKind::Handle;
}

namespace aliaslint::mvw {
/// What may follow a write, for every variable at once (Reach.h): uses of
/// each array's data (reads and escapes) while it holds the same value; and
/// copy-backs, writes of an original in a statement that reads the result.
class LaterUses {
public:
  explicit LaterUses(const FunctionProvenance &FP) : FP(FP), Uses(FP), Back(FP) {}

  bool used(const Event &W, const ValueDecl *D) {
    build();
    return Uses.mayReach(W, {D, nullptr});
  }
  const Event *firstUse(const Event &W, const ValueDecl *D) {
    build();
    return Uses.firstReached(W, {D, nullptr});
  }
  bool copiedBack(const Event &W, const ValueDecl *Result, const ValueDecl *Orig) {
    build();
    return Back.mayReach(W, {Result, Orig});
  }

private:
  void build() {
    if (Built)
      return;
    Built = true;
    for (unsigned I = 0; I < FP.Events.size(); ++I) {
      const Event &E = FP.Events[I];
      if (!E.Var && E.Kind != EventKind::Write)
        continue;
      switch (E.Kind) {
      case EventKind::Read:
        if (!E.MetadataOnly && !isStoreTarget(E))
          Uses.addMatch(I, {E.Var, nullptr});
        break;
      case EventKind::Escape:
        Uses.addMatch(I, {E.Var, nullptr});
        break;
      case EventKind::Create:
      case EventKind::Rebind:
      case EventKind::EndOfLifetime:
        Uses.addBarrier(I, {E.Var, nullptr});
        break;
      case EventKind::Write: {
        const ValueDecl *Target = E.Var ? E.Var : E.Via;
        if (!Target)
          break;
        for (unsigned J : FP.eventsIn(E.FullStmt)) {
          const Event &R = FP.Events[J];
          if (R.Kind == EventKind::Read && R.Var && R.Var != Target && !R.MetadataOnly)
            Back.addMatch(I, {R.Var, Target});
        }
        break;
      }
      }
    }
  }

  /// The read names the array whose element the same statement assigns
  /// (`h(i) = x`, the object of the element access): it reads no element.
  bool isStoreTarget(const Event &R) const {
    for (unsigned J : FP.eventsIn(R.FullStmt)) {
      const Event &W = FP.Events[J];
      if (W.Kind != EventKind::Write || W.How != WriteKind::Element || !W.Assigns ||
          (W.Via != R.Var && W.Var != R.Var))
        continue;
      const Expr *Obj = nullptr;
      if (const auto *OCE = dyn_cast_or_null<CXXOperatorCallExpr>(strip(W.Target));
          OCE && OCE->getNumArgs() > 0)
        Obj = OCE->getArg(0);
      else if (const auto *MCE = dyn_cast_or_null<CXXMemberCallExpr>(strip(W.Target)))
        Obj = MCE->getImplicitObjectArgument();
      if (Obj && strip(Obj) == R.S)
        return true;
    }
    return false;
  }

  const FunctionProvenance &FP;
  bool Built = false;
  ReachSets Uses, Back;
};

/// A write through a maybe-view result: what was written and how the
/// code relied on the result being a view or a copy.
struct WriteThrough {
  const ValueDecl *V = nullptr; ///< null for a temporary
  const Prov *Facts = nullptr;
  const Link *L = nullptr;
  MaybeViewWriteCheck::MaybeViewCall MV;
  bool Direction1 = false; ///< meant to reach the original
  bool Direction2 = false; ///< used as a scratch copy
};
} // namespace aliaslint::mvw

using aliaslint::mvw::LaterUses;
using aliaslint::mvw::WriteThrough;

namespace {
/// Member calls of a function body, not those of its lambdas.
struct CallCollector : RecursiveASTVisitor<CallCollector> {
  std::vector<const CXXMemberCallExpr *> Calls;
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *E) {
    Calls.push_back(E);
    return true;
  }
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
};
} // namespace

void MaybeViewWriteCheck::checkDiscarded(const FunctionProvenance &FP) {
  Stmt *Body = FP.Function->getBody();
  if (!Body)
    return;
  CallCollector Collect;
  Collect.TraverseStmt(Body);
  if (Collect.Calls.empty())
    return;
  std::optional<ParentMap> Parents;
  for (const CXXMemberCallExpr *MCE : Collect.Calls) {
    MaybeViewCall MV = findMaybeView(MCE);
    if (MV.Call != MCE)
      continue;
    // The object is a named array, and nothing in the statement has an
    // effect of its own (`t.to(next++)`): the statement does nothing.
    const Expr *Obj = strip(MCE->getImplicitObjectArgument());
    const ValueDecl *Named = nullptr;
    if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(Obj))
      Named = dyn_cast<VarDecl>(DRE->getDecl());
    else if (const auto *ME = dyn_cast_or_null<MemberExpr>(Obj))
      Named = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!Named || MCE->HasSideEffects(context(), /*IncludePossibleEffects=*/false))
      continue;
    if (!Parents)
      Parents.emplace(Body);
    if (!isDiscarded(*Parents, MCE) || MCE->getBeginLoc().isMacroID())
      continue;
    // `t = t.contiguous();` for a local or by-value variable that may be
    // rebound; a reference or const variable is left to the author.
    std::optional<FixItHint> Fix;
    const auto *VD = dyn_cast<VarDecl>(Named);
    std::string ObjText = sourceText(Obj);
    if (VD && VD->hasLocalStorage() && !VD->getType()->isReferenceType() &&
        !VD->getType().isConstQualified() && !ObjText.empty())
      Fix = FixItHint::CreateInsertion(MCE->getBeginLoc(), ObjText + " = ");
    {
      auto D = diag(MCE->getBeginLoc(),
                    "result of '%0' is discarded: it does not change '%1' in "
                    "place, it returns '%1' itself or a new copy depending on "
                    "its %2 at run time")
               << MV.Name << nameOf(Named) << MV.Op->DependsOn;
      if (Fix)
        D << *Fix;
    }
  }
}

void MaybeViewWriteCheck::checkFunction(const FunctionProvenance &FP) {
  checkDiscarded(FP);
  Fixed.clear();

  std::vector<const Event *> Writes;
  for (const Event &E : FP.Events)
    if (E.Kind == EventKind::Write && E.S)
      Writes.push_back(&E);
  if (Writes.empty())
    return;
  FP.sortInSourceOrder(Writes);

  LaterUses Later(FP);
  llvm::DenseSet<const void *> Reported;
  for (const Event *WP : Writes) {
    const Event &W = *WP;
    // The written result: a named variable, one a written temporary was
    // derived from (`f.slice(0, 0, 2).zero_()`), or the temporary itself
    // (`t.reshape({-1}).add_(1)`: V is null).
    WriteThrough WT;
    WT.V = W.Var;
    WT.Facts = W.Value;
    if (!WT.V && W.Via && W.ViaValue &&
        llvm::any_of(W.ViaValue->Links, [&](const Link &L) {
          return L.R == Rel::MaybeView && L.Must && L.Root != W.Via;
        })) {
      WT.V = W.Via;
      WT.Facts = W.ViaValue;
    }
    if (WT.V && Reported.count(WT.V))
      continue;
    for (const Link &L : WT.Facts->Links) {
      const ValueDecl *O = L.Root.decl();
      if (L.R != Rel::MaybeView || !L.Must || !O || L.Root == WT.V)
        continue;
      // Where the result was made, through the calls on the way (a view of
      // a maybe-view is a maybe-view). Not found when a named variable is
      // on the way (`auto g = f.slice(...)` of `auto f = t.reshape(...)`):
      // whether `f` is used is then another question; not reported.
      WT.MV = findMaybeView(L.Origin);
      if (!WT.MV.Call)
        continue;
      WT.L = &L;
      // A temporary is reported once, however many writes chain on it.
      const void *Key = WT.V ? (const void *)WT.V : (const void *)WT.MV.Call;
      if (Reported.count(Key))
        break;
      if (!judge(FP, W, Later, WT))
        continue;
      Reported.insert(Key);
      report(W, Later, WT);
      break;
    }
  }
}

/// Whether anything observes the written result afterwards: its own value
/// used (`auto y = x.add_(1)`; for a temporary, not merely by the next
/// write of a chain, `x.reshape(s).add_(1).mul_(2)`), the variable read or
/// passed on, or an array it is a view of.
static bool resultUsed(const FunctionProvenance &FP, const Event &W,
                       const WriteThrough &WT, LaterUses &Later) {
  const Link &L = *WT.L;
  bool Used = W.ResultUsed;
  if (!WT.V && Used)
    for (unsigned J : FP.eventsIn(W.FullStmt)) {
      const Event &W2 = FP.Events[J];
      if (W2.Kind == EventKind::Write && !W2.Var && !W2.ResultUsed && W2.Via == W.Via &&
          W2.Value->linkTo(L.Root) && W2.Value->linkTo(L.Root)->R == Rel::MaybeView)
        Used = false;
    }
  if (WT.V && !Used) {
    Used = Later.used(W, WT.V);
    for (const Link &Other : WT.Facts->Links)
      if (!Used && Other.Root != L.Root && Other.Root.decl() && Other.Root != WT.V &&
          (Other.R == Rel::Same || Other.R == Rel::View))
        Used = Later.used(W, Other.Root.decl());
  }
  return Used;
}

bool MaybeViewWriteCheck::judge(const FunctionProvenance &FP, const Event &W,
                                LaterUses &Later, WriteThrough &WT) {
  const Link &L = *WT.L;
  const ValueDecl *O = L.Root.decl();
  bool Used = resultUsed(FP, W, WT, Later);
  if (WT.V && Later.copiedBack(W, WT.V, O))
    return false; // `t.copy_(f)`: right whether `f` was a view or a copy
  // Every written element receives the original's own value (`deep_copy(h,
  // d)` refreshing a mirror): when the result is the original, nothing
  // changes; either way the write is right.
  if (W.Assigns && W.SourceValue && W.SourceValue->Copies.empty() &&
      W.SourceValue->Links.size() == 1 && W.SourceValue->Links[0].Root == L.Root &&
      W.SourceValue->Links[0].R == Rel::Same && W.SourceValue->Links[0].Must)
    return false;
  bool OrigUsed = Later.used(W, O);
  WT.Direction1 = !Used && (OrigUsed || outlivesFunction(O, engine().types()));
  WT.Direction2 = Used && OrigUsed;
  return WT.Direction1 || WT.Direction2;
}

void MaybeViewWriteCheck::report(const Event &W, LaterUses &Later,
                                 const WriteThrough &WT) {
  const Link &L = *WT.L;
  const ValueDecl *O = L.Root.decl(), *V = WT.V;
  const MaybeViewCall &MV = WT.MV;
  std::string Through = V ? "'" + nameOf(V) + "'" : "the result of '" + MV.Name + "'";
  std::optional<FixItHint> Fix;
  if (WT.Direction1) {
    if (!Fixed.count(MV.Call))
      Fix = aliasFixIt(MV);
    if (Fix)
      Fixed.insert(MV.Call);
    auto D = diag(W.S->getBeginLoc(),
                  "write through %0 reaches '%1' only if '%2' returned a "
                  "view of it: when the %4 makes it copy, '%1' is NOT "
                  "modified and the write is lost%3")
             << Through << nameOf(O) << MV.Name
             << (!MV.Op->Alias.empty()
                     ? "; '" + MV.Op->Alias + "' always returns a view (or fails)"
                     : std::string())
             << MV.Op->DependsOn;
    if (Fix)
      D << *Fix;
  } else {
    // An explicit copy where the result is made: the variable's
    // initialiser, or the maybe-view call itself.
    const Expr *Init = V ? initializerOf(V) : nullptr;
    if (Init && L.Origin &&
        Init->IgnoreImplicit()->getSourceRange() == L.Origin->getSourceRange()) {
      if (!Fixed.count(L.Origin))
        Fix = copyFixIt(V, MV.Library);
      if (Fix)
        Fixed.insert(L.Origin);
    } else if (!V && !Fixed.count(MV.Call)) {
      Fix = copyFixItOf(MV.Call, MV.Library);
      if (Fix)
        Fixed.insert(MV.Call);
    }
    auto D = diag(W.S->getBeginLoc(),
                  "write through %0 also modifies '%1' when '%2' returned "
                  "'%1' itself or a view of it, which depends on its "
                  "%3 at run time; '%1' is used afterwards as if "
                  "unchanged")
             << Through << nameOf(O) << MV.Name << MV.Op->DependsOn;
    if (Fix)
      D << *Fix;
  }
  diag(MV.Call->getExprLoc(),
       "%0 made by '%1' here: a view of '%2' or a copy, depending on its %3",
       DiagnosticIDs::Note)
      << (V ? "'" + nameOf(V) + "'" : std::string("result")) << MV.Name << nameOf(O)
      << MV.Op->DependsOn;
  if (WT.Direction2)
    if (const Event *U = Later.firstUse(W, O); U && U->S)
      diag(U->S->getBeginLoc(), "'%0' is used here, after the write", DiagnosticIDs::Note)
          << nameOf(O);
}

ALIASING_CHECK_FACTORY(MaybeViewWriteCheck)
