//===- IndexRules.cpp - NumPy-like index classification -------------------===//
#include "provenance/IndexRules.h"
#include "provenance/ExprUtil.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;
using namespace aliaslint;

/// A call known to return a 0-dim integer tensor (`t.argmax()`,
/// `torch::tensor(1)`), which indexes like an integer.
static bool isZeroDimIntegerTensor(const Expr *X, const IndexRule &R) {
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

bool aliaslint::isAdvancedIndex(const Expr *Arg, const IndexRule &R,
                                TypeClassifier &Types) {
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
      llvm::StringRef Name = Types.qualifiedName(CE->getConstructor()->getParent());
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
      llvm::StringRef Name = Types.qualifiedName(RD);
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
