//===- TransferCall.cpp - Transfer of calls, driven by the API model ------===//
//
// A call in four steps: resolve it (its operands, the model's entry or a
// same-TU summary), evaluate its operands, apply the writes it makes
// (the model's, a summary's, output parameters), and compute its result's
// relation to its operands.
//
//===----------------------------------------------------------------------===//
#include "provenance/ExprUtil.h"
#include "provenance/FunctionAnalysis.h"
#include "provenance/IndexRules.h"
#include "provenance/Relations.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using namespace aliaslint;

/// A call's operands and what is known of its callee.
struct FunctionAnalysis::Call {
  const FunctionDecl *Callee = nullptr;
  /// `this`, or an operator's left operand.
  const Expr *Obj = nullptr;
  llvm::SmallVector<const Expr *, 4> Args;
  std::optional<ApiModel::OpMatch> Op;
  const Summary *Sum = nullptr;
  OpName Operation;
  Prov ObjV;
  llvm::SmallVector<Prov, 4> ArgV;
  /// Of a free function: its first array argument (else 0).
  int FirstArrayArg = 0;

  bool writes(int K) const { return Op && llvm::is_contained(Op->Op->Writes, K); }
  /// The operand the result relates to (the model's `source`, else this,
  /// else the first array argument: `create_mirror_view(space, v)`).
  int sourceIndex() const {
    int K = Op ? Op->Op->Source : ThisOperand;
    return !Obj && K == ThisOperand ? FirstArrayArg : K;
  }
};

FunctionAnalysis::Call FunctionAnalysis::resolveCall(const CallExpr *CE) {
  Call C;
  C.Callee = CE->getDirectCallee();
  const auto *OCE = dyn_cast<CXXOperatorCallExpr>(CE);
  if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(CE)) {
    C.Obj = MCE->getImplicitObjectArgument();
    C.Args.append(MCE->arg_begin(), MCE->arg_end());
  } else if (OCE && isa_and_nonnull<CXXMethodDecl>(C.Callee) && OCE->getNumArgs() > 0) {
    C.Obj = OCE->getArg(0);
    C.Args.append(OCE->arg_begin() + 1, OCE->arg_end());
  } else {
    C.Args.append(CE->arg_begin(), CE->arg_end());
    for (unsigned I = 0; I < C.Args.size(); ++I)
      if (isArrayExpr(C.Args[I])) {
        C.FirstArrayArg = I;
        break;
      }
  }
  C.Op = Types.lookupOp(C.Callee, C.Obj ? C.Obj->getType() : QualType());
  if (!C.Op && C.Callee && C.Callee->hasBody() &&
      Eng.Library.isUserCode(C.Callee))
    C.Sum = Eng.summary(C.Callee->getDefinition() ? C.Callee->getDefinition()
                                                  : C.Callee);
  C.Operation = C.Callee ? Types.qualifiedName(C.Callee)
                : C.Op ? Types.intern(C.Op->Op->Name) : OpName();
  return C;
}

void FunctionAnalysis::evalOperands(const CallExpr *CE, Call &C) {
  // Making a view reads no elements of its source, nor does a shape query:
  // the source's reads there are metadata reads.
  auto ResultKind = Types.classify(CE->getType());
  // (An entry that only says how the result reads its source, `access`,
  // leaves the relation to the type.)
  bool ByModel = C.Op && C.Op->Op->Result != ResultRel::Unknown;
  bool MakesView =
      ByModel ? (C.Op->Op->Result == ResultRel::View && !C.Op->Op->Index)
              : (ResultKind && ResultKind->Type->Kind == TypeKind::View && !CE->isGLValue());
  // (Only a view that is just named, `cv::Mat tmp = img.row(y);`: one used
  // on the spot, `a != t.view({-1})`, reads the elements there.)
  bool SourceIsMetadata = (MakesView && initialisesVariable(*Parents, CE)) ||
                          (C.Op && C.Op->Op->Result == ResultRel::Metadata);
  int ViewSource = C.sourceIndex();
  if (C.Obj) {
    std::optional<MetadataScope> Meta;
    if (SourceIsMetadata && ViewSource == ThisOperand)
      Meta.emplace(*this);
    C.ObjV = eval(C.Obj, /*AsWriteTarget=*/C.writes(ThisOperand));
  }
  for (unsigned I = 0; I < C.Args.size(); ++I) {
    std::optional<MetadataScope> Meta;
    if (SourceIsMetadata && !C.Obj && (int)I == ViewSource)
      Meta.emplace(*this);
    C.ArgV.push_back(eval(C.Args[I], C.writes(I)));
  }
}

void FunctionAnalysis::applyWrites(const CallExpr *CE, const Call &C) {
  if (C.Op) {
    Written From;
    if (std::optional<int> K = C.Op->Op->Assigns; K && *K < (int)C.Args.size())
      From = {C.Args[*K], Pool.intern(C.ArgV[*K]), true};
    for (int K : C.Op->Op->Writes) {
      if (K == ThisOperand && C.Obj)
        write(C.Obj, C.ObjV, CE, WriteKind::Method, C.Operation, From);
      else if (K >= 0 && K < (int)C.Args.size())
        write(C.Args[K], C.ArgV[K], CE, WriteKind::Method, C.Operation, From);
    }
  }
  if (C.Op)
    for (int K : C.Op->Op->Invokes)
      if (K >= 0 && K < (int)C.Args.size())
        applyInvokedLambda(CE, C, C.Args[K]);
  if (C.Sum)
    for (unsigned I = 0; I < C.Args.size() && I < C.Sum->WritesParam.size(); ++I)
      if (C.Sum->WritesParam[I] && !C.ArgV[I].empty())
        write(C.Args[I], C.ArgV[I], CE, WriteKind::Callee, C.Operation);
  if (C.Sum && C.Obj &&
      !(C.Sum->WritesCaptured.empty() && C.Sum->ReadsCaptured.empty()))
    applyCalledClosure(CE, C);
}

void FunctionAnalysis::applyCalledClosure(const CallExpr *CE, const Call &C) {
  // A closure called here, `[&] { v.setTo(0); }()` or `clear()` after
  // `auto clear = [&v] {...};`, writes what it captures and writes, as a
  // lambda an operation invokes does. A named closure's by-copy captures
  // hold the handles of its creation, which the variable may no longer
  // be: only its by-reference captures are written through the variable.
  // Its reads of what it captures count at the call too, after its writes:
  // a closure made before a write and called after it reads that write.
  const Expr *Obj = strip(C.Obj);
  const auto *LE = dyn_cast<LambdaExpr>(Obj);
  bool ByRefOnly = false;
  if (!LE) {
    const auto *DRE = dyn_cast<DeclRefExpr>(Obj);
    const auto *Closure = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    if (!Closure || !Closure->isLocalVarDecl())
      return;
    LE = dyn_cast_or_null<LambdaExpr>(strip(Closure->getInit()));
    ByRefOnly = true;
  }
  if (!LE || LE->getCallOperator() != C.Callee->getFirstDecl())
    return;
  applyInvokedLambda(CE, C, LE, ByRefOnly);
  for (const VarDecl *VD : C.Sum->ReadsCaptured)
    for (const LambdaCapture &Cap : LE->captures())
      if (Cap.capturesVariable() && Cap.getCapturedVar() == VD &&
          (!ByRefOnly || Cap.getCaptureKind() == LCK_ByRef))
        if (Event *R = emit(EventKind::Read, CE, nullptr, varValue(VD)))
          R->Var = VD;
}

void FunctionAnalysis::applyInvokedLambda(const CallExpr *CE, const Call &C,
                                          const Expr *Arg, bool ByRefOnly) {
  // A lambda the operation calls writes, at the call, what it captures and
  // writes: a by-copy handle shares its storage with the captured variable.
  const auto *LE = dyn_cast_or_null<LambdaExpr>(strip(Arg));
  if (!LE || !Eng.Library.isUserCode(LE->getCallOperator()))
    return;
  const Summary *S = Eng.summary(LE->getCallOperator());
  if (!S)
    return;
  for (const VarDecl *VD : S->WritesCaptured)
    for (const auto &[Cap, Init] : llvm::zip(LE->captures(), LE->capture_inits())) {
      if (!Cap.capturesVariable() || Cap.getCapturedVar() != VD || !Init)
        continue;
      if (ByRefOnly && Cap.getCaptureKind() != LCK_ByRef)
        break;
      // The capture's initialiser names the variable (through the copy).
      const Expr *Named = strip(Init);
      if (const auto *CC = dyn_cast<CXXConstructExpr>(Named); CC && CC->getNumArgs() == 1)
        Named = strip(CC->getArg(0));
      if (isa<DeclRefExpr>(Named))
        write(Named, varValue(VD), CE, WriteKind::Callee, C.Operation);
      break;
    }
}

void FunctionAnalysis::applyOutputParams(const CallExpr *CE, const Call &C) {
  // Output parameters (cv::OutputArray) are written by the callee, unless
  // it reallocates them first (another size or type). The in-place form
  // `f(x, x)` keeps the size and type, and so writes x's storage, unless the
  // model says the operation reallocates (cvtColor); otherwise the existing
  // storage is only maybe written, and a named output may now be fresh.
  if (!C.Callee)
    return;
  for (unsigned I = 0; I < C.Args.size() && I < C.Callee->getNumParams(); ++I) {
    if (!Types.outputParamLibrary(C.Callee->getParamDecl(I)->getType()) ||
        C.ArgV[I].empty() || C.writes(I))
      continue;
    // A temporary (an ROI expression) binds as a fixed-size, fixed-type
    // output: the callee writes its pixels or fails, never reallocates.
    const ValueDecl *OutVar = namedArray(C.Args[I]);
    if (!OutVar) {
      write(C.Args[I], C.ArgV[I], CE, WriteKind::OutputArg, C.Operation);
      continue;
    }
    bool InPlace = C.Obj && namedArray(C.Obj) == OutVar;
    for (unsigned J = 0; J < C.Args.size() && !InPlace; ++J)
      InPlace = J != I && namedArray(C.Args[J]) == OutVar;
    bool Reallocates = C.Op && llvm::is_contained(C.Op->Op->Reallocates, (int)I);
    Prov Written = C.ArgV[I];
    if (!InPlace || Reallocates)
      for (Link &L : Written.Links)
        L.Must = false;
    write(C.Args[I], Written, CE, WriteKind::OutputArg, C.Operation);
    if (!InPlace || Reallocates) {
      Prov Fresh;
      Fresh.Links.push_back(Link{OutVar, Rel::Same, true, CE, C.Operation, nullptr});
      setVar(OutVar, Prov::join(C.ArgV[I], Fresh));
    }
  }
}

void FunctionAnalysis::applyStorageChanges(const CallExpr *CE, const Call &C) {
  // A handle released (`m.release()`) owns nothing afterwards, and one that
  // may be reallocated (`m.create(size, type)`: only when the size or type
  // differs) may own new storage: either way a handle that shared its old
  // buffer may no longer share what is written into it next. Output
  // parameters are applyOutputParams' business.
  if (!C.Op)
    return;
  auto Operand = [&](int K) -> std::pair<const Expr *, const Prov *> {
    if (K == ThisOperand)
      return {C.Obj, &C.ObjV};
    if (K >= 0 && K < (int)C.Args.size())
      return {C.Args[K], &C.ArgV[K]};
    return {nullptr, nullptr};
  };
  auto Change = [&](int K, bool Certain) {
    auto [E, V] = Operand(K);
    const ValueDecl *Var = E ? namedArray(E) : nullptr;
    if (!Var || (K >= 0 && C.Callee && K < (int)C.Callee->getNumParams() &&
                 Types.outputParamLibrary(C.Callee->getParamDecl(K)->getType())))
      return;
    Prov Fresh;
    Fresh.Links.push_back(Link{Var, Rel::Same, true, CE, C.Operation, nullptr});
    Prov After = Certain ? Fresh : Prov::join(*V, Fresh);
    if (!Certain)
      for (Link &L : After.Links)
        L.Must = false;
    if (Event *Ev = emit(EventKind::Rebind, CE, E, After, WriteKind::Method, C.Operation))
      Ev->Prior = Pool.intern(*V);
    setVar(Var, After);
  };
  for (int K : C.Op->Op->Releases)
    Change(K, true);
  for (int K : C.Op->Op->Reallocates)
    Change(K, false);
}

Prov FunctionAnalysis::unmodelledResult(const CallExpr *CE, const Call &C,
                                        const Prov &Src, const Expr *SrcE,
                                        ApiModel::TypeMatch RType) {
  if (C.Sum) {
    Prov P;
    for (unsigned I = 0; I < C.ArgV.size() && I < C.Sum->ReturnsParam.size(); ++I)
      if (auto R = C.Sum->ReturnsParam[I]) {
        Prov Part = applyRelation(relationOf(*R), C.ArgV[I], CE, C.Operation, nullptr,
                                  holdingOf(C.Args[I], nullptr));
        P.Links.append(Part.Links.begin(), Part.Links.end());
      }
    return P;
  }
  // Not modelled by name: the result's type says what it is (and how it
  // reads its operands, with the model's `access` of the operation).
  uint8_t Access = RType.Type->Access | (C.Op ? C.Op->Op->Access : 0);
  switch (RType.Type->Kind) {
  case TypeKind::View:
    return applyRelation(ResultRel::View, Src, CE, C.Operation, RType.Library,
                         holdingOf(SrcE, RType.Library), Access);
  case TypeKind::Lazy: {
    // A product operand the model keeps (`keeps-product`) is still read as
    // a product: not evaluated into a temporary of this expression.
    auto AccessOf = [&](int K, const Expr *E) -> uint8_t {
      if (!C.Op || !llvm::is_contained(C.Op->Op->KeepsProduct, K))
        return Access;
      auto T = Types.classify(strip(E)->getType());
      return T && (T->Type->Access & AccessProduct) ? Access | AccessProduct
                                                    : Access;
    };
    Prov P;
    if (C.Obj)
      P = applyRelation(ResultRel::Lazy, C.ObjV, CE, C.Operation, RType.Library,
                        holdingOf(C.Obj, RType.Library), AccessOf(ThisOperand, C.Obj));
    for (unsigned I = 0; I < C.ArgV.size(); ++I) {
      Prov Part = applyRelation(ResultRel::Lazy, C.ArgV[I], CE, C.Operation,
                                RType.Library, holdingOf(C.Args[I], RType.Library),
                                AccessOf(I, C.Args[I]));
      for (const Link &L : Part.Links) {
        if (!P.linkTo(L.Root))
          P.Links.push_back(L);
        else // read by several operands: in every way they read it
          for (Link &Q : P.Links)
            if (Q.Root == L.Root) {
              Q.Access |= L.Access;
              Q.Block = Q.Block == L.Block ? Q.Block : nullptr;
            }
      }
    }
    return P;
  }
  case TypeKind::Owning:
  case TypeKind::Handle:
    return {}; // fresh or unknown: no sharing assumed
  }
  return {};
}

/// A block made by an operation with a model `block` key, of the root
/// itself or of a block of it that is known (`A.col(j).segment(i, n)`): its
/// links remember the call, whose arguments, with those of the blocks it
/// is made of, give the extents (Link::Block).
static Prov markBlock(Prov P, const Prov &Src, const CallExpr *CE,
                      const ApiModel::OpMatch *Op) {
  if (!Op || !Op->Op->Block)
    return P;
  for (Link &N : P.Links)
    if (const Link *L = Src.linkTo(N.Root);
        L && ((L->R == Rel::Same && L->Access == AccessElementwise) ||
              (L->Access == AccessBlock && L->Block)))
      N.Block = CE;
  return P;
}

Prov FunctionAnalysis::callResult(const CallExpr *CE, const Call &C) {
  QualType RT = CE->getType();
  auto RType = Types.classify(RT);
  int SrcIndex = C.sourceIndex();
  Prov Src = SrcIndex == ThisOperand ? C.ObjV
             : SrcIndex < (int)C.ArgV.size() ? C.ArgV[SrcIndex] : Prov();
  const Expr *SrcE = SrcIndex == ThisOperand ? C.Obj
                     : SrcIndex < (int)C.Args.size() ? C.Args[SrcIndex] : nullptr;
  if (!C.Op && !C.Obj)
    // Free function: the first array argument is the source.
    for (unsigned I = 0; I < C.Args.size(); ++I)
      if (isArrayExpr(C.Args[I])) {
        Src = C.ArgV[I];
        SrcE = C.Args[I];
        break;
      }

  if (!RType) {
    // Not an array: an element reference into the object (`a(0, 1)`,
    // `m.at<float>(i, j)`) when it is a non-const lvalue, or a pointer to
    // mutable elements (`m.ptr<float>(r)`, `t.data_ptr<float>()`).
    bool ElementRef = CE->isLValue() && !RT.isConstQualified() && !RT->isRecordType();
    bool ElementPtr = RT->isPointerType() && !RT->getPointeeType().isConstQualified() &&
                      !RT->getPointeeType()->isRecordType();
    if (C.Obj && (ElementRef || ElementPtr) && isArrayExpr(C.Obj)) {
      Prov P = C.ObjV;
      P.Element = true;
      return P;
    }
    return {};
  }

  // A reference to an array returned from a member or operator is the
  // object itself (`operator+=`, in-place ops, eval() of a plain object).
  // (Unless the model says it is another, existing array: `w.grad()`.)
  bool ModelSaysOther = C.Op && C.Op->Op->Result == ResultRel::Fresh;
  if (CE->isGLValue() && !ModelSaysOther &&
      (RType->Type->Kind == TypeKind::Owning ||
       RType->Type->Kind == TypeKind::Handle)) {
    Prov P;
    if (C.Obj)
      P = C.ObjV;
    else if (!C.ArgV.empty() && (!C.Op || C.Op->Op->Result != ResultRel::Unknown))
      P = Src;
    // An existing array that is no variable (`channels[c]`).
    if (P.Links.empty())
      P.Anonymous = true;
    return P;
  }

  if (!C.Op && !C.Sum && !CE->isGLValue())
    if (auto V = viewOfPointerArg(CE, C.Args, C.ArgV, *RType))
      return *V;

  if (C.Op) {
    const OpEntry &Op = *C.Op->Op;
    if (Op.Index && Op.Index->Arg < C.Args.size() &&
        isAdvancedIndex(C.Args[Op.Index->Arg], *Op.Index, Types)) {
      Prov P = applyRelation(Op.Index->Advanced, Src, CE, C.Operation, C.Op->Library);
      for (CopyOf &Copy : P.Copies) {
        Copy.IndexCall = CE;
        Copy.PutMethod = Types.intern(Op.Index->PutMethod);
      }
      return P;
    }
    if (Op.Result == ResultRel::Fresh && CE->isGLValue()) {
      // An existing array that is no variable (`w.grad()`).
      Prov P;
      P.Anonymous = true;
      return P;
    }
    if (Op.Result != ResultRel::Unknown)
      return markBlock(applyRelation(Op.Result, Src, CE, C.Operation, C.Op->Library,
                                     holdingOf(SrcE, C.Op->Library),
                                     Op.Access | RType->Type->Access),
                       Src, CE, C.Op ? &*C.Op : nullptr);
  }
  return markBlock(unmodelledResult(CE, C, Src, SrcE, *RType), Src, CE,
                   C.Op ? &*C.Op : nullptr);
}

Prov FunctionAnalysis::evalCall(const CallExpr *CE) {
  if (const auto *OCE = dyn_cast<CXXOperatorCallExpr>(CE);
      OCE && OCE->getNumArgs() == 2) {
    OverloadedOperatorKind K = OCE->getOperator();
    if (K == OO_Equal)
      return evalAssign(OCE, OCE->getArg(0), OCE->getArg(1));
    if (isCompoundAssign(K)) {
      Prov R = eval(OCE->getArg(1));
      Prov Lv = eval(OCE->getArg(0), /*AsWriteTarget=*/true);
      write(OCE->getArg(0), Lv, OCE,
            Lv.Element ? WriteKind::Element : WriteKind::Compound,
            Types.intern(getOperatorSpelling(K)), {OCE->getArg(1), Pool.intern(R), false});
      return Lv;
    }
  }
  Call C = resolveCall(CE);
  evalOperands(CE, C);
  if (C.Op && (!C.Op->Op->Stores.empty() ||
               C.Op->Op->Contents != OpEntry::ContentsUse::None))
    applyContainerUse(CE, *C.Op->Op, C.Obj, C.Args, C.ArgV);
  applyWrites(CE, C);
  applyOutputParams(CE, C);
  applyStorageChanges(CE, C);
  // Code neither modelled nor summarised may keep what it is given (a
  // handle copy, the address of a reference): the arrays escape there. (A
  // call returning a modelled array is known by its result's type.)
  if (!C.Op && !C.Sum && !isArrayExpr(CE))
    for (unsigned I = 0; I < C.Args.size(); ++I)
      if (isArrayExpr(C.Args[I]))
        escape(EscapeKind::Passed, CE, C.Args[I], C.ArgV[I]);
  return callResult(CE, C);
}
