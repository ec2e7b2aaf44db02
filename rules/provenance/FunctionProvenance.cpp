//===- FunctionProvenance.cpp - Indexes and reachability over events ------===//
//
// The queries rules ask of one function's events. Each must stay linear in
// the function's size summed over a rule's queries: reachability is a
// liveness problem solved once per query key over the events that may
// match (not over every event), then answered per event by a lookup.
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
  }
  for (unsigned I = 0; I < Events.size(); ++I) {
    const Event &E = Events[I];
    if (E.Var)
      ByVar[{static_cast<unsigned>(E.Kind), E.Var}].push_back(I);
    if (E.FullStmt)
      ByStmt[E.FullStmt].push_back(I);
    if ((E.Kind == EventKind::Create || E.Kind == EventKind::Rebind) && E.Var)
      for (const Link &L : E.Value.Links)
        if (L.Root != E.Var && !llvm::is_contained(Sharers[L.Root], E.Var))
          Sharers[L.Root].push_back(E.Var);
  }
}

llvm::ArrayRef<const ValueDecl *>
FunctionProvenance::sharersOf(const ValueDecl *Root) const {
  auto It = Sharers.find(Root);
  if (It == Sharers.end())
    return {};
  return It->second;
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

const FunctionProvenance::ReachFacts &
FunctionProvenance::reachFacts(const ReachQuery &Q) const {
  auto [Slot, New] = Reach.try_emplace({Q.Id, Q.A, Q.B});
  ReachFacts &F = Slot->second;
  if (!New)
    return F;
  // Matches and barriers by block, in event order.
  for (unsigned I : Q.Candidates)
    if (Q.Pred(Events[I]))
      F.Marks[Events[I].Block].push_back({I, true});
  if (Q.Var)
    for (EventKind K : {EventKind::Create, EventKind::EndOfLifetime})
      for (unsigned I : eventsOf(K, Q.Var))
        F.Marks[Events[I].Block].push_back({I, false});
  for (auto &[Block, Marks] : F.Marks) {
    llvm::sort(Marks);
    Marks.erase(std::unique(Marks.begin(), Marks.end()), Marks.end());
  }
  bool AnyMatch = llvm::any_of(F.Marks, [](const auto &BM) {
    return llvm::any_of(BM.second, [](const auto &M) { return M.second; });
  });
  if (!Cfg || !AnyMatch)
    return F; // Live stays empty: nothing is reachable
  // Backward: live-in(B) = gen(B) or (not kill(B) and any live-in(succ)),
  // where gen/kill is whether B's first mark is a match or a barrier.
  F.Live.resize(BlockById.size());
  llvm::SmallVector<const CFGBlock *, 32> Work;
  for (const auto &[Block, Marks] : F.Marks)
    if (Marks.front().second && BlockById[Block]) {
      F.Live.set(Block);
      Work.push_back(BlockById[Block]);
    }
  while (!Work.empty()) {
    const CFGBlock *B = Work.pop_back_val();
    for (const CFGBlock *P : B->preds())
      if (P && !F.Live.test(P->getBlockID()) && !F.Marks.count(P->getBlockID())) {
        F.Live.set(P->getBlockID());
        Work.push_back(P);
      }
  }
  return F;
}

/// The first mark after event `After` in a block's marks (all of them for
/// ~0u), or null.
static const std::pair<unsigned, bool> *
nextMark(llvm::ArrayRef<std::pair<unsigned, bool>> Marks, unsigned After) {
  auto It = After == ~0u ? Marks.begin()
                         : llvm::upper_bound(Marks, std::make_pair(After, true));
  return It == Marks.end() ? nullptr : &*It;
}

bool FunctionProvenance::mayReach(const Event &From, const ReachQuery &Q) const {
  const ReachFacts &F = reachFacts(Q);
  unsigned Index = &From - Events.data();
  if (auto It = F.Marks.find(From.Block); It != F.Marks.end())
    if (const auto *M = nextMark(It->second, Index))
      return M->second;
  if (!Cfg)
    return false;
  for (const CFGBlock *S : BlockById[From.Block]->succs())
    if (S && F.liveAt(S->getBlockID()))
      return true;
  return false;
}

const Event *FunctionProvenance::firstReached(const Event &From,
                                              const ReachQuery &Q) const {
  const ReachFacts &F = reachFacts(Q);
  unsigned Index = &From - Events.data();
  if (auto It = F.Marks.find(From.Block); It != F.Marks.end())
    if (const auto *M = nextMark(It->second, Index))
      return M->second ? &Events[M->first] : nullptr;
  if (!Cfg)
    return nullptr;
  // Forward over the blocks from which a match is reachable (the liveness
  // prunes the rest), keeping the earliest match in event order: past a
  // block's match too, unless it also holds a barrier, as a loop's later
  // blocks may hold earlier events.
  unsigned Best = ~0u;
  llvm::BitVector Seen(BlockById.size());
  llvm::SmallVector<const CFGBlock *, 32> Work{BlockById[From.Block]};
  while (!Work.empty()) {
    const CFGBlock *B = Work.pop_back_val();
    for (const CFGBlock *S : B->succs()) {
      if (!S || !F.liveAt(S->getBlockID()) || Seen.test(S->getBlockID()))
        continue;
      Seen.set(S->getBlockID());
      auto It = F.Marks.find(S->getBlockID());
      if (It == F.Marks.end()) {
        Work.push_back(S);
        continue;
      }
      Best = std::min(Best, It->second.front().first); // live: a match first
      if (llvm::all_of(It->second, [](const auto &M) { return M.second; }))
        Work.push_back(S);
    }
  }
  return Best == ~0u ? nullptr : &Events[Best];
}
