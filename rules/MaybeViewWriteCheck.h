//===- MaybeViewWriteCheck.h - aliasing-maybe-view-write ---------*- C++ -*-===//
#ifndef ALIASLINT_MAYBEVIEWWRITECHECK_H
#define ALIASLINT_MAYBEVIEWWRITECHECK_H

#include "ProvenanceCheck.h"

namespace aliaslint {
namespace mvw {
class LaterUses;
struct WriteThrough;
} // namespace mvw

/// A write through the result of an operation that returns a view or a
/// copy depending on run-time layout (`reshape`, `contiguous`, `to`), where
/// the code relies on one of the two: the write is meant to reach the
/// original (nothing else observes it), or the result is used as a scratch
/// copy while the original is read afterwards as if unchanged. Also a
/// discarded maybe-view call (`t.contiguous();`), which changes nothing.
/// Documentation: docs/checks/maybe-view-write.md
class MaybeViewWriteCheck : public ProvenanceCheck {
public:
  using ProvenanceCheck::ProvenanceCheck;

  /// A maybe-view call, its model entry and its qualified name.
  struct MaybeViewCall {
    const clang::CallExpr *Call = nullptr;
    const OpEntry *Op = nullptr;
    const LibraryModel *Library = nullptr;
    std::string Name;
  };

protected:
  void checkFunction(const FunctionProvenance &FP) override;

private:
  /// The maybe-view call `E` is, or is derived from through the objects of
  /// member calls (`t.reshape({-1})` in `t.reshape({-1}).slice(0, 0, 2)`);
  /// a free function only as `E` itself (`create_mirror_view(v)`).
  MaybeViewCall findMaybeView(const clang::Expr *E);
  void checkDiscarded(const FunctionProvenance &FP);
  /// `reshape` -> the model's `alias` (`view`) in the call `MV`.
  std::optional<clang::FixItHint> aliasFixIt(const MaybeViewCall &MV);
  /// Whether the write `W` relies on the result being a view or a copy;
  /// fills in which.
  bool judge(const FunctionProvenance &FP, const Event &W, mvw::LaterUses &Later,
             mvw::WriteThrough &WT);
  void report(const Event &W, mvw::LaterUses &Later, const mvw::WriteThrough &WT);

  /// The calls and initialisers given a fix-it in this function, so that
  /// two writes through one result get one fix.
  llvm::DenseSet<const clang::Expr *> Fixed;
};

} // namespace aliaslint

#endif
