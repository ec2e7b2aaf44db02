//===- Transfer.cpp - Transfer of expressions, declarations, assignments --===//
//
// Evaluates one statement against the facts in force: the value (Prov) of
// each array expression, the variables it binds or rebinds, and the events
// it emits (reads, writes, rebinds, creations). Calls are in TransferCall.cpp.
//
//===----------------------------------------------------------------------===//
#include "provenance/ExprUtil.h"
#include "provenance/FunctionAnalysis.h"
#include "provenance/Relations.h"
#include "clang/AST/ExprConcepts.h"
#include "clang/Basic/Builtins.h"

using namespace clang;
using namespace aliaslint;

/// Whether an expression denotes an array, looking through the derived-to-
/// base conversions that bind it to `const EigenBase<D>&`-style parameters.
bool FunctionAnalysis::isArrayExpr(const Expr *E) {
  return E && (Types.isArray(E->getType()) || Types.isArray(strip(E)->getType()));
}

std::optional<Prov> FunctionAnalysis::viewOfPointerArg(
    const Expr *Call, llvm::ArrayRef<const Expr *> Args, llvm::ArrayRef<Prov> Values,
    ApiModel::TypeMatch Result, bool Adopts) {
  // An owning array built from a pointer copies the elements (unless told
  // it adopts them, `copy-flag`); a view or a handle adopts the memory
  // (none of the modelled ones copies from a raw pointer: Eigen::Map,
  // torch::from_blob, xt::adapt, cv::Mat's data constructor, std::span).
  if (!Adopts && Result.Type->Kind != TypeKind::View &&
      Result.Type->Kind != TypeKind::Handle)
    return std::nullopt;
  for (unsigned I = 0; I < Args.size() && I < Values.size(); ++I)
    if (Values[I].Element && !Values[I].Links.empty() &&
        strip(Args[I])->getType()->isPointerType()) {
      Prov Elements = Values[I];
      Elements.Element = false;
      OpName Op = isa<CXXConstructExpr>(Call)
                           ? Types.qualifiedName(cast<CXXConstructExpr>(Call)
                                                     ->getConstructor()->getParent())
                       : cast<CallExpr>(Call)->getDirectCallee()
                           ? Types.qualifiedName(cast<CallExpr>(Call)->getDirectCallee())
                           : OpName();
      // A raw pointer keeps nothing alive, whatever the array's kind.
      return applyRelation(ResultRel::View, Elements, Call, Op, Result.Library,
                           Holding::Borrows);
    }
  return std::nullopt;
}

Prov FunctionAnalysis::varValue(const ValueDecl *D) {
  if (const Prov *P = Cur->lookup(D))
    return *P;
  // A parameter, member or outer variable not assigned yet: its own storage.
  return ownStorage(D);
}

const ValueDecl *FunctionAnalysis::namedArray(const Expr *E) {
  E = strip(E);
  // Through a wrapper built from one array (cv::_OutputArray(Mat&)), or a
  // copy of a handle or a view (a by-value cv::Mat argument shares the
  // pixels; `return b;` of a named Eigen block returns b's elements).
  if (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(E); CE && CE->getNumArgs() >= 1) {
    auto T = Types.classify(CE->getType());
    if (!T || ((T->Type->Kind == TypeKind::Handle || T->Type->Kind == TypeKind::View) &&
               CE->getConstructor()->isCopyOrMoveConstructor()))
      E = strip(CE->getArg(0));
  }
  if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E))
    if (isa<VarDecl>(DRE->getDecl()) && Types.isArray(DRE->getType()))
      return DRE->getDecl();
  if (const auto *ME = dyn_cast_or_null<MemberExpr>(E))
    if (isa<FieldDecl>(ME->getMemberDecl()) && Types.isArray(ME->getType()))
      return ME->getMemberDecl();
  return nullptr;
}

const ValueDecl *FunctionAnalysis::derivedFrom(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < 16; ++Depth) {
    if (const ValueDecl *D = namedArray(E))
      return D;
    E = strip(E);
    if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(E))
      E = MCE->getImplicitObjectArgument();
    else if (const auto *CE = dyn_cast<CallExpr>(E); CE && CE->getNumArgs() > 0)
      E = CE->getArg(0);
    else if (const auto *CE = dyn_cast<CXXConstructExpr>(E); CE && CE->getNumArgs() > 0)
      E = CE->getArg(0);
    else
      return nullptr;
  }
  return nullptr;
}

Event *FunctionAnalysis::emit(EventKind K, const Stmt *S, const Expr *Target,
                              const Prov &V, WriteKind How, OpName Op) {
  if (!Emitting)
    return nullptr;
  Event Ev;
  Ev.Kind = K;
  Ev.S = S;
  Ev.FullStmt = CurFull;
  Ev.Target = Target;
  Ev.Var = Target ? namedArray(Target) : nullptr;
  Ev.Via = Target && !Ev.Var ? derivedFrom(Target) : nullptr;
  if (Ev.Via)
    Ev.ViaValue = Pool.intern(varValue(Ev.Via));
  Ev.Value = Pool.intern(V);
  Ev.How = How;
  Ev.Op = std::move(Op);
  Ev.Block = CurBlock;
  Ev.Index = CurIndex;
  Ev.Seq = Seq++;
  Out.Events.push_back(std::move(Ev));
  return &Out.Events.back();
}

void FunctionAnalysis::write(const Expr *Target, const Prov &V,
                             const Stmt *Writer, WriteKind How, OpName Op,
                             Written From) {
  Event *W = emit(EventKind::Write, Writer, Target, V, How, std::move(Op));
  if (!W)
    return;
  W->ResultUsed = !isDiscarded(*Parents, Writer);
  W->Source = From.E;
  W->SourceValue = From.V;
  W->Assigns = From.Assigns;
}

void FunctionAnalysis::escape(EscapeKind K, const Stmt *S, const Expr *Target,
                              const Prov &V) {
  if (V.empty())
    return;
  if (Event *E = emit(EventKind::Escape, S, Target, V))
    E->Escapes = K;
}

void FunctionAnalysis::evalChildren(const Stmt *S) {
  for (const Stmt *C : S->children())
    if (const auto *E = dyn_cast_or_null<Expr>(C))
      eval(E);
}

Prov FunctionAnalysis::evalConstruct(const CXXConstructExpr *CE) {
  const CXXConstructorDecl *Ctor = CE->getConstructor();
  auto ResultType = Types.classify(CE->getType());
  if (!ResultType) {
    // A wrapper (cv::_OutputArray, a std::vector of tensors): it refers to
    // the array it is built from.
    Prov P;
    for (const Expr *A : CE->arguments()) {
      Prov V = eval(A);
      if (P.Links.empty() && isArrayExpr(A))
        P = V;
    }
    return P;
  }
  if (CE->getNumArgs() == 0)
    return {};
  auto Op = Types.lookupOp(Ctor);
  const Expr *Src = CE->getArg(0);
  if (!Ctor->isCopyOrMoveConstructor() && !isArrayExpr(Src)) {
    // Built from other things than an array: perhaps from a pointer into
    // one, else the model's relation to its source argument.
    llvm::SmallVector<Prov, 4> Args;
    for (const Expr *A : CE->arguments())
      Args.push_back(eval(A));
    if (auto V = viewOfPointerArg(CE, {CE->getArgs(), CE->getNumArgs()}, Args,
                                  *ResultType, adoptsMemory(CE)))
      return *V;
    if (Op && Op->Op->CopyFlag)
      return {}; // storage of its own, filled from the pointer
    int K = !Op || Op->Op->Source == ThisOperand ? 0 : Op->Op->Source;
    if (Op && K < (int)Args.size())
      return applyRelation(Op->Op->Result, Args[K], CE, Types.intern(Op->Op->Name),
                           Op->Library, holdingOf(CE->getArg(K), ResultType->Library));
    return {};
  }
  if (Op && Op->Op->Result != ResultRel::Unknown && !Ctor->isCopyOrMoveConstructor()) {
    llvm::SmallVector<Prov, 4> Args;
    for (const Expr *A : CE->arguments())
      Args.push_back(eval(A));
    int K = Op->Op->Source == ThisOperand ? 0 : Op->Op->Source;
    if (K < (int)Args.size())
      return applyRelation(Op->Op->Result, Args[K], CE, Types.intern(Op->Op->Name),
                           Op->Library, holdingOf(CE->getArg(K), ResultType->Library));
    return {};
  }
  Prov V = eval(Src);
  for (unsigned I = 1; I < CE->getNumArgs(); ++I)
    eval(CE->getArg(I));
  auto SrcType = Types.classify(strip(Src)->getType());
  OpName Name = Types.qualifiedName(Ctor->getParent());
  switch (ResultType->Type->Kind) {
  case TypeKind::Owning:
    // Constructing a container from any array expression copies it.
    return materialize(V, CE, Name, ResultType->Library);
  case TypeKind::Handle:
    // A handle from a lazy expression evaluates it; from a handle, shares.
    if (SrcType && SrcType->Type->Kind == TypeKind::Lazy)
      return materialize(V, CE, Name, ResultType->Library);
    return V;
  case TypeKind::View:
    if (ResultType->Type->ConstFormMayCopy && hasConstFirstArgument(CE->getType()))
      return constFormValue(CE, Src, V, SrcType, *ResultType);
    return V;
  case TypeKind::Lazy:
    return V;
  }
  return V;
}

bool FunctionAnalysis::hasConstFirstArgument(QualType T) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() == 0)
    return false;
  const TemplateArgument &A = Spec->getTemplateArgs()[0];
  return A.getKind() == TemplateArgument::Type && A.getAsType().isConstQualified();
}

Prov FunctionAnalysis::constFormValue(const CXXConstructExpr *CE, const Expr *Src,
                                      const Prov &V,
                                      std::optional<ApiModel::TypeMatch> SrcType,
                                      ApiModel::TypeMatch Result) {
  OpName Op = Types.qualifiedName(CE->getConstructor()->getParent());
  if (!SrcType || SrcType->Type->Kind == TypeKind::Lazy)
    return materialize(V, CE, Op, Result.Library); // evaluated into its own
  if (SrcType->Type->Kind == TypeKind::Owning)
    return applyRelation(ResultRel::View, V, CE, Op, Result.Library,
                         holdingOf(Src, Result.Library));
  return applyRelation(ResultRel::MaybeView, V, CE, Op, Result.Library);
}

Prov FunctionAnalysis::evalRebind(const Expr *Whole, const Expr *LHS,
                                  const Expr *RHS, const ValueDecl *Named,
                                  const Prov &R) {
  // Before: what the handle shared; after: what the right-hand side shares.
  Prov Before = Named ? varValue(Named) : eval(LHS, true);
  Prov After = R;
  if (Named && After.Links.empty()) // a fresh array or a copy: its own storage
    After.Links.push_back(Link{Named, Rel::Same, true, nullptr, {}, nullptr});
  if (Event *E = emit(EventKind::Rebind, Whole, LHS, After))
    E->Prior = Pool.intern(Before);
  if (Named) {
    setVar(Named, After);
    if (isa<FieldDecl>(Named))
      escape(EscapeKind::Stored, Whole, RHS, R);
  }
  // A temporary handle rebound: nothing is written, and it is gone.
  return After;
}

Prov FunctionAnalysis::assignAsOutput(const Expr *Whole, const Expr *LHS,
                                      const Expr *RHS, const ValueDecl *Named,
                                      const Prov &Lv, const Prov &R) {
  // In place (`roi = roi * 2`: the expression reads the destination) the
  // size and type fit and the storage is written; otherwise it is written
  // only if they happen to fit, and the handle may be fresh afterwards, as
  // for a named output argument (TransferCall.cpp, applyOutputParams).
  bool InPlace = llvm::any_of(Lv.Links, [&](const Link &L) { return R.linkTo(L.Root); });
  Prov Written = Lv;
  if (!InPlace)
    for (Link &L : Written.Links)
      L.Must = false;
  write(LHS, Written, Whole, WriteKind::Assign, Types.intern("operator="), {RHS, Pool.intern(R), true});
  if (InPlace)
    return Lv;
  Prov Fresh;
  Fresh.Links.push_back(Link{Named, Rel::Same, true, Whole, Types.intern("operator="), nullptr});
  Prov After = Prov::join(Lv, Fresh);
  setVar(Named, After);
  return After;
}

Prov FunctionAnalysis::evalAssign(const Expr *Whole, const Expr *LHS,
                                  const Expr *RHS) {
  Prov R = eval(RHS);
  auto LType = Types.classify(LHS->getType());
  if (!LType) {
    // Element assignment: `a(0, 1) = 5`, `t.data_ptr<float>()[0] = 1`.
    Prov Lv = eval(LHS, /*AsWriteTarget=*/true);
    if (Lv.Element)
      write(LHS, Lv, Whole, WriteKind::Element, {}, {RHS, Pool.intern(R), true});
    return Lv;
  }
  auto RType = Types.classify(strip(RHS)->getType());
  const ValueDecl *Named = namedArray(LHS);
  bool RhsIsHandle = RType && RType->Type->Kind == TypeKind::Handle;
  bool Rebinds = LType->Type->Kind == TypeKind::Handle && RhsIsHandle &&
                 (Named ? LType->Type->AssignRebinds
                        : !LType->Type->RvalueAssignWrites);
  if (Rebinds)
    return evalRebind(Whole, LHS, RHS, Named, R);
  Prov Lv = eval(LHS, /*AsWriteTarget=*/true);
  if (Named && LType->Type->LazyAssignIsOutput && RType &&
      RType->Type->Kind == TypeKind::Lazy)
    return assignAsOutput(Whole, LHS, RHS, Named, Lv, R);
  write(LHS, Lv, Whole, WriteKind::Assign, Types.intern("operator="), {RHS, Pool.intern(R), true});
  if (Named && LType->Type->Kind == TypeKind::Owning) {
    // A container assigned an array expression holds a copy of it.
    Prov NewV = varValue(Named);
    NewV.Copies = materialize(R, RHS, Types.intern("operator="), LType->Library).Copies;
    setVar(Named, NewV);
    return NewV;
  }
  return Lv;
}

Prov FunctionAnalysis::evalRef(const Expr *Ref, const ValueDecl *D,
                               bool AsWriteTarget) {
  Prov V = varValue(D);
  if (!AsWriteTarget)
    if (Event *R = emit(EventKind::Read, Ref, Ref, V))
      R->MetadataOnly = MetadataRead;
  return V;
}

Prov FunctionAnalysis::evalMember(const MemberExpr *ME, bool AsWriteTarget) {
  if (const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl())) {
    if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()) &&
        Types.isArray(Field->getType()))
      return evalRef(ME, Field, AsWriteTarget);
    // A plain field of an array (cv::Mat::rows): its shape, not its data;
    // a pointer to its mutable elements (cv::Mat::data) points into it.
    if (isArrayExpr(ME->getBase()) && !Types.isArray(Field->getType())) {
      MetadataScope Meta(*this);
      Prov Base = eval(ME->getBase());
      QualType T = Field->getType();
      if (!T->isPointerType() || T->getPointeeType().isConstQualified() ||
          T->getPointeeType()->isRecordType() || T->getPointeeType()->isVoidType())
        return {};
      Base.Element = true;
      return Base;
    }
  }
  eval(ME->getBase());
  return {};
}

/// Built-in operators: assignments, increments, `?:`, subscripts.
Prov FunctionAnalysis::evalOperator(const Expr *E, bool AsWriteTarget) {
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->getOpcode() == BO_Assign)
      return evalAssign(BO, BO->getLHS(), BO->getRHS());
    if (BO->isCompoundAssignmentOp()) {
      Prov R = eval(BO->getRHS());
      Prov Lv = eval(BO->getLHS(), true);
      if (Lv.Element)
        write(BO->getLHS(), Lv, BO, WriteKind::Element,
              Types.intern(BO->getOpcodeStr()), {BO->getRHS(), Pool.intern(R), false});
      return Lv;
    }
    evalChildren(BO);
    return {};
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->isIncrementDecrementOp()) {
      Prov Lv = eval(UO->getSubExpr(), true);
      if (Lv.Element)
        write(UO->getSubExpr(), Lv, UO, WriteKind::Element,
              Types.intern(UnaryOperator::getOpcodeStr(UO->getOpcode())));
      return Lv;
    }
    evalChildren(UO);
    return {};
  }
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(E)) {
    // Either arm's value, as at a branch: facts of one arm become may-facts.
    eval(CO->getCond());
    Prov T = eval(CO->getTrueExpr(), AsWriteTarget);
    Prov F = eval(CO->getFalseExpr(), AsWriteTarget);
    return Prov::join(T, F);
  }
  if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E)) {
    // `m.ptr<float>(0)[i]`: an element of the array the pointer points into.
    eval(ASE->getIdx());
    Prov Base = eval(ASE->getBase(), AsWriteTarget);
    return Base.Element ? Base : Prov();
  }
  evalChildren(E);
  return {};
}

Prov FunctionAnalysis::evalLambda(const LambdaExpr *LE) {
  // A capture reads the array now (by copy) or whenever the lambda runs
  // (by reference): either way the array is observed from here on.
  // By reference, the lambda may also write it or outlive it: an escape.
  for (const LambdaCapture &C : LE->captures()) {
    const auto *VD = C.capturesVariable() ? dyn_cast<VarDecl>(C.getCapturedVar()) : nullptr;
    if (!VD || !Types.isArray(VD->getType()))
      continue;
    Prov V = varValue(VD);
    if (Event *R = emit(EventKind::Read, LE, nullptr, V))
      R->Var = VD;
    if (C.getCaptureKind() == LCK_ByRef)
      if (Event *E = emit(EventKind::Escape, LE, nullptr, V)) {
        E->Var = VD;
        E->Escapes = EscapeKind::Captured;
      }
  }
  return {};
}

/// Whether `E` only names its operand without evaluating it (`sizeof(x)`,
/// `noexcept(x)`, `typeid(x)` of a non-polymorphic `x`,
/// `__builtin_constant_p(x)`): nothing is read or written there.
static bool hasUnevaluatedOperand(const Expr *E) {
  if (isa<UnaryExprOrTypeTraitExpr>(E) || isa<CXXNoexceptExpr>(E) ||
      isa<RequiresExpr>(E))
    return true;
  if (const auto *T = dyn_cast<CXXTypeidExpr>(E))
    return !T->isPotentiallyEvaluated();
  if (const auto *CE = dyn_cast<CallExpr>(E))
    return CE->getBuiltinCallee() == Builtin::BI__builtin_constant_p;
  return false;
}

Prov FunctionAnalysis::eval(const Expr *E, bool AsWriteTarget) {
  if (!E)
    return {};
  E = E->IgnoreParens();
  if (hasUnevaluatedOperand(E))
    return {};
  if (const auto *C = dyn_cast<CastExpr>(E)) {
    switch (C->getCastKind()) {
    case CK_ConstructorConversion: case CK_NoOp: case CK_LValueToRValue:
    case CK_DerivedToBase: case CK_UncheckedDerivedToBase:
    case CK_UserDefinedConversion:
    case CK_BitCast: // `float *` to `void *`: the same elements
      return eval(C->getSubExpr(), AsWriteTarget);
    default:
      eval(C->getSubExpr());
      return {};
    }
  }
  if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
    return materializeTemporary(M, eval(M->getSubExpr(), AsWriteTarget));
  if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
    return eval(B->getSubExpr(), AsWriteTarget);
  if (const auto *F = dyn_cast<FullExpr>(E))
    return eval(F->getSubExpr(), AsWriteTarget);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD || !Types.isArray(VD->getType()))
      return {};
    return evalRef(DRE, VD, AsWriteTarget);
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return evalMember(ME, AsWriteTarget);
  if (const auto *CE = dyn_cast<CallExpr>(E))
    return evalCall(CE);
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    return evalConstruct(CE);
  if (const auto *LE = dyn_cast<LambdaExpr>(E))
    return evalLambda(LE);
  if (isa<CXXDefaultArgExpr>(E) || isa<CXXDefaultInitExpr>(E))
    return {};
  return evalOperator(E, AsWriteTarget);
}

bool FunctionAnalysis::adoptsMemory(const Expr *Init) {
  if (!Init)
    return false;
  Init = Init->IgnoreParens();
  if (const auto *FE = dyn_cast<FullExpr>(Init))
    Init = FE->getSubExpr()->IgnoreParens();
  if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(Init))
    Init = B->getSubExpr()->IgnoreParens();
  if (const auto *CE = dyn_cast<CXXConstructExpr>(Init)) {
    auto Op = Types.lookupOp(CE->getConstructor());
    if (!Op || !Op->Op->CopyFlag || *Op->Op->CopyFlag >= (int)CE->getNumArgs())
      return false;
    const auto *Flag = dyn_cast<CXXBoolLiteralExpr>(
        CE->getArg(*Op->Op->CopyFlag)->IgnoreParenImpCasts());
    return Flag && !Flag->getValue();
  }
  // A prvalue returned by value initialises the variable itself (C++17
  // guaranteed elision): the object a `view` operation returns.
  if (const auto *CE = dyn_cast<CallExpr>(Init); CE && CE->isPRValue()) {
    const auto *MCE = dyn_cast<CXXMemberCallExpr>(CE);
    auto Op = Types.lookupOp(CE->getDirectCallee(),
                             MCE ? MCE->getImplicitObjectArgument()->getType()
                                 : QualType());
    return Op && Op->Op->Result == ResultRel::View;
  }
  return false;
}

void FunctionAnalysis::bindVar(const VarDecl *VD, const Prov &Init,
                               const Stmt *At) {
  auto T = Types.classify(VD->getType());
  if (!T)
    return;
  Prov V = Init;
  if (VD->getType()->isReferenceType()) {
    // A reference names the same array.
  } else if (T->Type->Kind == TypeKind::Owning && !Init.Links.empty() &&
             adoptsMemory(VD->getInit())) {
    // It uses the memory of the array it was made from.
  } else if (T->Type->Kind == TypeKind::Owning) {
    // A container owns fresh storage; initialised from an array, a copy.
    Prov Own = ownStorage(VD);
    Own.Copies = Init.Copies;
    if (!Init.Links.empty()) {
      Own.Copies.clear();
      const Expr *Origin = VD->getInit();
      for (const Link &L : Init.Links)
        if (const ValueDecl *D = L.Root.decl()) // of a temporary: just fresh
          Own.Copies.push_back(CopyOf{D, L.Must, Origin,
                                    L.Op.empty() ? Types.intern("copy") : L.Op,
                                    T->Library, nullptr, {}});
    }
    V = Own;
  }
  if (V.Links.empty())
    V.Links.push_back(Link{VD, Rel::Same, true, nullptr, {}, nullptr});
  V.Element = false;
  setVar(VD, V);
  if (Event *C = emit(EventKind::Create, At, nullptr, V))
    C->Var = VD;
}
