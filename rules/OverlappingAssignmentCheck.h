//===- OverlappingAssignmentCheck.h - aliasing-overlapping-assignment -*- C++ -*-===//
#ifndef ALIASLINT_OVERLAPPINGASSIGNMENTCHECK_H
#define ALIASLINT_OVERLAPPINGASSIGNMENTCHECK_H

#include "ProvenanceCheck.h"

namespace aliaslint {

/// An assignment whose lazily evaluated right-hand side reads the
/// destination at other positions than the one being written (`a =
/// a.transpose()`, `c.noalias() = c * b`, `xt::noalias(a) =
/// xt::transpose(a)`): coefficients are overwritten before they are read.
/// Documentation: docs/checks/overlapping-assignment.md
class OverlappingAssignmentCheck : public ProvenanceCheck {
public:
  using ProvenanceCheck::ProvenanceCheck;

protected:
  void checkFunction(const FunctionProvenance &FP) override;

private:
  struct Finding;
  void report(const Event &W, const Finding &F);
  std::optional<clang::FixItHint> fixOf(const Event &W, const Finding &F);
};

} // namespace aliaslint

#endif
