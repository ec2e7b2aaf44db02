//===- MentionsArrays.cpp -------------------------------------------------===//
#include "provenance/MentionsArrays.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;
using namespace aliaslint;

namespace {
class ArrayFinder : public RecursiveASTVisitor<ArrayFinder> {
public:
  explicit ArrayFinder(TypeClassifier &Types) : Types(Types) {}

  /// Arrays reached through pointers count: `p->setTo(0)` writes `*p`,
  /// and `this` is a pointer to a class that may derive from a Mat.
  bool isArray(QualType T) {
    if (T.isNull())
      return false;
    T = T.getNonReferenceType();
    while (!T.isNull() && (T->isPointerType() || T->isArrayType()))
      T = T->isPointerType() ? T->getPointeeType()
                             : QualType(T->getPointeeOrArrayElementType(), 0);
    return !T.isNull() && (Types.isArray(T) || Types.outputParamLibrary(T));
  }
  /// Returning false ends the traversal: one array is enough.
  bool VisitExpr(Expr *E) { return !(Found = isArray(E->getType())); }
  bool VisitValueDecl(ValueDecl *D) { return !(Found = isArray(D->getType())); }

  bool Found = false;

private:
  TypeClassifier &Types;
};
} // namespace

bool aliaslint::mentionsModelledArray(const FunctionDecl &FD,
                                      TypeClassifier &Types) {
  ArrayFinder F(Types);
  if (F.isArray(FD.getReturnType()))
    return true;
  for (const ParmVarDecl *P : FD.parameters())
    if (F.isArray(P->getType()))
      return true;
  if (const auto *CD = dyn_cast<CXXConstructorDecl>(&FD))
    for (const CXXCtorInitializer *I : CD->inits()) {
      if (const FieldDecl *M = I->getMember(); M && F.isArray(M->getType()))
        return true;
      F.TraverseStmt(I->getInit());
      if (F.Found)
        return true;
    }
  F.TraverseStmt(FD.getBody());
  return F.Found;
}
