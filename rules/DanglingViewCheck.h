//===- DanglingViewCheck.h - aliasing-dangling-view --------------*- C++ -*-===//
#ifndef ALIASLINT_DANGLINGVIEWCHECK_H
#define ALIASLINT_DANGLINGVIEWCHECK_H

#include "ProvenanceCheck.h"

namespace aliaslint {

/// A view or lazy expression that refers to an array by reference (or by a
/// raw pointer into its elements) is used, or returned, after that array's
/// lifetime has ended: a temporary at the end of its full-expression, a
/// local at the end of its scope or when the function returns.
/// Documentation: docs/checks/dangling-view.md
class DanglingViewCheck : public ProvenanceCheck {
public:
  using ProvenanceCheck::ProvenanceCheck;

protected:
  void checkFunction(const FunctionProvenance &FP) override;

private:
  void reportUse(const Event &Use, const Link &L);
  void reportReturn(const Event &Ret, const Link &L, const FunctionProvenance &FP);
  /// "the temporary 'make()'", "'local'", "parameter 'm'".
  std::string describeRoot(RootRef R);
};

} // namespace aliaslint

#endif
