//===- OverlappingAssignmentCheck.cpp -------------------------------------===//
//
// A query over write events: an assignment (`=`, `+=`, ...) whose
// destination and right-hand side share a root, where the right-hand side
// reads that root at other positions than the destination writes
// (Link::Access, from the model's `access` keys), and the library evaluates
// the right-hand side straight into the destination (no `assign-lazy:
// temporary` on the destination's type, or an `access: direct` destination
// such as noalias()).
//
//===----------------------------------------------------------------------===//
#include "OverlappingAssignmentCheck.h"
#include "BlockOverlap.h"
#include "Checks.h"
#include "provenance/ExprUtil.h"
#include "provenance/TypeClassifier.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;
using namespace aliaslint;

struct OverlappingAssignmentCheck::Finding {
  const Link *Dst = nullptr;    ///< the destination's link to the root
  const Link *Src = nullptr;    ///< the right-hand side's link to it
  const Link *Direct = nullptr; ///< the destination's noalias() link, if any
  uint8_t Reads = 0;            ///< the access that makes it overlap
};

/// Whether a type has a compile-time extent of 1 among its first two
/// integer template arguments (Eigen's Matrix<double, -1, 1>, Block<X, 1,
/// -1>, xt::xtensor<double, 1>): a vector, whose transposition reads the
/// coefficient it writes (Eigen's check_for_aliasing skips vectors too).
static bool isCompileTimeVector(QualType T) {
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(RD);
  if (!Spec)
    return false;
  unsigned Seen = 0;
  for (const TemplateArgument &A : Spec->getTemplateArgs().asArray()) {
    if (A.getKind() != TemplateArgument::Integral ||
        A.getIntegralType()->isBooleanType() ||
        A.getIntegralType()->isEnumeralType())
      continue;
    if (A.getAsIntegral() == 1)
      return true;
    if (++Seen == 2)
      break;
  }
  return false;
}

/// The array a view-making call is made of: its object, else its first
/// argument (`c.noalias()`, `xt::noalias(a)`).
static const Expr *objectOf(const Expr *Call) {
  if (const auto *MCE = dyn_cast_or_null<CXXMemberCallExpr>(Call))
    return MCE->getImplicitObjectArgument();
  if (const auto *CE = dyn_cast_or_null<CallExpr>(Call))
    if (CE->getNumArgs() >= 1)
      return CE->getArg(0);
  return nullptr;
}

/// Whether `E` refers to the variable `D`.
static bool mentions(const Stmt *E, const ValueDecl *D) {
  if (!E)
    return false;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E); DRE && DRE->getDecl() == D)
    return true;
  for (const Stmt *C : E->children())
    if (mentions(C, D))
      return true;
  return false;
}

/// The outermost call in `E` over `Root` whose model access (its result
/// type's or its own) has one of `Bits`: the operation that reads the root
/// at other positions (`a.transpose()` in `2 * a.transpose()`).
static const CallExpr *readingCall(const Stmt *E, uint8_t Bits,
                                   const ValueDecl *Root, TypeClassifier &Types) {
  if (!E)
    return nullptr;
  if (const auto *CE = dyn_cast<CallExpr>(E)) {
    uint8_t A = 0;
    if (auto T = Types.classify(CE->getType()))
      A |= T->Type->Access;
    const auto *MCE = dyn_cast<CXXMemberCallExpr>(CE);
    if (auto Op = Types.lookupOp(
            CE->getDirectCallee(),
            MCE ? MCE->getImplicitObjectArgument()->getType() : QualType()))
      A |= Op->Op->Access;
    if ((A & Bits) && mentions(CE, Root))
      return CE;
  }
  for (const Stmt *C : E->children())
    if (const CallExpr *R = readingCall(C, Bits, Root, Types))
      return R;
  return nullptr;
}

/// A shifted two-dimensional block read transposed or reversed (not both)
/// that reads coefficients already overwritten (BlockTraversal.h).
static bool mappedBlocksOverlap(BlockOverlap &Blocks, uint8_t Diff,
                                const CallExpr *Dst, const CallExpr *Src) {
  if (Diff != AccessTransposed && Diff != AccessReversed)
    return false;
  return Blocks.readsMappedOverwritten(Dst, Src,
                                       Diff == AccessTransposed ? BlockMapping::Transposed
                                                                : BlockMapping::Reversed);
}

static std::string readsText(uint8_t A) {
  if (A & AccessProduct)
    return "as a product operand";
  if (A & AccessMixed)
    return "at other positions";
  if ((A & AccessTransposed) && (A & AccessReversed))
    return "transposed and reversed";
  if (A & AccessTransposed)
    return "transposed";
  if (A & AccessReversed)
    return "reversed";
  if (A & AccessBlock)
    return "at shifted positions";
  return "at other positions";
}

void OverlappingAssignmentCheck::checkFunction(const FunctionProvenance &FP) {
  llvm::DenseSet<const Stmt *> Reported;
  BlockOverlap Blocks(engine().types(), context(), FP.Function);
  for (const Event &W : FP.Events) {
    if (W.Kind != EventKind::Write || !W.Source || !W.SourceValue ||
        !W.Target || (W.How != WriteKind::Assign && W.How != WriteKind::Compound) ||
        Reported.count(W.S))
      continue;
    Finding F;
    for (const Link &D : W.Value->Links)
      if (D.Access & AccessDirect)
        F.Direct = &D;
    // Without noalias(), a library that assigns through a temporary reads
    // the whole right-hand side before it writes (xtensor).
    auto DType = engine().types().classify(strip(W.Target)->getType());
    if (!F.Direct && DType && DType->Type->LazyAssignIsTemporary)
      continue;
    for (const Link &D : W.Value->Links) {
      // Overlap proven or silence: only the destination on every path, and
      // a right-hand side that reads it on every path.
      const ValueDecl *Root = D.Root.decl();
      if (!Root || !D.Must || (D.R != Rel::Same && D.R != Rel::View))
        continue; // (a temporary destination is nobody's array)
      const Link *S = W.SourceValue->linkTo(D.Root);
      if (!S || !S->Must || S->R == Rel::MaybeView)
        continue;
      uint8_t DA = D.Access & ~AccessDirect, SA = S->Access;
      bool BothBlocks = (DA & AccessBlock) && (SA & AccessBlock);
      uint8_t Reads = 0;
      if (((DA | SA) & AccessMixed) && !BothBlocks) {
        Reads = AccessMixed;
      } else if (SA & AccessProduct) {
        // Evaluated into a temporary unless assigned under noalias().
        if (!F.Direct)
          continue;
        Reads = AccessProduct;
      } else {
        uint8_t Map = AccessTransposed | AccessReversed;
        uint8_t Diff = (DA ^ SA) & Map;
        // Two blocks of one array may be disjoint: only blocks proven to
        // overlap, the destination after the source (BlockOverlap.h).
        if (BothBlocks && !Diff && Blocks.readsOverwritten(D.Block, S->Block)) {
          F.Dst = &D;
          F.Src = S;
          F.Reads = AccessBlock;
          break;
        }
        // The same block read transposed or reversed is like the whole
        // array; a reversed block shifted along a vector overlaps too.
        if (!Diff || (BothBlocks && !Blocks.sameBlock(D.Block, S->Block) &&
                      !(Diff == AccessReversed &&
                        Blocks.readsReversedOverwritten(D.Block, S->Block)) &&
                      !mappedBlocksOverlap(Blocks, Diff, D.Block, S->Block)))
          continue;
        // A vector transposed reads the coefficient it writes.
        if (Diff == AccessTransposed &&
            (isCompileTimeVector(strip(W.Target)->getType()) ||
             isCompileTimeVector(Root->getType())))
          continue;
        Reads = Diff | (SA & Map);
      }
      F.Dst = &D;
      F.Src = S;
      F.Reads = Reads;
      break;
    }
    if (!F.Dst)
      continue;
    Reported.insert(W.S);
    report(W, F);
  }
}

std::optional<FixItHint>
OverlappingAssignmentCheck::fixOf(const Event &W, const Finding &F) {
  const SourceManager &SM = context().getSourceManager();
  auto Writable = [&](SourceRange R) {
    return R.isValid() && !R.getBegin().isMacroID() && !R.getEnd().isMacroID() &&
           SM.isWrittenInMainFile(SM.getExpansionLoc(R.getBegin()));
  };
  // 1. Drop noalias() where the plain assignment is safe: a product (a
  //    temporary by default), or a library assigning through a temporary.
  if (F.Direct && F.Direct->Origin) {
    const Expr *Obj = objectOf(F.Direct->Origin);
    auto ObjType = Obj ? engine().types().classify(Obj->getType()) : std::nullopt;
    if (Obj && ((F.Reads & AccessProduct) ||
                (ObjType && ObjType->Type->LazyAssignIsTemporary))) {
      std::string Text = sourceText(Obj);
      if (!Text.empty() && Writable(F.Direct->Origin->getSourceRange()))
        return FixItHint::CreateReplacement(
            CharSourceRange::getTokenRange(F.Direct->Origin->getSourceRange()),
            Text);
    }
    if (F.Reads & AccessProduct)
      return std::nullopt;
  }
  // 2. `a = a.op()` where the model names the in-place form.
  const Expr *RHS = W.Source->IgnoreParenImpCasts();
  if (W.How == WriteKind::Assign && !F.Direct && W.Var && W.Var == F.Dst->Root &&
      F.Dst->R == Rel::Same) {
    const auto *MCE = dyn_cast<CXXMemberCallExpr>(RHS);
    if (MCE && MCE->getNumArgs() == 0 && MCE->getDirectCallee()) {
      auto Op = engine().types().lookupOp(
          MCE->getDirectCallee(), MCE->getImplicitObjectArgument()->getType());
      const Expr *Obj = MCE->getImplicitObjectArgument()->IgnoreParenImpCasts();
      const auto *DRE = dyn_cast<DeclRefExpr>(Obj);
      if (Op && !Op->Op->InPlace.empty() && DRE && DRE->getDecl() == W.Var &&
          Writable(W.S->getSourceRange())) {
        std::string Text = sourceText(Obj);
        std::string Spelled = Op->Op->InPlace;
        Spelled.replace(Spelled.find("{0}"), 3, Text);
        if (!Text.empty())
          return FixItHint::CreateReplacement(
              CharSourceRange::getTokenRange(W.S->getSourceRange()), Spelled);
      }
    }
  }
  // 3. Evaluate the right-hand side into a temporary, as its library spells it.
  const LibraryModel *Lib = F.Src->Library ? F.Src->Library : F.Dst->Library;
  if (!Lib)
    if (auto T = engine().types().classify(W.Source->getType()))
      Lib = T->Library;
  if (!Writable(W.Source->getSourceRange()))
    return std::nullopt;
  return copyFixItOf(W.Source->IgnoreImplicit(), Lib);
}

void OverlappingAssignmentCheck::report(const Event &W, const Finding &F) {
  std::string Root = nameOf(F.Dst->Root.decl());
  std::string Dest = W.Var ? nameOf(W.Var) : W.Via ? nameOf(W.Via) : Root;
  std::string Evaluated;
  if (F.Direct)
    Evaluated = ", evaluated straight into '" + Dest + "' by '" + F.Direct->Op.str().str() + "'";
  std::optional<FixItHint> Fix = fixOf(W, F);
  // The operation that reads the root so, else the link's last one.
  const Expr *At = F.Src->Origin;
  std::string OpName = F.Src->Op.empty() ? std::string("?") : F.Src->Op.str().str();
  uint8_t Bits = F.Reads & AccessProduct ? AccessProduct | AccessMixed : F.Reads;
  const CallExpr *CE = F.Reads == AccessBlock && F.Src->Block
                           ? F.Src->Block
                           : readingCall(W.Source, Bits, F.Dst->Root.decl(), engine().types());
  if (CE && CE->getDirectCallee()) {
    At = CE;
    OpName = qualifiedNameNoArgs(CE->getDirectCallee());
  }
  {
    auto D = diag(W.S->getBeginLoc(),
                  "assignment to '%0' reads '%1' %2 through '%3'%4: "
                  "coefficients of '%1' are overwritten before they are read")
             << Dest << Root << readsText(F.Reads) << OpName << Evaluated;
    if (Fix)
      D << *Fix;
  }
  if (At)
    diag(At->getBeginLoc(), "'%0' is read %1 here by '%2'", DiagnosticIDs::Note)
        << Root << readsText(F.Reads) << OpName;
  if (F.Direct && F.Direct->Origin)
    diag(F.Direct->Origin->getBeginLoc(),
         "'%0' is written without a temporary because of '%1' here",
         DiagnosticIDs::Note)
        << Dest << F.Direct->Op;
}

ALIASING_CHECK_FACTORY(OverlappingAssignmentCheck)
