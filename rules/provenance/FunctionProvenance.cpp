//===- FunctionProvenance.cpp - Indexes and reachability over events ------===//
//
// Indexes over one function's events, so that the rules' queries stay
// linear in the function's size (reachability is in Reach.h).
//
//===----------------------------------------------------------------------===//
#include "provenance/Engine.h"
#include "clang/AST/ASTContext.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/STLExtras.h"

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
  // Source positions: an end of lifetime is where its trigger (the scope's
  // closing brace, a return, a break) ends.
  Pos.assign(Events.size(), ~0u);
  Begin.assign(Events.size(), ~0u);
  if (Function) {
    const SourceManager &SM = Function->getASTContext().getSourceManager();
    for (unsigned I = 0; I < Events.size(); ++I)
      if (const Stmt *S = Events[I].S) {
        SourceLocation B = S->getBeginLoc();
        if (B.isValid())
          Begin[I] = SM.getExpansionLoc(B).getRawEncoding();
        SourceLocation L =
            Events[I].Kind == EventKind::EndOfLifetime ? S->getEndLoc() : B;
        if (L.isValid())
          Pos[I] = SM.getExpansionLoc(L).getRawEncoding();
      }
  }
  for (unsigned I = 0; I < Events.size(); ++I) {
    const Event &E = Events[I];
    if (E.Var)
      ByVarInSource[{2 * static_cast<unsigned>(E.Kind), E.Var}].push_back(I);
    if (E.Via)
      ByVarInSource[{2 * static_cast<unsigned>(E.Kind) + 1, E.Via}].push_back(I);
  }
  for (auto &KV : ByVarInSource)
    llvm::stable_sort(KV.second, [&](unsigned A, unsigned B) { return Pos[A] < Pos[B]; });
}

llvm::ArrayRef<unsigned>
FunctionProvenance::eventsOfWithin(EventKind K, const ValueDecl *Var,
                                   const ValueDecl *Scoped, bool Via) const {
  auto It = ByVarInSource.find({2 * static_cast<unsigned>(K) + Via, Var});
  if (It == ByVarInSource.end())
    return {};
  llvm::ArrayRef<unsigned> All = It->second;
  // The lifetime: the first declaration to the last end; unknown if any
  // position is missing.
  unsigned From = ~0u, To = 0;
  for (unsigned I : eventsOf(EventKind::Create, Scoped))
    From = std::min(From, Pos[I]);
  for (unsigned I : eventsOf(EventKind::EndOfLifetime, Scoped))
    To = Pos[I] == ~0u ? ~0u : std::max(To, Pos[I]);
  if (From == ~0u || To == 0 || To == ~0u || From > To)
    return All;
  // Events without a position sort last and are kept.
  auto Begin = llvm::partition_point(All, [&](unsigned I) { return Pos[I] < From; });
  auto End = llvm::partition_point(All, [&](unsigned I) { return Pos[I] <= To; });
  llvm::ArrayRef<unsigned> In(Begin, End);
  if (End != All.end() && Pos[All.back()] == ~0u)
    return All; // rare: keep it simple and sound
  return In;
}

bool FunctionProvenance::persistsAcrossCalls(const ValueDecl *D) const {
  if (const auto *VD = dyn_cast<VarDecl>(D))
    return VD->hasGlobalStorage();
  const auto *M = dyn_cast_or_null<CXXMethodDecl>(Function);
  return isa<FieldDecl>(D) && M && M->isInstance() && !isa<CXXConstructorDecl>(M) &&
         !isa<CXXDestructorDecl>(M);
}

void FunctionProvenance::sortInSourceOrder(std::vector<const Event *> &Some) const {
  auto Key = [&](const Event *E) {
    unsigned I = E - Events.data();
    // An end of lifetime is placed at its trigger's end (buildIndexes);
    // here every event sorts by where its statement begins.
    return std::make_pair(I < Begin.size() ? Begin[I] : ~0u, I);
  };
  llvm::sort(Some, [&](const Event *A, const Event *B) { return Key(A) < Key(B); });
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
