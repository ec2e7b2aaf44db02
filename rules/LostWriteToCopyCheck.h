//===- LostWriteToCopyCheck.h - aliasing-lost-write-to-copy -------*- C++ -*-===//
#ifndef ALIASLINT_LOSTWRITETOCOPYCHECK_H
#define ALIASLINT_LOSTWRITETOCOPYCHECK_H

#include "ProvenanceCheck.h"

namespace aliaslint {

/// A copy derived from an array (advanced index, clone, a view materialised
/// into an owning type) is written and the write can never be observed.
/// Documentation: docs/checks/lost-write-to-copy.md
class LostWriteToCopyCheck : public ProvenanceCheck {
public:
  using ProvenanceCheck::ProvenanceCheck;

protected:
  void checkFunction(const FunctionProvenance &FP) override;

private:
  void reportTemporary(const Event &W, const CopyOf &C);
  void reportNamed(const Event &W, const clang::ValueDecl *VD, const CopyOf &C);
  std::string copiedName(const CopyOf &C);
  std::optional<clang::FixItHint> putFixIt(const Event &W, const CopyOf &C);
};

} // namespace aliaslint

#endif
