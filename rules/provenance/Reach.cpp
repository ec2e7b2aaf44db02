//===- Reach.cpp - Many reachability questions over one function ----------===//
#include "provenance/Reach.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/BitVector.h"
#include <set>

using namespace clang;
using namespace aliaslint;

void ReachSets::addMark(unsigned I, Key K, bool Barrier) {
  assert(!Solved && "questions are added before the first answer");
  unsigned Slot = Slots.try_emplace(K, Slots.size()).first->second;
  Marks[FP.Events[I].Block].push_back({Slot, I, Barrier});
}

void ReachSets::solve() {
  Solved = true;
  Words = (Slots.size() + 63) / 64;
  unsigned NumBlocks = FP.blockCount();
  if (!Words || !NumBlocks)
    return;
  Live.assign((size_t)NumBlocks * Words, 0);
  // A block generates the questions whose first mark in it is a match, and
  // kills those with a barrier in it (kill sets only for the blocks with a
  // barrier: few).
  KillAt.assign(NumBlocks, ~0u);
  for (auto &[Block, BM] : Marks) {
    llvm::sort(BM);
    for (size_t I = 0; I < BM.size(); ++I) {
      bool First = I == 0 || BM[I - 1].Slot != BM[I].Slot;
      if (First && !BM[I].Barrier)
        setBit(Live, Block, BM[I].Slot);
      if (BM[I].Barrier) {
        if (KillAt[Block] == ~0u) {
          KillAt[Block] = Kill.size() / Words;
          Kill.resize(Kill.size() + Words, 0);
        }
        Kill[(size_t)KillAt[Block] * Words + BM[I].Slot / 64] |= uint64_t(1)
                                                                  << (BM[I].Slot % 64);
      }
    }
  }
  // live-in(B) = gen(B) | (union of live-in(succ) & ~kill(B)), round-robin
  // in post-order (successors first): one pass settles code without loops,
  // each level of loop nesting adds one.
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (unsigned B : llvm::reverse(FP.BlockOrder)) {
      uint64_t *To = &Live[(size_t)B * Words];
      const uint64_t *K = KillAt[B] == ~0u ? nullptr : &Kill[(size_t)KillAt[B] * Words];
      for (const CFGBlock *S : FP.block(B)->succs()) {
        if (!S)
          continue;
        const uint64_t *From = &Live[(size_t)S->getBlockID() * Words];
        for (unsigned W = 0; W < Words; ++W)
          if (uint64_t New = From[W] & ~(K ? K[W] : 0) & ~To[W]) {
            To[W] |= New;
            Changed = true;
          }
      }
    }
  }
}

const ReachSets::Mark *ReachSets::next(unsigned Block, unsigned Slot,
                                       unsigned After) const {
  auto It = Marks.find(Block);
  if (It == Marks.end())
    return nullptr;
  Mark Probe{Slot, After == ~0u ? 0 : After + 1, false};
  const Mark *M = std::lower_bound(It->second.begin(), It->second.end(), Probe);
  return M != It->second.end() && M->Slot == Slot ? M : nullptr;
}

bool ReachSets::mayReach(const Event &From, Key K) {
  if (!Solved)
    solve();
  auto S = Slots.find(K);
  if (S == Slots.end())
    return false;
  unsigned Index = &From - FP.Events.data();
  if (const Mark *M = next(From.Block, S->second, Index))
    return !M->Barrier;
  if (!FP.block(From.Block))
    return false;
  for (const CFGBlock *Succ : FP.block(From.Block)->succs())
    if (Succ && bit(Live, Succ->getBlockID(), S->second))
      return true;
  return false;
}

const Event *ReachSets::firstReached(const Event &From, Key K) {
  if (!Solved)
    solve();
  auto S = Slots.find(K);
  if (S == Slots.end())
    return nullptr;
  unsigned Slot = S->second;
  unsigned Index = &From - FP.Events.data();
  if (const Mark *M = next(From.Block, Slot, Index))
    return M->Barrier ? nullptr : &FP.Events[M->Event];
  if (!FP.block(From.Block))
    return nullptr;
  // Forward over the blocks from which a match is reachable, earliest in
  // reverse post-order first: the first block reached that holds a match
  // holds the nearest one, and the search stops there.
  std::set<std::pair<unsigned, const CFGBlock *>> Work;
  llvm::BitVector Seen(FP.blockCount());
  auto PushSuccs = [&](const CFGBlock *B) {
    for (const CFGBlock *Succ : B->succs())
      if (Succ && !Seen.test(Succ->getBlockID()) && bit(Live, Succ->getBlockID(), Slot)) {
        Seen.set(Succ->getBlockID());
        Work.insert({FP.rank(Succ->getBlockID()), Succ});
      }
  };
  PushSuccs(FP.block(From.Block));
  for (unsigned Visited = 0; !Work.empty() && Visited < MaxSearchBlocks; ++Visited) {
    const CFGBlock *B = Work.begin()->second;
    Work.erase(Work.begin());
    // Live: its first mark of the question, if any, is a match.
    if (const Mark *M = next(B->getBlockID(), Slot, ~0u))
      return &FP.Events[M->Event];
    PushSuccs(B);
  }
  return nullptr;
}
