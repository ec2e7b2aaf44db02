//===- Engine.cpp - Forward provenance dataflow over the CFG --------------===//
#include "provenance/Engine.h"
#include "clang/AST/ParentMap.h"
#include "llvm/ADT/BitVector.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Analysis/CFG.h"
#include <set>

using namespace clang;
using namespace aliaslint;

llvm::StringRef aliaslint::toString(EventKind K) {
  switch (K) {
  case EventKind::Create: return "create";
  case EventKind::Write: return "write";
  case EventKind::Read: return "read";
  case EventKind::Rebind: return "rebind";
  case EventKind::Escape: return "escape";
  case EventKind::EndOfLifetime: return "end";
  }
  return "?";
}

llvm::StringRef aliaslint::toString(WriteKind K) {
  switch (K) {
  case WriteKind::Method: return "method";
  case WriteKind::Assign: return "assign";
  case WriteKind::Compound: return "compound";
  case WriteKind::Element: return "element";
  case WriteKind::OutputArg: return "output-arg";
  case WriteKind::Callee: return "callee";
  }
  return "?";
}

namespace aliaslint {

/// One run of the dataflow over one function.
class FunctionAnalysis {
public:
  FunctionAnalysis(ProvenanceEngine &E, const FunctionDecl *FD,
                   FunctionProvenance &Out)
      : Eng(E), Types(E.Types), FD(FD), Out(Out) {}

  void run();

private:
  // --- expression evaluation -------------------------------------------
  Prov eval(const Expr *E, bool AsWriteTarget = false);
  Prov evalCall(const CallExpr *CE);
  Prov evalConstruct(const CXXConstructExpr *CE);
  Prov evalAssign(const Expr *Whole, const Expr *LHS, const Expr *RHS);
  Prov varValue(const ValueDecl *D);
  Prov applyRelation(ResultRel R, const Prov &Src, const Expr *Origin,
                     const std::string &Op, const LibraryModel *Lib);
  Prov materialize(const Prov &Src, const Expr *Origin, const std::string &Op,
                   const LibraryModel *Lib);
  void evalChildren(const Stmt *S);
  bool isAdvancedIndex(const Expr *Arg, const IndexRule &R);
  bool isZeroDimIntegerTensor(const Expr *X, const IndexRule &R);
  bool isArrayExpr(const Expr *E);

  // --- events ----------------------------------------------------------
  void emit(EventKind K, const Stmt *S, const Expr *Target, const Prov &V,
            WriteKind How = WriteKind::Method, std::string Op = {});
  void write(const Expr *Target, const Prov &V, const Stmt *Writer,
             WriteKind How, std::string Op);
  bool isDiscarded(const Stmt *S);
  bool initialisesVariable(const Stmt *S);
  const ValueDecl *namedArray(const Expr *E);
  const ValueDecl *derivedFrom(const Expr *E);

  // --- dataflow --------------------------------------------------------
  void transfer(const CFGBlock &B, State &S, bool Emit);
  void bindVar(const VarDecl *VD, const Prov &V, const Stmt *At);

  ProvenanceEngine &Eng;
  TypeClassifier &Types;
  const FunctionDecl *FD;
  FunctionProvenance &Out;
  std::unique_ptr<ParentMap> Parents;
  /// Per block, the elements that are subexpressions of another element.
  std::vector<llvm::BitVector> Nested;

  // Current position, valid during transfer().
  State *Cur = nullptr;
  ProvPool &Pool = *Out.Values;
  bool Emitting = false;
  /// Reads made now see only the array's shape or type (`t.size(0)`).
  bool MetadataRead = false;
  struct MetadataScope {
    FunctionAnalysis &A;
    bool Old;
    explicit MetadataScope(FunctionAnalysis &A) : A(A), Old(A.MetadataRead) {
      A.MetadataRead = true;
    }
    ~MetadataScope() { A.MetadataRead = Old; }
  };
  const Stmt *CurFull = nullptr;
  unsigned CurBlock = 0, CurIndex = 0, Seq = 0;
};

} // namespace aliaslint

static const Expr *strip(const Expr *E) {
  while (E) {
    E = E->IgnoreParens();
    if (const auto *C = dyn_cast<ImplicitCastExpr>(E))
      E = C->getSubExpr();
    else if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *F = dyn_cast<FullExpr>(E))
      E = F->getSubExpr();
    else
      break;
  }
  return E;
}

/// Whether an expression denotes an array, looking through the derived-to-
/// base conversions that bind it to `const EigenBase<D>&`-style parameters.
bool FunctionAnalysis::isArrayExpr(const Expr *E) {
  return E && (Types.isArray(E->getType()) || Types.isArray(strip(E)->getType()));
}

Prov FunctionAnalysis::varValue(const ValueDecl *D) {
  if (const Prov *P = Cur->lookup(D))
    return *P;
  // First sight of a parameter, member or outer variable: its own storage.
  Prov P;
  P.Links.push_back(Link{D, Rel::Same, true, nullptr, {}, nullptr});
  return P;
}

const ValueDecl *FunctionAnalysis::namedArray(const Expr *E) {
  E = strip(E);
  // Through a wrapper built from one array (cv::_OutputArray(Mat&)), or a
  // copy of a handle (a by-value cv::Mat argument shares the pixels).
  if (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(E); CE && CE->getNumArgs() >= 1) {
    auto T = Types.classify(CE->getType());
    if (!T || (T->Type->Kind == TypeKind::Handle &&
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

void FunctionAnalysis::emit(EventKind K, const Stmt *S, const Expr *Target,
                            const Prov &V, WriteKind How, std::string Op) {
  if (!Emitting)
    return;
  Event Ev;
  Ev.Kind = K;
  Ev.S = S;
  Ev.FullStmt = CurFull;
  Ev.Target = Target;
  Ev.Var = Target ? namedArray(Target) : nullptr;
  Ev.Via = Target && !Ev.Var ? derivedFrom(Target) : nullptr;
  Ev.Value = Pool.intern(V);
  Ev.How = How;
  Ev.Op = std::move(Op);
  Ev.Block = CurBlock;
  Ev.Index = CurIndex;
  Ev.Seq = Seq++;
  Out.Events.push_back(std::move(Ev));
}

bool FunctionAnalysis::initialisesVariable(const Stmt *S) {
  const Stmt *P = Parents->getParent(S);
  while (P && (isa<ExprWithCleanups>(P) || isa<ParenExpr>(P) ||
               isa<ImplicitCastExpr>(P) || isa<MaterializeTemporaryExpr>(P) ||
               isa<CXXBindTemporaryExpr>(P) || isa<CXXConstructExpr>(P)))
    P = Parents->getParent(P);
  return P && isa<DeclStmt>(P);
}

bool FunctionAnalysis::isDiscarded(const Stmt *S) {
  const Stmt *P = Parents->getParent(S);
  while (P && (isa<ExprWithCleanups>(P) || isa<ParenExpr>(P) ||
               isa<ImplicitCastExpr>(P) || isa<MaterializeTemporaryExpr>(P) ||
               isa<CXXBindTemporaryExpr>(P))) {
    S = P;
    P = Parents->getParent(P);
  }
  if (!P)
    return true;
  if (const auto *BO = dyn_cast<BinaryOperator>(P))
    return BO->getOpcode() == BO_Comma && BO->getLHS() == S;
  if (isa<Expr>(P) || isa<ReturnStmt>(P) || isa<DeclStmt>(P))
    return false;
  // A statement context: used only as a condition (or a range to iterate).
  if (const auto *If = dyn_cast<IfStmt>(P))
    return If->getCond() != S;
  if (const auto *For = dyn_cast<ForStmt>(P))
    return For->getCond() != S;
  if (const auto *W = dyn_cast<WhileStmt>(P))
    return W->getCond() != S;
  if (const auto *D = dyn_cast<DoStmt>(P))
    return D->getCond() != S;
  if (const auto *Sw = dyn_cast<SwitchStmt>(P))
    return Sw->getCond() != S;
  if (const auto *FR = dyn_cast<CXXForRangeStmt>(P))
    return FR->getBody() == S;
  return true; // compound statements, labels, case bodies
}

void FunctionAnalysis::write(const Expr *Target, const Prov &V,
                             const Stmt *Writer, WriteKind How, std::string Op) {
  if (!Emitting)
    return;
  emit(EventKind::Write, Writer, Target, V, How, std::move(Op));
  Out.Events.back().ResultUsed = !isDiscarded(Writer);
}

Prov FunctionAnalysis::applyRelation(ResultRel R, const Prov &Src,
                                     const Expr *Origin, const std::string &Op,
                                     const LibraryModel *Lib) {
  Prov P;
  auto Derive = [&](Rel With) {
    for (const Link &L : Src.Links) {
      Link N = L;
      N.R = compose(L.R, With);
      if (With != Rel::Same || !N.Origin) {
        N.Origin = Origin;
        N.Op = Op;
        N.Library = Lib;
      }
      P.Links.push_back(N);
    }
  };
  switch (R) {
  case ResultRel::Same:
    return Src;
  case ResultRel::View:
    Derive(Rel::View);
    P.Copies = Src.Copies;
    return P;
  case ResultRel::MaybeView:
    Derive(Rel::MaybeView);
    return P;
  case ResultRel::Lazy:
    Derive(Rel::Lazy);
    return P;
  case ResultRel::Copy:
    for (const Link &L : Src.Links)
      P.Copies.push_back(CopyOf{L.Root, L.Must, Origin, Op, Lib, nullptr, {}});
    if (Src.Links.empty() && Src.Anonymous && Origin)
      // A copy of an array that is no variable (`channels[c].clone()`).
      P.Copies.push_back(CopyOf{nullptr, true, Origin, Op, Lib, nullptr, {}});
    return P;
  case ResultRel::Fresh:
  case ResultRel::Metadata:
  case ResultRel::Unknown:
    return P;
  }
  return P;
}

Prov FunctionAnalysis::materialize(const Prov &Src, const Expr *Origin,
                                   const std::string &Op,
                                   const LibraryModel *Lib) {
  return applyRelation(ResultRel::Copy, Src, Origin, Op, Lib);
}

void FunctionAnalysis::evalChildren(const Stmt *S) {
  for (const Stmt *C : S->children())
    if (const auto *E = dyn_cast_or_null<Expr>(C))
      eval(E);
}

bool FunctionAnalysis::isZeroDimIntegerTensor(const Expr *X, const IndexRule &R) {
  const auto *CE = dyn_cast<CallExpr>(X);
  const FunctionDecl *F = CE ? CE->getDirectCallee() : nullptr;
  if (!F || !llvm::is_contained(R.ZeroDimProducers, qualifiedNameNoArgs(F)))
    return false;
  llvm::SmallVector<const Expr *, 2> Explicit;
  for (const Expr *A : CE->arguments())
    if (!isa<CXXDefaultArgExpr>(A))
      Explicit.push_back(A);
  if (isa<CXXMemberCallExpr>(CE))
    return Explicit.empty();
  if (Explicit.size() != 1)
    return false;
  // Through the converting constructor (TensorDataContainer) to the value.
  const Expr *V = strip(Explicit[0]);
  while (const auto *C = dyn_cast_or_null<CXXConstructExpr>(V)) {
    if (C->getNumArgs() != 1)
      return false;
    V = strip(C->getArg(0));
  }
  QualType T = V ? V->getType().getCanonicalType() : QualType();
  return !T.isNull() && T->isIntegerType() && !T->isBooleanType();
}

bool FunctionAnalysis::isAdvancedIndex(const Expr *Arg, const IndexRule &R) {
  // Collect the entries of `{i, Slice(), idx}` through the ArrayRef and
  // TensorIndex conversions, and look at each entry's own type.
  llvm::SmallVector<const Expr *, 4> Entries;
  const Expr *E = strip(Arg);
  while (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(E)) {
    if (CE->getNumArgs() == 0)
      break;
    E = strip(CE->getArg(0));
  }
  if (const auto *IL = dyn_cast_or_null<CXXStdInitializerListExpr>(E))
    E = strip(IL->getSubExpr());
  if (const auto *ILE = dyn_cast_or_null<InitListExpr>(E))
    Entries.append(ILE->inits().begin(), ILE->inits().end());
  else if (E)
    Entries.push_back(E);
  for (const Expr *Entry : Entries) {
    const Expr *X = strip(Entry);
    // See through the TensorIndex converting constructor to what was passed.
    while (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(X)) {
      if (CE->getNumArgs() != 1)
        break;
      std::string Name = qualifiedNameNoArgs(CE->getConstructor()->getParent());
      if (llvm::is_contained(R.AdvancedTypes, Name))
        break;
      X = strip(CE->getArg(0));
    }
    if (!X)
      continue;
    if (isZeroDimIntegerTensor(X, R))
      continue; // indexes like an integer: basic
    QualType T = X->getType().getNonReferenceType().getCanonicalType();
    if (T->isBooleanType() && llvm::is_contained(R.AdvancedTypes, "bool"))
      return true;
    if (const auto *RD = T->getAsCXXRecordDecl()) {
      std::string Name = qualifiedNameNoArgs(RD);
      if (llvm::is_contained(R.AdvancedTypes, Name))
        return true;
      // Derived classes of an advanced type (torch::Tensor's bases).
      if (auto M = Types.classify(T))
        if (llvm::is_contained(R.AdvancedTypes, M->Type->Name))
          return true;
    }
  }
  return false;
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
  bool SrcIsArray = isArrayExpr(Src);
  if (Op && !Ctor->isCopyOrMoveConstructor()) {
    llvm::SmallVector<Prov, 4> Args;
    for (const Expr *A : CE->arguments())
      Args.push_back(eval(A));
    int K = Op->Op->Source == ThisOperand ? 0 : Op->Op->Source;
    if (K < (int)Args.size())
      return applyRelation(Op->Op->Result, Args[K], CE, Op->Op->Name,
                           Op->Library);
    return {};
  }
  if (!SrcIsArray) {
    evalChildren(CE);
    return {};
  }
  Prov V = eval(Src);
  for (unsigned I = 1; I < CE->getNumArgs(); ++I)
    eval(CE->getArg(I));
  auto SrcType = Types.classify(strip(Src)->getType());
  std::string OpName = qualifiedNameNoArgs(Ctor->getParent());
  switch (ResultType->Type->Kind) {
  case TypeKind::Owning:
    // Constructing a container from any array expression copies it.
    return materialize(V, CE, OpName, ResultType->Library);
  case TypeKind::Handle:
    // A handle from a lazy expression evaluates it; from a handle, shares.
    if (SrcType && SrcType->Type->Kind == TypeKind::Lazy)
      return materialize(V, CE, OpName, ResultType->Library);
    return V;
  case TypeKind::View:
  case TypeKind::Lazy:
    return V;
  }
  return V;
}

Prov FunctionAnalysis::evalAssign(const Expr *Whole, const Expr *LHS,
                                  const Expr *RHS) {
  Prov R = eval(RHS);
  const Expr *L = strip(LHS);
  auto LType = Types.classify(LHS->getType());
  if (!LType) {
    // Element assignment: `a(0, 1) = 5`, `t.data_ptr<float>()[0] = 1`.
    Prov Lv = eval(LHS, /*AsWriteTarget=*/true);
    if (Lv.Element)
      write(LHS, Lv, Whole, WriteKind::Element, {});
    return Lv;
  }
  auto RType = Types.classify(strip(RHS)->getType());
  const ValueDecl *Named = namedArray(L);
  bool RhsIsHandle = RType && RType->Type->Kind == TypeKind::Handle;
  bool Rebinds = LType->Type->Kind == TypeKind::Handle && RhsIsHandle &&
                 (Named ? LType->Type->AssignRebinds
                        : !LType->Type->RvalueAssignWrites);
  if (Rebinds) {
    if (Named) {
      Prov NewV = R;
      if (NewV.Links.empty())
        NewV.Links.push_back(Link{Named, Rel::Same, true, nullptr, {}, nullptr});
      emit(EventKind::Rebind, Whole, LHS, NewV);
      Cur->set(Named, Pool.intern(NewV));
      return NewV;
    }
    // A temporary handle rebound: nothing is written.
    Prov Lv = eval(LHS, true);
    emit(EventKind::Rebind, Whole, LHS, Lv);
    return Lv;
  }
  Prov Lv = eval(LHS, /*AsWriteTarget=*/true);
  write(LHS, Lv, Whole, WriteKind::Assign, "operator=");
  if (Named && LType->Type->Kind == TypeKind::Owning) {
    // A container assigned an array expression holds a copy of it.
    Prov NewV = varValue(Named);
    NewV.Copies = materialize(R, RHS, "operator=", LType->Library).Copies;
    Cur->set(Named, Pool.intern(NewV));
    return NewV;
  }
  return Lv;
}

static bool isCompoundAssign(OverloadedOperatorKind K) {
  switch (K) {
  case OO_PlusEqual: case OO_MinusEqual: case OO_StarEqual: case OO_SlashEqual:
  case OO_PercentEqual: case OO_CaretEqual: case OO_AmpEqual: case OO_PipeEqual:
  case OO_LessLessEqual: case OO_GreaterGreaterEqual:
    return true;
  default:
    return false;
  }
}

Prov FunctionAnalysis::evalCall(const CallExpr *CE) {
  const FunctionDecl *Callee = CE->getDirectCallee();
  const auto *MCE = dyn_cast<CXXMemberCallExpr>(CE);
  const auto *OCE = dyn_cast<CXXOperatorCallExpr>(CE);

  // Operands: this (or an operator's left operand) and the arguments.
  const Expr *Obj = nullptr;
  llvm::SmallVector<const Expr *, 4> Args;
  if (MCE) {
    Obj = MCE->getImplicitObjectArgument();
    Args.append(MCE->arg_begin(), MCE->arg_end());
  } else if (OCE && isa_and_nonnull<CXXMethodDecl>(Callee) && OCE->getNumArgs() > 0) {
    Obj = OCE->getArg(0);
    Args.append(OCE->arg_begin() + 1, OCE->arg_end());
  } else {
    Args.append(CE->arg_begin(), CE->arg_end());
  }

  if (OCE) {
    OverloadedOperatorKind K = OCE->getOperator();
    if (K == OO_Equal && OCE->getNumArgs() == 2)
      return evalAssign(OCE, OCE->getArg(0), OCE->getArg(1));
    if (isCompoundAssign(K) && OCE->getNumArgs() == 2) {
      eval(OCE->getArg(1));
      Prov Lv = eval(OCE->getArg(0), /*AsWriteTarget=*/true);
      write(OCE->getArg(0), Lv, OCE,
            Lv.Element ? WriteKind::Element : WriteKind::Compound,
            getOperatorSpelling(K));
      return Lv;
    }
  }

  auto Op = Types.lookupOp(Callee, Obj ? Obj->getType() : QualType());
  const Summary *Sum = nullptr;
  if (!Op && Callee && Callee->hasBody() &&
      Eng.Library.isUserCode(Callee))
    Sum = Eng.summary(Callee->getDefinition() ? Callee->getDefinition() : Callee);

  auto Writes = [&](int K) {
    return Op && llvm::is_contained(Op->Op->Writes, K);
  };

  // Making a view reads no elements of its source, nor does a shape query:
  // the source's reads there are metadata reads.
  auto ResultKind = Types.classify(CE->getType());
  bool MakesView =
      Op ? (Op->Op->Result == ResultRel::View && !Op->Op->Index)
         : (ResultKind && ResultKind->Type->Kind == TypeKind::View && !CE->isGLValue());
  // (Only a view that is just named, `cv::Mat tmp = img.row(y);`: one used
  // on the spot, `a != t.view({-1})`, reads the elements there.)
  bool SourceIsMetadata = (MakesView && initialisesVariable(CE)) ||
                          (Op && Op->Op->Result == ResultRel::Metadata);
  int ViewSource = Op ? Op->Op->Source : ThisOperand;
  if (!Obj && ViewSource == ThisOperand)
    ViewSource = 0;
  Prov ObjV;
  if (Obj) {
    std::optional<MetadataScope> Meta;
    if (SourceIsMetadata && ViewSource == ThisOperand)
      Meta.emplace(*this);
    ObjV = eval(Obj, /*AsWriteTarget=*/Writes(ThisOperand));
  }
  llvm::SmallVector<Prov, 4> ArgV;
  for (unsigned I = 0; I < Args.size(); ++I) {
    std::optional<MetadataScope> Meta;
    if (SourceIsMetadata && !Obj && (int)I == ViewSource)
      Meta.emplace(*this);
    ArgV.push_back(eval(Args[I], Writes(I)));
  }

  std::string OpName = Op ? Op->Op->Name
                          : (Callee ? qualifiedNameNoArgs(Callee) : std::string());
  if (Op && Callee)
    OpName = qualifiedNameNoArgs(Callee);

  // Writes the model or a summary knows of.
  if (Op) {
    for (int K : Op->Op->Writes) {
      if (K == ThisOperand && Obj)
        write(Obj, ObjV, CE, WriteKind::Method, OpName);
      else if (K >= 0 && K < (int)Args.size())
        write(Args[K], ArgV[K], CE, WriteKind::Method, OpName);
    }
  }
  if (Sum)
    for (unsigned I = 0; I < Args.size() && I < Sum->WritesParam.size(); ++I)
      if (Sum->WritesParam[I] && !ArgV[I].empty())
        write(Args[I], ArgV[I], CE, WriteKind::Callee, OpName);
  // Output parameters (cv::OutputArray) are written by the callee, unless
  // it reallocates them first (another size or type). The in-place form
  // `f(x, x)` keeps the size and type, and so writes x's storage, unless the
  // model says the operation reallocates (cvtColor); otherwise the existing
  // storage is only maybe written, and a named output may now be fresh.
  if (Callee)
    for (unsigned I = 0; I < Args.size() && I < Callee->getNumParams(); ++I) {
      if (!Types.outputParamLibrary(Callee->getParamDecl(I)->getType()) ||
          ArgV[I].empty() || Writes(I))
        continue;
      // A temporary (an ROI expression) binds as a fixed-size, fixed-type
      // output: the callee writes its pixels or fails, never reallocates.
      const ValueDecl *OutVar = namedArray(Args[I]);
      if (!OutVar) {
        write(Args[I], ArgV[I], CE, WriteKind::OutputArg, OpName);
        continue;
      }
      bool InPlace = OutVar && Obj && namedArray(Obj) == OutVar;
      for (unsigned J = 0; J < Args.size() && OutVar && !InPlace; ++J)
        InPlace = J != I && namedArray(Args[J]) == OutVar;
      bool Reallocates = Op && llvm::is_contained(Op->Op->Reallocates, (int)I);
      Prov Written = ArgV[I];
      if (!InPlace || Reallocates)
        for (Link &L : Written.Links)
          L.Must = false;
      write(Args[I], Written, CE, WriteKind::OutputArg, OpName);
      if (OutVar && (!InPlace || Reallocates)) {
        Prov Fresh;
        Fresh.Links.push_back(Link{OutVar, Rel::Same, true, CE, OpName, nullptr});
        Cur->set(OutVar, Pool.intern(Prov::join(ArgV[I], Fresh)));
      }
    }

  // The result.
  QualType RT = CE->getType();
  auto RType = Types.classify(RT);
  Prov Src = ObjV;
  int SrcIndex = Op ? Op->Op->Source : ThisOperand;
  if (!Obj && SrcIndex == ThisOperand)
    SrcIndex = 0;
  if (SrcIndex >= 0) {
    Src = SrcIndex < (int)ArgV.size() ? ArgV[SrcIndex] : Prov();
  }
  if (!Op && !Obj) {
    // Free function: the first array argument is the source.
    for (unsigned I = 0; I < Args.size(); ++I)
      if (isArrayExpr(Args[I])) {
        Src = ArgV[I];
        break;
      }
  }

  if (!RType) {
    // Not an array: an element reference into the object (`a(0, 1)`,
    // `m.at<float>(i, j)`) when it is a non-const lvalue, or a pointer to
    // mutable elements (`m.ptr<float>(r)`, `t.data_ptr<float>()`).
    bool ElementRef = CE->isLValue() && !RT.isConstQualified() && !RT->isRecordType();
    bool ElementPtr = RT->isPointerType() && !RT->getPointeeType().isConstQualified() &&
                      !RT->getPointeeType()->isRecordType();
    if (Obj && (ElementRef || ElementPtr) && isArrayExpr(Obj)) {
      Prov P = ObjV;
      P.Element = true;
      return P;
    }
    return {};
  }

  // A reference to an array returned from a member or operator is the
  // object itself (`operator+=`, in-place ops, eval() of a plain object).
  // (Unless the model says it is another, existing array: `w.grad()`.)
  bool ModelSaysOther = Op && Op->Op->Result == ResultRel::Fresh;
  if (CE->isGLValue() && !ModelSaysOther &&
      (RType->Type->Kind == TypeKind::Owning ||
       RType->Type->Kind == TypeKind::Handle)) {
    Prov P;
    if (Obj)
      P = ObjV;
    else if (!ArgV.empty() && (!Op || Op->Op->Result != ResultRel::Unknown))
      P = Src;
    // An existing array that is no variable (`channels[c]`).
    if (P.Links.empty())
      P.Anonymous = true;
    return P;
  }

  if (Op) {
    if (Op->Op->Index && Op->Op->Index->Arg < Args.size() &&
        isAdvancedIndex(Args[Op->Op->Index->Arg], *Op->Op->Index)) {
      Prov P = applyRelation(Op->Op->Index->Advanced, Src, CE, OpName, Op->Library);
      for (CopyOf &C : P.Copies) {
        C.IndexCall = CE;
        C.PutMethod = Op->Op->Index->PutMethod;
      }
      return P;
    }
    if (Op->Op->Result == ResultRel::Fresh && CE->isGLValue()) {
      // An existing array that is no variable (`w.grad()`).
      Prov P;
      P.Anonymous = true;
      return P;
    }
    if (Op->Op->Result != ResultRel::Unknown)
      return applyRelation(Op->Op->Result, Src, CE, OpName, Op->Library);
  }

  if (Sum) {
    Prov P;
    for (unsigned I = 0; I < Args.size() && I < Sum->ReturnsParam.size(); ++I)
      if (auto R = Sum->ReturnsParam[I]) {
        Prov Part = applyRelation(*R == Rel::Same ? ResultRel::Same
                                  : *R == Rel::View ? ResultRel::View
                                  : *R == Rel::MaybeView ? ResultRel::MaybeView
                                                         : ResultRel::Lazy,
                                  ArgV[I], CE, OpName, nullptr);
        P.Links.append(Part.Links.begin(), Part.Links.end());
      }
    return P;
  }

  // Not modelled by name: the result's type says what it is.
  switch (RType->Type->Kind) {
  case TypeKind::View:
    return applyRelation(ResultRel::View, Src, CE, OpName, RType->Library);
  case TypeKind::Lazy: {
    Prov P;
    if (Obj)
      P = applyRelation(ResultRel::Lazy, ObjV, CE, OpName, RType->Library);
    for (unsigned I = 0; I < ArgV.size(); ++I) {
      Prov Part = applyRelation(ResultRel::Lazy, ArgV[I], CE, OpName, RType->Library);
      for (const Link &L : Part.Links)
        if (!P.linkTo(L.Root))
          P.Links.push_back(L);
    }
    return P;
  }
  case TypeKind::Owning:
  case TypeKind::Handle:
    return {}; // fresh or unknown: no sharing assumed
  }
  return {};
}

Prov FunctionAnalysis::eval(const Expr *E, bool AsWriteTarget) {
  if (!E)
    return {};
  E = E->IgnoreParens();
  if (const auto *C = dyn_cast<CastExpr>(E)) {
    if (const auto *UC = dyn_cast<ImplicitCastExpr>(C);
        UC && UC->getCastKind() == CK_UserDefinedConversion)
      return eval(UC->getSubExpr(), AsWriteTarget);
    if (C->getCastKind() == CK_ConstructorConversion ||
        C->getCastKind() == CK_NoOp || C->getCastKind() == CK_LValueToRValue ||
        C->getCastKind() == CK_DerivedToBase ||
        C->getCastKind() == CK_UncheckedDerivedToBase ||
        C->getCastKind() == CK_UserDefinedConversion)
      return eval(C->getSubExpr(), AsWriteTarget);
    eval(C->getSubExpr());
    return {};
  }
  if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
    return eval(M->getSubExpr(), AsWriteTarget);
  if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
    return eval(B->getSubExpr(), AsWriteTarget);
  if (const auto *F = dyn_cast<FullExpr>(E))
    return eval(F->getSubExpr(), AsWriteTarget);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD || !Types.isArray(VD->getType()))
      return {};
    Prov V = varValue(VD);
    if (!AsWriteTarget) {
      emit(EventKind::Read, DRE, DRE, V);
      if (Emitting)
        Out.Events.back().MetadataOnly = MetadataRead;
    }
    return V;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    if (const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl())) {
      if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()) &&
          Types.isArray(Field->getType())) {
        Prov V = varValue(Field);
        if (!AsWriteTarget) {
          emit(EventKind::Read, ME, ME, V);
          if (Emitting)
            Out.Events.back().MetadataOnly = MetadataRead;
        }
        return V;
      }
      // A plain field of an array (cv::Mat::rows): its shape, not its data.
      if (isArrayExpr(ME->getBase()) && !Types.isArray(Field->getType())) {
        MetadataScope Meta(*this);
        eval(ME->getBase());
        return {};
      }
    }
    eval(ME->getBase());
    return {};
  }
  if (const auto *CE = dyn_cast<CallExpr>(E))
    return evalCall(CE);
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    return evalConstruct(CE);
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->getOpcode() == BO_Assign)
      return evalAssign(BO, BO->getLHS(), BO->getRHS());
    if (BO->isCompoundAssignmentOp()) {
      eval(BO->getRHS());
      Prov Lv = eval(BO->getLHS(), true);
      if (Lv.Element)
        write(BO->getLHS(), Lv, BO, WriteKind::Element, BO->getOpcodeStr().str());
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
              UnaryOperator::getOpcodeStr(UO->getOpcode()).str());
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
  if (const auto *LE = dyn_cast<LambdaExpr>(E)) {
    // A capture reads the array now (by copy) or whenever the lambda runs
    // (by reference): either way the array is observed from here on.
    for (const LambdaCapture &C : LE->captures())
      if (C.capturesVariable())
        if (const auto *VD = dyn_cast<VarDecl>(C.getCapturedVar()))
          if (Types.isArray(VD->getType())) {
            emit(EventKind::Read, LE, nullptr, varValue(VD));
            if (Emitting)
              Out.Events.back().Var = VD;
          }
    return {};
  }
  if (isa<CXXDefaultArgExpr>(E) || isa<CXXDefaultInitExpr>(E))
    return {};
  evalChildren(E);
  return {};
}

void FunctionAnalysis::bindVar(const VarDecl *VD, const Prov &Init,
                               const Stmt *At) {
  auto T = Types.classify(VD->getType());
  if (!T)
    return;
  Prov V = Init;
  if (VD->getType()->isReferenceType()) {
    // A reference names the same array.
  } else if (T->Type->Kind == TypeKind::Owning) {
    // A container owns fresh storage; initialised from an array, a copy.
    Prov Own;
    Own.Links.push_back(Link{VD, Rel::Same, true, nullptr, {}, nullptr});
    Own.Copies = Init.Copies;
    if (!Init.Links.empty()) {
      Own.Copies.clear();
      const Expr *Origin = VD->getInit();
      for (const Link &L : Init.Links)
        Own.Copies.push_back(CopyOf{L.Root, L.Must, Origin,
                                    L.Op.empty() ? std::string("copy") : L.Op,
                                    T->Library, nullptr, {}});
    }
    V = Own;
  }
  if (V.Links.empty())
    V.Links.push_back(Link{VD, Rel::Same, true, nullptr, {}, nullptr});
  V.Element = false;
  Cur->set(VD, Pool.intern(V));
  const Expr *Target = nullptr;
  emit(EventKind::Create, At, Target, V);
  if (Emitting)
    Out.Events.back().Var = VD;
}

void FunctionAnalysis::transfer(const CFGBlock &B, State &S, bool Emit) {
  Cur = &S;
  Emitting = Emit;
  CurBlock = B.getBlockID();
  CurIndex = 0;
  for (const CFGElement &El : B) {
    ++CurIndex;
    if (auto LE = El.getAs<CFGLifetimeEnds>()) {
      const VarDecl *VD = LE->getVarDecl();
      if (const Prov *Ended = S.lookup(VD)) {
        CurFull = LE->getTriggerStmt();
        const Prov &V = *Ended;
        S.erase(VD);
        if (Emitting) {
          Event Ev;
          Ev.Kind = EventKind::EndOfLifetime;
          Ev.S = LE->getTriggerStmt();
          Ev.Var = VD;
          Ev.Value = Pool.intern(V);
          Ev.Block = CurBlock;
          Ev.Index = CurIndex;
          Ev.Seq = Seq++;
          Out.Events.push_back(std::move(Ev));
        }
      }
      continue;
    }
    auto CS = El.getAs<CFGStmt>();
    if (!CS)
      continue;
    const Stmt *St = CS->getStmt();
    if (Nested[B.getBlockID()].test(CurIndex - 1))
      continue;
    CurFull = St;
    if (const auto *DS = dyn_cast<DeclStmt>(St)) {
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D)) {
          Prov Init = VD->getInit() ? eval(VD->getInit()) : Prov();
          bindVar(VD, Init, DS);
        }
      continue;
    }
    if (const auto *RS = dyn_cast<ReturnStmt>(St)) {
      if (const Expr *RV = RS->getRetValue()) {
        Prov V = eval(RV);
        if (Emitting) {
          emit(EventKind::Escape, RS, RV, V);
          for (const Link &L : V.Links)
            if (!Out.Returned.linkTo(L.Root))
              Out.Returned.Links.push_back(L);
        }
      }
      continue;
    }
    if (const auto *E = dyn_cast<Expr>(St))
      eval(E);
  }
}

void FunctionAnalysis::run() {
  Out.Function = FD;
  const Stmt *Body = FD->getBody();
  if (!Body)
    return;
  CFG::BuildOptions BO;
  BO.AddLifetime = true;
  BO.AddImplicitDtors = false;
  BO.AddInitializers = false;
  BO.AddTemporaryDtors = false;
  Out.Cfg = CFG::buildCFG(FD, const_cast<Stmt *>(Body), &Eng.Ctx, BO);
  if (!Out.Cfg) {
    Out.Skipped = true;
    Out.SkipReason = "no CFG could be built";
    return;
  }
  unsigned NumElements = 0;
  for (const CFGBlock *B : *Out.Cfg)
    NumElements += B->size();
  if (NumElements > Eng.Opts.MaxElements) {
    Out.Skipped = true;
    Out.SkipReason = "function has " + std::to_string(NumElements) +
                     " CFG elements, more than the limit of " +
                     std::to_string(Eng.Opts.MaxElements);
    return;
  }
  Parents = std::make_unique<ParentMap>(const_cast<Stmt *>(Body));
  llvm::DenseSet<const Stmt *> Elements;
  for (const CFGBlock *B : *Out.Cfg)
    for (const CFGElement &El : *B)
      if (auto CS = El.getAs<CFGStmt>())
        Elements.insert(CS->getStmt());
  // Each top-level statement is evaluated whole, once; its subexpressions
  // that the CFG also lists are skipped. Found once here rather than on
  // every visit of the block (a walk up the parent map each time).
  Nested.resize(Out.Cfg->getNumBlockIDs());
  for (const CFGBlock *B : *Out.Cfg) {
    llvm::BitVector &N = Nested[B->getBlockID()];
    N.resize(B->size());
    unsigned I = 0;
    for (const CFGElement &El : *B) {
      if (auto CS = El.getAs<CFGStmt>())
        for (const Stmt *P = Parents->getParent(CS->getStmt()); P; P = Parents->getParent(P))
          if (Elements.count(P)) {
            N.set(I);
            break;
          }
      ++I;
    }
  }

  // Forward worklist in reverse post-order until the facts stop changing.
  // Reverse post-order by hand: the CFG has null successors for edges it
  // knows to be unreachable (`do { } while (0)`), which LLVM's graph
  // traversals would follow. Successors are visited last to first: a loop
  // condition lists its body before its exit, and visiting the exit first
  // ranks the body before the code after the loop, so that the loop settles
  // before that code is analysed (otherwise each loop's second iteration
  // re-analyses the rest of the function: quadratic in its length).
  std::vector<const CFGBlock *> Order;
  {
    llvm::BitVector Seen(Out.Cfg->getNumBlockIDs());
    llvm::SmallVector<std::pair<const CFGBlock *, CFGBlock::const_succ_reverse_iterator>, 32> Stack;
    const CFGBlock *Entry = &Out.Cfg->getEntry();
    Seen.set(Entry->getBlockID());
    Stack.push_back({Entry, Entry->succ_rbegin()});
    while (!Stack.empty()) {
      auto &[B, It] = Stack.back();
      if (It == B->succ_rend()) {
        Order.push_back(B);
        Stack.pop_back();
        continue;
      }
      const CFGBlock *S = *It;
      ++It;
      if (S && !Seen.test(S->getBlockID())) {
        Seen.set(S->getBlockID());
        Stack.push_back({S, S->succ_rbegin()});
      }
    }
    std::reverse(Order.begin(), Order.end());
  }
  llvm::DenseMap<const CFGBlock *, unsigned> Rank;
  for (unsigned I = 0; I < Order.size(); ++I)
    Rank[Order[I]] = I;
  std::vector<State> OutS(Out.Cfg->getNumBlockIDs());
  std::vector<bool> Visited(Out.Cfg->getNumBlockIDs(), false);
  // A block's entry facts: the join of its analysed predecessors' exits.
  // Recomputed rather than stored (joins of pooled values are memoised).
  auto EntryState = [&](const CFGBlock *B) {
    State S;
    bool First = true;
    for (const CFGBlock *P : B->preds()) {
      if (!P || !Visited[P->getBlockID()])
        continue;
      S = First ? OutS[P->getBlockID()] : joinStates(S, OutS[P->getBlockID()], Pool);
      First = false;
    }
    return S;
  };
  std::set<std::pair<unsigned, const CFGBlock *>> Work;
  Work.insert({0, &Out.Cfg->getEntry()});
  unsigned Steps = 0, MaxSteps = 50 * (unsigned)Order.size() + 100;
  while (!Work.empty() && Steps++ < MaxSteps) {
    const CFGBlock *B = Work.begin()->second;
    Work.erase(Work.begin());
    State S = EntryState(B);
    transfer(*B, S, /*Emit=*/false);
    bool Changed = !Visited[B->getBlockID()] || !sameState(S, OutS[B->getBlockID()]);
    Visited[B->getBlockID()] = true;
    OutS[B->getBlockID()] = std::move(S);
    if (Changed)
      for (const CFGBlock *Succ : B->succs())
        if (Succ)
          Work.insert({Rank.lookup(Succ), Succ});
  }
  Out.NumBlocks = Order.size();
  for (const CFGBlock *B : Order)
    Out.BlockOrder.push_back(B->getBlockID());
  Out.BlockVisits = Steps;
  // One more pass with the converged facts, recording events in order.
  for (const CFGBlock *B : Order) {
    if (!Visited[B->getBlockID()])
      continue;
    State S = EntryState(B);
    transfer(*B, S, /*Emit=*/true);
  }
  Out.buildIndexes();
}

ProvenanceEngine::ProvenanceEngine(ASTContext &Ctx, const ApiModel &Model,
                                   EngineOptions Opts)
    : Ctx(Ctx), Types(Model), Opts(Opts) {}
ProvenanceEngine::~ProvenanceEngine() = default;

const FunctionProvenance &ProvenanceEngine::analyze(const FunctionDecl *FD) {
  auto &Slot = Results[FD];
  if (!Slot) {
    Slot = std::make_unique<FunctionProvenance>();
    FunctionAnalysis(*this, FD, *Slot).run();
  }
  return *Slot;
}

const Summary *ProvenanceEngine::summary(const FunctionDecl *FD) {
  if (auto It = Summaries.find(FD); It != Summaries.end())
    return It->second.get();
  if (InProgress.count(FD) || Depth >= Opts.MaxSummaryDepth ||
      FD->isDependentContext())
    return nullptr;
  InProgress.insert(FD);
  ++Depth;
  FunctionProvenance FP;
  FunctionAnalysis(*this, FD, FP).run();
  --Depth;
  InProgress.erase(FD);
  auto S = std::make_unique<Summary>();
  S->WritesParam.resize(FD->getNumParams(), false);
  S->ReturnsParam.resize(FD->getNumParams());
  for (unsigned I = 0; I < FD->getNumParams(); ++I) {
    const ParmVarDecl *P = FD->getParamDecl(I);
    // Writes reach the caller through references and shallow handles only.
    auto PT = Types.classify(P->getType());
    bool Shares = P->getType()->isReferenceType() ||
                  (PT && PT->Type->Kind != TypeKind::Owning);
    for (const Event &E : FP.Events)
      if (Shares)
      if (E.Kind == EventKind::Write && E.Value->linkTo(P))
        S->WritesParam[I] = true;
    if (const Link *L = FP.Returned.linkTo(P))
      S->ReturnsParam[I] = L->R;
  }
  return (Summaries[FD] = std::move(S)).get();
}
