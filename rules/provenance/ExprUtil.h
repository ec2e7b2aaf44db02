//===- ExprUtil.h - Expression helpers of the provenance engine --*- C++ -*-===//
//
// Small questions about expressions that the transfer functions ask
// everywhere: what an expression is once the implicit nodes around it are
// gone, whether its value is used, whether it initialises a variable.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_PROVENANCE_EXPRUTIL_H
#define ALIASLINT_PROVENANCE_EXPRUTIL_H

#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/OperationKinds.h"

namespace clang {
class ParentMap;
}

namespace aliaslint {

/// The expression without parentheses, implicit casts, temporaries'
/// materialisation and binding, and full-expression wrappers: what was
/// written.
const clang::Expr *strip(const clang::Expr *E);

/// The value of `S` is dropped: it stands as a statement of its own or as
/// the left operand of a comma. A condition or an initialiser uses it.
bool isDiscarded(const clang::ParentMap &Parents, const clang::Stmt *S);

/// `S` is (through implicit nodes and a copy) a variable's initialiser.
bool initialisesVariable(const clang::ParentMap &Parents, const clang::Stmt *S);

/// `+=`, `-=`, ...: the operators that read and write their left operand.
bool isCompoundAssign(clang::OverloadedOperatorKind K);

} // namespace aliaslint

#endif
