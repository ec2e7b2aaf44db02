//===- Engine.cpp - Per-function analyses and same-TU summaries -----------===//
//
// The engine's entry points: one analysis per function, cached, and the
// summaries of same-TU callees that callers use. The analysis itself is in
// FunctionAnalysis.h (transfer: Transfer*.cpp; driver: Dataflow.cpp).
//
//===----------------------------------------------------------------------===//
#include "provenance/Engine.h"
#include "provenance/FunctionAnalysis.h"

using namespace clang;
using namespace aliaslint;

llvm::StringRef aliaslint::toString(EventKind K) {
  switch (K) {
  case EventKind::Create: return "create";
  case EventKind::Write: return "write";
  case EventKind::Read: return "read";
  case EventKind::Rebind: return "rebind";
  case EventKind::Escape: return "escape";
  case EventKind::EndOfLifetime: return "end";
  }
  return "?";
}

llvm::StringRef aliaslint::toString(WriteKind K) {
  switch (K) {
  case WriteKind::Method: return "method";
  case WriteKind::Assign: return "assign";
  case WriteKind::Compound: return "compound";
  case WriteKind::Element: return "element";
  case WriteKind::OutputArg: return "output-arg";
  case WriteKind::Callee: return "callee";
  }
  return "?";
}

llvm::StringRef aliaslint::toString(EscapeKind K) {
  switch (K) {
  case EscapeKind::None: return "none";
  case EscapeKind::Returned: return "returned";
  case EscapeKind::Stored: return "stored";
  case EscapeKind::Captured: return "captured";
  case EscapeKind::Passed: return "passed";
  case EscapeKind::Contained: return "contained";
  }
  return "?";
}

ProvenanceEngine::ProvenanceEngine(ASTContext &Ctx, const ApiModel &Model,
                                   EngineOptions Opts)
    : Ctx(Ctx), Types(Model), Opts(Opts) {}
ProvenanceEngine::~ProvenanceEngine() = default;

const FunctionProvenance &ProvenanceEngine::analyze(const FunctionDecl *FD) {
  auto &Slot = Results[FD];
  if (!Slot) {
    Slot = std::make_unique<FunctionProvenance>();
    FunctionAnalysis(*this, FD, *Slot).run();
  }
  return *Slot;
}

const Summary *ProvenanceEngine::summary(const FunctionDecl *FD) {
  if (auto It = Summaries.find(FD); It != Summaries.end())
    return It->second.get();
  if (InProgress.count(FD) || Depth >= Opts.MaxSummaryDepth ||
      FD->isDependentContext())
    return nullptr;
  InProgress.insert(FD);
  ++Depth;
  FunctionProvenance FP;
  FunctionAnalysis(*this, FD, FP).run();
  --Depth;
  InProgress.erase(FD);
  auto S = std::make_unique<Summary>();
  S->WritesParam.resize(FD->getNumParams(), false);
  S->ReturnsParam.resize(FD->getNumParams());
  for (unsigned I = 0; I < FD->getNumParams(); ++I) {
    const ParmVarDecl *P = FD->getParamDecl(I);
    // Writes reach the caller through references and shallow handles only.
    auto PT = Types.classify(P->getType());
    bool Shares = P->getType()->isReferenceType() ||
                  (PT && PT->Type->Kind != TypeKind::Owning);
    for (const Event &E : FP.Events)
      if (Shares)
      if (E.Kind == EventKind::Write && E.Value->linkTo(P))
        S->WritesParam[I] = true;
    if (const Link *L = FP.Returned.linkTo(P))
      S->ReturnsParam[I] = L->R;
  }
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD); MD && MD->getParent()->isLambda())
    for (const LambdaCapture &C : MD->getParent()->captures()) {
      const auto *VD = C.capturesVariable() ? dyn_cast<VarDecl>(C.getCapturedVar()) : nullptr;
      auto T = VD ? Types.classify(VD->getType()) : std::nullopt;
      if (!T || (C.getCaptureKind() == LCK_ByCopy && T->Type->Kind == TypeKind::Owning))
        continue;
      // Only where the body's value shares VD on every path: a handle that
      // may have been rebound to another array (`dst = src` in a branch)
      // would otherwise make the caller's write a must-write of VD.
      for (EventKind K : {EventKind::Write, EventKind::Read})
        for (const Event &E : FP.Events)
          if (const Link *L = E.Kind == K ? E.Value->linkTo(VD) : nullptr;
              L && L->Must) {
            (K == EventKind::Write ? S->WritesCaptured : S->ReadsCaptured)
                .push_back(VD);
            break;
          }
    }
  return (Summaries[FD] = std::move(S)).get();
}
