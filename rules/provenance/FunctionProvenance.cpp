//===- FunctionProvenance.cpp - Indexes and reachability over events ------===//
//
// Indexes over one function's events, so that the rules' queries stay
// linear in the function's size (reachability is in Reach.h).
//
//===----------------------------------------------------------------------===//
#include "provenance/Engine.h"
#include "clang/Analysis/CFG.h"

using namespace clang;
using namespace aliaslint;

void FunctionProvenance::buildIndexes() {
  if (Cfg) {
    BlockById.assign(Cfg->getNumBlockIDs(), nullptr);
    for (const CFGBlock *B : *Cfg)
      BlockById[B->getBlockID()] = B;
    Rank.assign(Cfg->getNumBlockIDs(), ~0u);
    for (unsigned I = 0; I < BlockOrder.size(); ++I)
      Rank[BlockOrder[I]] = I;
  }
  for (unsigned I = 0; I < Events.size(); ++I) {
    const Event &E = Events[I];
    if (E.Var)
      ByVar[{static_cast<unsigned>(E.Kind), E.Var}].push_back(I);
    if (E.FullStmt)
      ByStmt[E.FullStmt].push_back(I);
  }
}

llvm::ArrayRef<unsigned> FunctionProvenance::eventsOf(EventKind K,
                                                      const ValueDecl *Var) const {
  auto It = ByVar.find({static_cast<unsigned>(K), Var});
  if (It == ByVar.end())
    return {};
  return It->second;
}

llvm::ArrayRef<unsigned> FunctionProvenance::eventsIn(const Stmt *FullStmt) const {
  auto It = ByStmt.find(FullStmt);
  if (It == ByStmt.end())
    return {};
  return It->second;
}
