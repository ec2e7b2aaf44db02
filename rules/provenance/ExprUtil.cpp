//===- ExprUtil.cpp - Expression helpers of the provenance engine ---------===//
#include "provenance/ExprUtil.h"
#include "clang/AST/IgnoreExpr.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace aliaslint {

const Expr *strip(const Expr *E) {
  if (!E)
    return nullptr;
  // Parentheses, implicit casts, full-expressions and the materialisation
  // and binding of temporaries, in any order and depth.
  return IgnoreExprNodes(const_cast<Expr *>(E), IgnoreParensSingleStep,
                         IgnoreImplicitSingleStep);
}

/// Parents that only wrap a value (no operation of their own).
static bool isWrapper(const Stmt *P) {
  return isa<ExprWithCleanups>(P) || isa<ParenExpr>(P) ||
         isa<ImplicitCastExpr>(P) || isa<MaterializeTemporaryExpr>(P) ||
         isa<CXXBindTemporaryExpr>(P);
}

bool initialisesVariable(const ParentMap &Parents, const Stmt *S) {
  const Stmt *P = Parents.getParent(S);
  while (P && (isWrapper(P) || isa<CXXConstructExpr>(P)))
    P = Parents.getParent(P);
  return P && isa<DeclStmt>(P);
}

bool isDiscarded(const ParentMap &Parents, const Stmt *S) {
  const Stmt *P = Parents.getParent(S);
  while (P && isWrapper(P)) {
    S = P;
    P = Parents.getParent(P);
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

bool isCompoundAssign(OverloadedOperatorKind K) {
  switch (K) {
  case OO_PlusEqual: case OO_MinusEqual: case OO_StarEqual: case OO_SlashEqual:
  case OO_PercentEqual: case OO_CaretEqual: case OO_AmpEqual: case OO_PipeEqual:
  case OO_LessLessEqual: case OO_GreaterGreaterEqual:
    return true;
  default:
    return false;
  }
}

} // namespace aliaslint
