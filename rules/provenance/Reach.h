//===- Reach.h - Many reachability questions over one function ---*- C++ -*-===//
//
// "Can an event of this kind follow that one?" asked for every write a rule
// looks at, about many variables. Answering each variable's question with
// its own pass over the CFG costs the function's size per variable; here
// all of a rule's questions of one kind share a single backward pass of
// bit sets (one bit per question), so the cost stays linear in the
// function's size for any number of arrays.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_PROVENANCE_REACH_H
#define ALIASLINT_PROVENANCE_REACH_H

#include "provenance/Engine.h"

namespace aliaslint {

class ReachSets {
public:
  /// A question: what it is about (one or two declarations, say).
  using Key = std::pair<const void *, const void *>;

  explicit ReachSets(const FunctionProvenance &FP) : FP(FP) {}

  /// Event `I` (an index into FP.Events) answers question `K`.
  void addMatch(unsigned I, Key K) { addMark(I, K, false); }
  /// Paths through event `I` do not count for question `K` (the variable
  /// is declared anew or ends there).
  void addBarrier(unsigned I, Key K) { addMark(I, K, true); }

  /// Whether a match of `K` may happen after `From`, on a path without a
  /// barrier of `K` in between (loops included). The first call solves
  /// every question; later ones cost a lookup.
  bool mayReach(const Event &From, Key K);
  /// The match mayReach found, for a diagnostic's note: the nearest, i.e.
  /// the first after `From` in its block, else the first in the earliest
  /// block in reverse post-order that holds one. A forward search pruned by
  /// the solution and stopping at that block: ask it for a report only.
  /// Null when the search would visit more than MaxSearchBlocks blocks (a
  /// match far away in a huge function): each report's cost stays bounded.
  const Event *firstReached(const Event &From, Key K);
  static constexpr unsigned MaxSearchBlocks = 4096;

private:
  struct Mark {
    unsigned Slot, Event;
    bool Barrier;
    bool operator<(const Mark &O) const {
      return std::tie(Slot, Event, Barrier) < std::tie(O.Slot, O.Event, O.Barrier);
    }
  };
  void addMark(unsigned I, Key K, bool Barrier);
  void solve();
  /// The first mark of `Slot` in `Block` after event `After` (any for ~0u).
  const Mark *next(unsigned Block, unsigned Slot, unsigned After) const;
  bool bit(const std::vector<uint64_t> &Set, unsigned Block, unsigned Slot) const {
    size_t W = (size_t)Block * Words + Slot / 64;
    return W < Set.size() && (Set[W] >> (Slot % 64) & 1);
  }
  void setBit(std::vector<uint64_t> &Set, unsigned Block, unsigned Slot) {
    Set[(size_t)Block * Words + Slot / 64] |= uint64_t(1) << (Slot % 64);
  }

  const FunctionProvenance &FP;
  llvm::DenseMap<Key, unsigned> Slots;
  /// Per block, sorted by slot then event once solved.
  llvm::DenseMap<unsigned, llvm::SmallVector<Mark, 4>> Marks;
  bool Solved = false;
  unsigned Words = 0;
  /// Per block, `Words` words: the questions with a match reachable from
  /// the block's entry.
  std::vector<uint64_t> Live;
  /// The questions with a barrier in a block: `Words` words at KillAt[block]
  /// (~0u: none), for the few blocks that hold a barrier.
  std::vector<uint64_t> Kill;
  std::vector<unsigned> KillAt;
};

} // namespace aliaslint

#endif
