//===- ViewRebindCheck.h - aliasing-view-rebind -------------------*- C++ -*-===//
#ifndef ALIASLINT_VIEWREBINDCHECK_H
#define ALIASLINT_VIEWREBINDCHECK_H

#include "ProvenanceCheck.h"
#include "provenance/Reach.h"

namespace aliaslint {

/// An assignment to a shallow handle that views an array rebinds the handle
/// instead of writing the array's elements: a temporary view
/// (`A.row(i) = B.row(j)`), a named view the author meant to fill, a
/// by-value output parameter. Documentation: docs/checks/view-rebind.md
class ViewRebindCheck : public ProvenanceCheck {
public:
  using ProvenanceCheck::ProvenanceCheck;

protected:
  void checkFunction(const FunctionProvenance &FP) override;

private:
  void checkTemporary(const Event &E);
  void checkNamedView(const FunctionProvenance &FP, const Event &E,
                      const clang::VarDecl *V, std::optional<ReachSets> &Uses);
  void checkByValueParam(const FunctionProvenance &FP, const Event &E,
                         const clang::ParmVarDecl *P);
  /// `Dest = Src` rewritten as the library's copy of Src's elements into
  /// Dest's (`copy-into`); none when the assignment is not a statement of
  /// its own or its text cannot be rewritten safely.
  std::optional<clang::FixItHint> copyIntoFixIt(const Event &E);
  /// The handle `V` rebound at `E` may be written afterwards, itself or
  /// through a temporary derived from it, before it is made anew.
  static bool writtenAfter(const FunctionProvenance &FP, const Event &E,
                           const clang::ValueDecl *V);
};

} // namespace aliaslint

#endif
