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
    for (const Link &L : E.Value.Links)
      ByRoot[L.Root].push_back(I);
  }
}

llvm::ArrayRef<unsigned> FunctionProvenance::eventsSharing(const ValueDecl *Root) const {
  auto It = ByRoot.find(Root);
  if (It == ByRoot.end())
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
  F.NumSlots = Q.NumSlots;
  // Matches and barriers by block, in event order.
  for (size_t C = 0; C < Q.Candidates.size(); ++C) {
    unsigned I = Q.Candidates[C];
    if (Q.Pred(Events[I]))
      F.Marks[Events[I].Block].push_back({I, Q.Slots.empty() ? 0 : Q.Slots[C]});
  }
  bool AnyMatch = !F.Marks.empty();
  if (Q.Var)
    for (EventKind K : {EventKind::Create, EventKind::EndOfLifetime})
      for (unsigned I : eventsOf(K, Q.Var))
        F.Marks[Events[I].Block].push_back({I, Barrier});
  for (auto &[Block, Marks] : F.Marks) {
    llvm::sort(Marks);
    Marks.erase(std::unique(Marks.begin(), Marks.end()), Marks.end());
  }
  if (!Cfg || !AnyMatch)
    return F; // Live stays empty: nothing is reachable
  // Backward, per slot: live-in(B) = gen(B) or (no barrier in B and any
  // live-in(succ)), where gen(B) is the slots matched before B's first
  // barrier.
  unsigned W = F.wordsPerBlock();
  F.Live.assign(BlockById.size() * W, 0);
  llvm::BitVector Blocked(BlockById.size());
  for (const auto &[Block, Marks] : F.Marks)
    for (const auto &[I, S] : Marks) {
      if (S == Barrier) {
        Blocked.set(Block);
        break;
      }
      F.Live[Block * W + S / 64] |= uint64_t(1) << (S % 64);
    }
  // Round-robin in post-order (successors first): one pass settles code
  // without loops, each loop level adds one; a worklist would revisit a
  // block once per slot that reaches it.
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (unsigned B : llvm::reverse(BlockOrder)) {
      if (Blocked.test(B))
        continue;
      uint64_t *To = &F.Live[B * W];
      for (const CFGBlock *S : BlockById[B]->succs()) {
        if (!S)
          continue;
        const uint64_t *From = &F.Live[S->getBlockID() * W];
        for (unsigned I = 0; I < W; ++I)
          if (From[I] & ~To[I]) {
            To[I] |= From[I];
            Changed = true;
          }
      }
    }
  }
  return F;
}

/// The first mark after event `After` in a block's marks that is a match
/// for `Slot` or a barrier (all of them for ~0u), or null.
static const std::pair<unsigned, unsigned> *
nextMark(llvm::ArrayRef<std::pair<unsigned, unsigned>> Marks, unsigned After,
         unsigned Slot, unsigned Barrier) {
  auto It = After == ~0u ? Marks.begin()
                         : llvm::upper_bound(Marks, std::make_pair(After, ~0u));
  for (; It != Marks.end(); ++It)
    if (It->second == Slot || It->second == Barrier)
      return &*It;
  return nullptr;
}

bool FunctionProvenance::mayReach(const Event &From, const ReachQuery &Q,
                                  unsigned Slot) const {
  const ReachFacts &F = reachFacts(Q);
  unsigned Index = &From - Events.data();
  if (auto It = F.Marks.find(From.Block); It != F.Marks.end())
    if (const auto *M = nextMark(It->second, Index, Slot, Barrier))
      return M->second != Barrier;
  if (!Cfg)
    return false;
  for (const CFGBlock *S : BlockById[From.Block]->succs())
    if (S && F.liveAt(S->getBlockID(), Slot))
      return true;
  return false;
}

const Event *FunctionProvenance::firstReached(const Event &From, const ReachQuery &Q,
                                              unsigned Slot) const {
  const ReachFacts &F = reachFacts(Q);
  unsigned Index = &From - Events.data();
  if (auto It = F.Marks.find(From.Block); It != F.Marks.end())
    if (const auto *M = nextMark(It->second, Index, Slot, Barrier))
      return M->second != Barrier ? &Events[M->first] : nullptr;
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
      if (!S || !F.liveAt(S->getBlockID(), Slot) || Seen.test(S->getBlockID()))
        continue;
      Seen.set(S->getBlockID());
      auto It = F.Marks.find(S->getBlockID());
      const auto *M = It == F.Marks.end() ? nullptr
                                          : nextMark(It->second, ~0u, Slot, Barrier);
      if (M && M->second != Barrier)
        Best = std::min(Best, M->first);
      if (It == F.Marks.end() ||
          llvm::none_of(It->second, [&](const auto &X) { return X.second == Barrier; }))
        Work.push_back(S);
    }
  }
  return Best == ~0u ? nullptr : &Events[Best];
}
