//===- Containers.cpp - Arrays kept in containers -------------------------===//
//
// A container of arrays (std::vector<cv::Mat>, std::deque<at::Tensor>) is
// no array: its elements are arrays of their own (`channels[c]`). But an
// element stored from a shallow handle shares that handle's storage, so a
// handle pushed into a container and then written in place changes what
// the container holds. The engine says where a handle goes into one (an
// escape, EscapeKind::Contained), where the container's elements are read
// (a Read with Event::Container), and where its contents are replaced or
// made anew (a Rebind with Event::Container), by the model's `stores` and
// `contents` keys on the container's methods; which of that is a bug is
// the rules' business.
//
//===----------------------------------------------------------------------===//
#include "provenance/ExprUtil.h"
#include "provenance/FunctionAnalysis.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;
using namespace aliaslint;

bool FunctionAnalysis::isArrayContainer(QualType T) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return false;
  // Not an array type itself (an Eigen::Matrix<double, ...> has a type
  // argument too), and of array elements.
  return !Types.classify(T.getNonReferenceType()) &&
         Types.classify(Spec->getTemplateArgs()[0].getAsType()).has_value();
}

/// Whether the elements of the container type `T` are shallow handles
/// (cv::Mat, at::Tensor, Kokkos::View): only then does an element stored
/// from a handle share its storage. An owning element
/// (std::vector<Eigen::Vector4f>) is a copy of what was pushed.
static bool holdsHandles(QualType T, TypeClassifier &Types) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return false;
  auto M = Types.classify(Spec->getTemplateArgs()[0].getAsType());
  return M && M->Type->Kind == TypeKind::Handle;
}

const ValueDecl *FunctionAnalysis::namedContainer(const Expr *E) {
  if (!E)
    return nullptr;
  E = strip(E);
  const ValueDecl *D = nullptr;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    D = dyn_cast<VarDecl>(DRE->getDecl());
  else if (const auto *ME = dyn_cast<MemberExpr>(E);
           ME && isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
    D = dyn_cast<FieldDecl>(ME->getMemberDecl());
  return D && isArrayContainer(D->getType()) ? D : nullptr;
}

void FunctionAnalysis::applyContainerUse(const CallExpr *CE, const OpEntry &Op,
                                         const Expr *Obj,
                                         llvm::ArrayRef<const Expr *> Args,
                                         llvm::ArrayRef<Prov> ArgV) {
  const ValueDecl *Container = namedContainer(Obj);
  // Every array argument is kept (as the unmodelled call it was before the
  // model named it would be); a `stores` operand of a named container as
  // its element. Into a container that is no variable
  // (`obj.frames.push_back(f)`), or by another overload (`insert(pos, n,
  // value)`): out of sight, as a call to unknown code would take it.
  for (unsigned K = 0; K < Args.size() && K < ArgV.size(); ++K) {
    if (!isArrayExpr(Args[K]) || ArgV[K].empty())
      continue;
    bool Stored = Container && llvm::is_contained(Op.Stores, (int)K) &&
                  holdsHandles(Container->getType(), Types);
    if (Event *E = emit(EventKind::Escape, CE, Args[K], ArgV[K])) {
      E->Escapes = Stored ? EscapeKind::Contained : EscapeKind::Passed;
      E->Container = Stored ? Container : nullptr;
    }
  }
  if (!Container || Op.Contents == OpEntry::ContentsUse::None)
    return;
  bool Read = Op.Contents == OpEntry::ContentsUse::Element;
  if (Event *E = emit(Read ? EventKind::Read : EventKind::Rebind, CE, nullptr, Prov())) {
    E->Container = Container;
    E->MetadataOnly = Read && MetadataRead;
  }
}

void FunctionAnalysis::declaredContainer(const VarDecl *VD, const DeclStmt *DS) {
  // A range-for's variable is bound to each element in turn: a read of the
  // container (`for (const cv::Mat &m : history)`).
  if (const auto *FRS = dyn_cast_or_null<CXXForRangeStmt>(Parents->getParent(DS));
      FRS && FRS->getLoopVarStmt() == DS) {
    if (const ValueDecl *C = namedContainer(FRS->getRangeInit()))
      if (Event *E = emit(EventKind::Read, DS, nullptr, Prov()))
        E->Container = C;
    return;
  }
  // A container declared holds new elements: nothing stored before.
  if (!VD->getType()->isReferenceType() && isArrayContainer(VD->getType()))
    if (Event *E = emit(EventKind::Rebind, DS, nullptr, Prov()))
      E->Container = VD;
}
