//===- BlockOverlap.cpp - Do two blocks of one array overlap? -------------===//
//
// A block's start and size along each dimension are linear forms over
// atoms: integer variables (a local initialised once and never written is
// replaced by its initialiser: `auto n = v.size();`) and extents of the
// array the block is made of (the model's `extent` operations, `v.size()`,
// `A.cols()`, and the implicit extents of `tail(n)`, `bottomRows(k)`,
// `xt::range(0, -1)`). Both blocks are evaluated in one statement, so a
// variable has one value on both sides.
//
//===----------------------------------------------------------------------===//
#include "BlockOverlap.h"
#include "provenance/ExprUtil.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include <functional>
#include <map>

using namespace clang;
using namespace aliaslint;

/// An integer variable (Dim == VarAtom), or an array's extent along a
/// dimension (ExtentSize: its number of elements).
using Atom = std::pair<const void *, int>;
static constexpr int VarAtom = -100;

struct BlockOverlap::Linear {
  std::map<Atom, int64_t> Terms;
  int64_t Const = 0;

  static Linear constant(int64_t C) {
    Linear L;
    L.Const = C;
    return L;
  }
  static Linear atom(Atom A) {
    Linear L;
    L.Terms[A] = 1;
    return L;
  }
  Linear &add(const Linear &O, int64_t K) {
    Const += K * O.Const;
    for (const auto &[A, C] : O.Terms)
      if ((Terms[A] += K * C) == 0)
        Terms.erase(A);
    return *this;
  }
  bool isConstant() const { return Terms.empty(); }
};

struct BlockOverlap::Interval {
  Linear Start, Size;
};

bool BlockOverlap::unmodified(const VarDecl *VD) {
  if (VD->getType().isConstQualified())
    return true;
  if (!Function || !Function->getBody())
    return false;
  if (auto It = Unmodified.find(VD); It != Unmodified.end())
    return It->second;
  // Every mention of it is read as a value: no assignment, increment,
  // address or reference taken.
  std::function<bool(const Stmt *, const Stmt *)> Written =
      [&](const Stmt *S, const Stmt *Parent) {
        if (!S)
          return false;
        if (const auto *DRE = dyn_cast<DeclRefExpr>(S); DRE && DRE->getDecl() == VD) {
          const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(Parent);
          return !Cast || Cast->getCastKind() != CK_LValueToRValue;
        }
        for (const Stmt *C : S->children())
          if (Written(C, S))
            return true;
        return false;
      };
  bool Result = !Written(Function->getBody(), nullptr);
  Unmodified[VD] = Result;
  return Result;
}

std::optional<BlockOverlap::Linear> BlockOverlap::linear(const Expr *E,
                                                         unsigned Depth) {
  if (!E || Depth > 8 || E->isValueDependent() || E->isTypeDependent() ||
      !E->getType()->isIntegerType())
    return std::nullopt;
  Expr::EvalResult R;
  if (E->EvaluateAsInt(R, Ctx) && R.Val.getInt().getSignificantBits() <= 63)
    return Linear::constant(R.Val.getInt().getExtValue());
  if (E->HasSideEffects(Ctx, /*IncludePossibleEffects=*/false))
    return std::nullopt;
  E = E->IgnoreParenCasts();
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    auto L = linear(BO->getLHS(), Depth + 1), Rt = linear(BO->getRHS(), Depth + 1);
    if (!L || !Rt)
      return std::nullopt;
    switch (BO->getOpcode()) {
    case BO_Add:
      return L->add(*Rt, 1);
    case BO_Sub:
      return L->add(*Rt, -1);
    case BO_Mul:
      if (L->isConstant())
        return Linear().add(*Rt, L->Const);
      if (Rt->isConstant())
        return Linear().add(*L, Rt->Const);
      return std::nullopt;
    default:
      return std::nullopt;
    }
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    auto L = linear(UO->getSubExpr(), Depth + 1);
    if (L && UO->getOpcode() == UO_Minus)
      return Linear().add(*L, -1);
    return UO->getOpcode() == UO_Plus ? L : std::nullopt;
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD)
      return std::nullopt;
    if (VD->hasLocalStorage() && !isa<ParmVarDecl>(VD) && VD->getInit() &&
        unmodified(VD))
      if (auto L = linear(VD->getInit(), Depth + 1))
        return L;
    return Linear::atom({VD, VarAtom});
  }
  if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(E); MCE && MCE->getNumArgs() == 0) {
    const auto *Obj = dyn_cast<DeclRefExpr>(strip(MCE->getImplicitObjectArgument()));
    auto Op = Types.lookupOp(MCE->getDirectCallee(),
                             MCE->getImplicitObjectArgument()->getType());
    if (Obj && Op && Op->Op->Extent)
      return extentAtom(Obj->getDecl(), *Op->Op->Extent);
  }
  return std::nullopt;
}

/// The model's entry for a call, looked up with the object's class.
std::optional<ApiModel::OpMatch> BlockOverlap::opOf(const CallExpr *CE) {
  const auto *MCE = dyn_cast<CXXMemberCallExpr>(CE);
  return Types.lookupOp(CE->getDirectCallee(),
                        MCE ? MCE->getImplicitObjectArgument()->getType() : QualType());
}

/// What a block is made of: the object of a member call, else the model's
/// source argument (the first).
static const Expr *madeOf(const CallExpr *Block, const OpEntry &Op) {
  if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(Block))
    return strip(MCE->getImplicitObjectArgument());
  int K = Op.Source == ThisOperand ? 0 : Op.Source;
  return K < (int)Block->getNumArgs() ? strip(Block->getArg(K)) : nullptr;
}

BlockOverlap::Parent BlockOverlap::parentOf(const CallExpr *Block) {
  auto Op = opOf(Block);
  const Expr *Of = Op ? madeOf(Block, *Op->Op) : nullptr;
  if (!Of)
    return {};
  // A block of a block (`A.col(j).segment(i, n)`).
  if (const auto *CE = dyn_cast<CallExpr>(Of)) {
    auto Inner = opOf(CE);
    return Inner && Inner->Op->Block ? Parent{nullptr, CE} : Parent{};
  }
  const auto *DRE = dyn_cast<DeclRefExpr>(Of);
  if (!DRE)
    return {};
  // A local view initialised with a block stands for that block (views
  // assign elements, they do not rebind); any other variable, a view
  // parameter included, is an array of its own.
  const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
  auto T = Types.classify(DRE->getDecl()->getType().getNonReferenceType());
  if (!VD || !T || T->Type->Kind != TypeKind::View || !VD->hasLocalStorage() ||
      isa<ParmVarDecl>(VD) || VD->getType()->isReferenceType())
    return {DRE->getDecl(), nullptr};
  const auto *Init = dyn_cast_or_null<CallExpr>(strip(VD->getInit()));
  auto InitOp = Init ? opOf(Init) : std::nullopt;
  // Made of something else (`auto t = v.transpose()`): not placed.
  return InitOp && InitOp->Op->Block ? Parent{nullptr, Init} : Parent{};
}

std::optional<BlockOverlap::Linear> BlockOverlap::extentOf(const CallExpr *Block,
                                                           int Dim) {
  Parent P = parentOf(Block);
  if (P.Array)
    return extentAtom(P.Array, Dim);
  auto Outer = P.Block ? extents(P.Block) : std::nullopt;
  if (!Outer)
    return std::nullopt;
  if (Dim >= 0)
    return Dim < (int)Outer->size() ? std::optional<Linear>((*Outer)[Dim].Size)
                                    : std::nullopt;
  // The number of elements of a block that is a vector.
  int Along = vectorDim(*Outer);
  return Along < 0 ? std::nullopt : std::optional<Linear>((*Outer)[Along].Size);
}

/// The one dimension a block extends along when every other has the
/// constant size 1 (a row, a column, a vector); -1 otherwise.
int BlockOverlap::vectorDim(const std::vector<Interval> &Block) {
  if (Block.size() == 1)
    return 0;
  int Along = -1;
  for (unsigned D = 0; D < Block.size(); ++D) {
    const Linear &S = Block[D].Size;
    if (S.isConstant() && S.Const == 1)
      continue;
    if (Along >= 0)
      return -1;
    Along = D;
  }
  return Along;
}

/// A compile-time extent of the array's type (the model's `extents`), or
/// with ExtentSize the product of them all.
static std::optional<int64_t> staticExtent(TypeClassifier &Types, const ValueDecl *Array,
                                           int Dim) {
  QualType T = Array->getType().getNonReferenceType();
  auto Match = Types.classify(T);
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl());
  if (!Match || !Spec || qualifiedNameNoArgs(Spec) != Match->Type->Name)
    return std::nullopt;
  const std::vector<int> &Args = Match->Type->StaticExtents;
  auto At = [&](int K) -> std::optional<int64_t> {
    const TemplateArgumentList &L = Spec->getTemplateArgs();
    if (K < 0 || K >= (int)L.size() || L[K].getKind() != TemplateArgument::Integral ||
        L[K].getAsIntegral().isNegative())
      return std::nullopt;
    return L[K].getAsIntegral().getExtValue();
  };
  if (Dim >= 0)
    return Dim < (int)Args.size() ? At(Args[Dim]) : std::nullopt;
  int64_t Size = 1;
  for (int K : Args) {
    auto E = At(K);
    if (!E)
      return std::nullopt;
    Size *= *E;
  }
  return Args.empty() ? std::nullopt : std::optional<int64_t>(Size);
}

BlockOverlap::Linear BlockOverlap::extentAtom(const ValueDecl *Array, int Dim) {
  if (auto E = staticExtent(Types, Array, Dim))
    return Linear::constant(*E);
  return Linear::atom({Array, Dim});
}

std::optional<BlockOverlap::Interval>
BlockOverlap::slice(const CallExpr *Block, const Expr *E, unsigned Dim) {
  auto End = extentOf(Block, Dim);
  if (!End)
    return std::nullopt;
  // A bound: an integer, negative ones counting from the end; anything
  // else (a placeholder) is the default.
  auto Bound = [&](const Expr *B, const Linear &Default) -> std::optional<Linear> {
    if (!B || !B->getType()->isIntegerType())
      return Default;
    // Only constants: the sign of another bound, hence where it counts
    // from, is not known.
    auto L = linear(B, 0);
    if (!L || !L->isConstant())
      return std::nullopt;
    return L->Const < 0 ? Linear(*End).add(*L, 1) : *L;
  };
  E = strip(E);
  if (E->getType()->isIntegerType()) {
    auto S = Bound(E, {});
    if (!S)
      return std::nullopt;
    return Interval{*S, Linear::constant(1)};
  }
  const auto *CE = dyn_cast<CallExpr>(E);
  auto Op = CE ? Types.lookupOp(CE->getDirectCallee()) : std::nullopt;
  if (!Op || !Op->Op->Slice)
    return std::nullopt;
  const SliceArgs &SA = *Op->Op->Slice;
  auto Arg = [&](std::optional<int> K) -> const Expr * {
    return K && *K < (int)CE->getNumArgs() ? strip(CE->getArg(*K)) : nullptr;
  };
  auto Start = Bound(Arg(SA.Start), Linear::constant(0));
  auto Stop = Bound(Arg(SA.Stop), *End);
  if (!Start || !Stop)
    return std::nullopt;
  return Interval{*Start, Linear(*Stop).add(*Start, -1)};
}

/// A size fixed by the callee's explicit template argument `K`
/// (`block<2, 2>(i, j)`); none when it is not a non-negative integer
/// (Eigen's `Dynamic`).
std::optional<BlockOverlap::Linear> BlockOverlap::templateSize(const CallExpr *Block,
                                                               int K) {
  const FunctionDecl *F = Block->getDirectCallee();
  const TemplateArgumentList *Args = F ? F->getTemplateSpecializationArgs() : nullptr;
  if (!Args || K >= (int)Args->size() ||
      Args->get(K).getKind() != TemplateArgument::Integral ||
      Args->get(K).getAsIntegral().isNegative() ||
      Args->get(K).getAsIntegral().getSignificantBits() > 63)
    return std::nullopt;
  return Linear::constant(Args->get(K).getAsIntegral().getExtValue());
}

std::optional<std::vector<BlockOverlap::Interval>>
BlockOverlap::extents(const CallExpr *Block, unsigned Depth) {
  Parent P = parentOf(Block);
  if (!P.Array && !P.Block)
    return std::nullopt;
  auto Own = ownExtents(Block);
  if (!Own || P.Array)
    return Own;
  // In the outer block's coordinates: shift by its start; a block of a
  // vector block runs along that block's one dimension.
  auto Outer = Depth < 8 ? extents(P.Block, Depth + 1) : std::nullopt;
  if (!Outer)
    return std::nullopt;
  if (Own->size() == Outer->size()) {
    for (unsigned D = 0; D < Own->size(); ++D)
      (*Own)[D].Start.add((*Outer)[D].Start, 1);
    return Own;
  }
  int Along = vectorDim(*Outer);
  if (Own->size() != 1 || Along < 0)
    return std::nullopt;
  std::vector<Interval> Out = *Outer;
  Out[Along].Start.add(Own->front().Start, 1);
  Out[Along].Size = Own->front().Size;
  return Out;
}

std::optional<std::vector<BlockOverlap::Interval>>
BlockOverlap::ownExtents(const CallExpr *Block) {
  auto Op = opOf(Block);
  if (!Op || !Op->Op->Block)
    return std::nullopt;
  const BlockArgs &B = *Op->Op->Block;
  std::vector<Interval> Out;
  auto Arg = [&](int K) -> std::optional<Linear> {
    if (K < 0 || K >= (int)Block->getNumArgs())
      return std::nullopt;
    return linear(Block->getArg(K), 0);
  };
  if (B.Slices) {
    for (unsigned K = *B.Slices; K < Block->getNumArgs(); ++K) {
      auto I = slice(Block, Block->getArg(K), K - *B.Slices);
      if (!I)
        return std::nullopt;
      Out.push_back(*I);
    }
    return Out;
  }
  for (unsigned D = 0; D < B.Size.size(); ++D) {
    // A one-dimensional block (of a vector) spans its elements.
    auto End = extentOf(Block, B.Size.size() == 1 ? ExtentSize : (int)D);
    std::optional<Linear> Size = B.Size[D] == BlockOne ? Linear::constant(1)
                                 : B.Size[D] == BlockAll ? End
                                 : B.Size[D] >= (int)Block->getNumArgs() &&
                                         D < B.TemplateSize.size()
                                     ? templateSize(Block, B.TemplateSize[D])
                                     : Arg(B.Size[D]);
    int S = B.startOf(D);
    std::optional<Linear> Start = S == BlockFirst ? Linear::constant(0)
                                  : S == BlockLast && End && Size
                                      ? Linear(*End).add(*Size, -1)
                                      : Arg(S);
    if (!Size || !Start)
      return std::nullopt;
    Out.push_back({*Start, *Size});
  }
  return Out;
}

std::optional<std::vector<BlockOverlap::Shift>>
BlockOverlap::shifts(const CallExpr *Dst, const CallExpr *Src) {
  if (!Dst || !Src || Dst == Src)
    return std::nullopt;
  auto D = extents(Dst), S = extents(Src);
  if (!D || !S || D->size() != S->size() || D->empty())
    return std::nullopt;
  std::vector<Shift> Out;
  for (unsigned I = 0; I < D->size(); ++I) {
    Interval &A = (*D)[I], &B = (*S)[I];
    Linear By = Linear(A.Start).add(B.Start, -1);
    Linear SizeDiff = Linear(A.Size).add(B.Size, -1);
    // Not provably the same size, or shifted by an unknown amount.
    if (!By.isConstant() || !SizeDiff.isConstant() || SizeDiff.Const != 0)
      return std::nullopt;
    Out.push_back({By.Const, A.Size.isConstant() ? std::optional<int64_t>(A.Size.Const)
                                                 : std::nullopt});
  }
  return Out;
}

bool BlockOverlap::readsOverwritten(const CallExpr *Dst, const CallExpr *Src) {
  auto Sh = shifts(Dst, Src);
  if (!Sh)
    return false;
  if (auto Row = Sh->size() == 2 ? rowMajorOf(Dst) : std::nullopt) {
    const Shift &R = (*Sh)[0], &C = (*Sh)[1];
    if ((R.Size && *R.Size <= 0) || (C.Size && *C.Size <= 0))
      return false;
    return shiftReadsOverwritten({R.Size.value_or(0), C.Size.value_or(0), R.By, C.By},
                                 *Row);
  }
  // The order not known: only what is wrong in both.
  bool Shifted = false;
  for (const Shift &S : *Sh) {
    if (S.By < 0)
      return false; // the destination before: each element read first
    // Disjoint along this dimension: no coefficient is read after its write.
    if (S.Size && (*S.Size <= 0 || S.By >= *S.Size))
      return false;
    Shifted |= S.By > 0;
  }
  return Shifted;
}

bool BlockOverlap::readsReversedOverwritten(const CallExpr *Dst, const CallExpr *Src) {
  // Writing a[d + i] from a[s + n - 1 - i] (or the mirror image) for i
  // upwards reads a coefficient written at an earlier step exactly when the
  // starts differ by at most n - 2: the two index sequences cross inside
  // the overlap.
  auto Sh = shifts(Dst, Src);
  if (!Sh || Sh->size() != 1)
    return false;
  const Shift &S = Sh->front();
  return !S.Size || (S.By <= *S.Size - 2 && -S.By <= *S.Size - 2);
}

bool BlockOverlap::sameBlock(const CallExpr *Dst, const CallExpr *Src) {
  auto Sh = shifts(Dst, Src);
  return Sh && llvm::all_of(*Sh, [](const Shift &S) { return S.By == 0; });
}

std::optional<bool> BlockOverlap::rowMajor(QualType T, unsigned Depth) {
  T = T.getNonReferenceType();
  auto Match = Types.classify(T);
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl());
  if (!Match || !Spec || !Match->Type->StorageOrder || Depth > 4 ||
      qualifiedNameNoArgs(Spec) != Match->Type->Name)
    return std::nullopt;
  const TypeEntry::StorageOrderArg &SO = *Match->Type->StorageOrder;
  const TemplateArgumentList &L = Spec->getTemplateArgs();
  if (SO.Options >= 0)
    return SO.Options < (int)L.size() && L[SO.Options].getKind() == TemplateArgument::Integral
               ? std::optional<bool>((L[SO.Options].getAsIntegral().getExtValue() &
                                      SO.RowMajorBit) != 0)
               : std::nullopt;
  return SO.Of < (int)L.size() && L[SO.Of].getKind() == TemplateArgument::Type
             ? rowMajor(L[SO.Of].getAsType(), Depth + 1)
             : std::nullopt;
}

std::optional<bool> BlockOverlap::rowMajorOf(const CallExpr *Block) {
  // A two-dimensional block has its array's order (Block.h: IsRowMajor is
  // XprTypeIsRowMajor unless a compile-time extent is 1), so a block of a
  // block has the outermost array's.
  for (unsigned Depth = 0; Block && Depth < 8; ++Depth) {
    Parent P = parentOf(Block);
    if (P.Array)
      return rowMajor(P.Array->getType());
    Block = P.Block;
  }
  return std::nullopt;
}

bool BlockOverlap::mayBeFull(const CallExpr *Block, unsigned Dim) {
  auto Own = ownExtents(Block);
  auto End = extentOf(Block, Dim);
  if (!Own || Dim >= Own->size() || !End)
    return true;
  // Not provably starting after 0 or ending before the end.
  const Interval &I = (*Own)[Dim];
  Linear Short = Linear(*End).add(I.Size, -1);
  bool MayStartAt0 = !I.Start.isConstant() || I.Start.Const == 0;
  return MayStartAt0 && !(Short.isConstant() && Short.Const > 0);
}

bool BlockOverlap::readsMappedOverwritten(const CallExpr *Dst, const CallExpr *Src,
                                          BlockMapping M) {
  if (!Dst || !Src || Dst == Src)
    return false;
  auto Row = rowMajorOf(Dst);
  auto D = extents(Dst), S = extents(Src);
  if (!Row || !D || !S || D->size() != 2 || S->size() != 2)
    return false;
  // A transposed source block is Cols x Rows.
  unsigned SR = M == BlockMapping::Transposed ? 1 : 0;
  Linear ByR = Linear((*D)[0].Start).add((*S)[0].Start, -1);
  Linear ByC = Linear((*D)[1].Start).add((*S)[1].Start, -1);
  Linear DiffR = Linear((*D)[0].Size).add((*S)[SR].Size, -1);
  Linear DiffC = Linear((*D)[1].Size).add((*S)[1 - SR].Size, -1);
  if (!ByR.isConstant() || !ByC.isConstant() || !DiffR.isConstant() ||
      !DiffC.isConstant() || DiffR.Const != 0 || DiffC.Const != 0)
    return false;
  // A size that is no constant is taken to exceed the shifts, as for the
  // shifted blocks: it is given a value well past them.
  int64_t Large = 2 * (std::llabs(ByR.Const) + std::llabs(ByC.Const)) + 8;
  auto Value = [&](const Linear &L) {
    int64_t V = L.Const;
    for (const auto &[A, C] : L.Terms)
      V += C * Large;
    return V;
  };
  BlockPair P{Value((*D)[0].Size), Value((*D)[1].Size), ByR.Const, ByC.Const};
  // An extent of 1 is a vector's, whose order and traversal are the
  // vector's (the one-dimensional rules), not the array's.
  if (P.Rows <= 1 || P.Cols <= 1)
    return false;
  return loopReadsOverwritten(P, M, *Row, mayBeFull(Dst, *Row ? 1 : 0));
}
