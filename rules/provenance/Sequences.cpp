//===- Sequences.cpp - "After this event, one of A, then one of B" --------===//
#include "provenance/Sequences.h"
#include "clang/Analysis/CFG.h"

using namespace clang;
using namespace aliaslint;

unsigned SequenceSearch::startAfter(unsigned E, bool AcrossCalls) {
  unsigned Id = Starts.size();
  Starts.push_back(E);
  Wraps.push_back(AcrossCalls);
  StartsIn[FP.Events[E].Block].push_back(Id);
  return Id;
}

uint64_t SequenceSearch::order(unsigned E) const {
  // Events of a block are contiguous and in statement order (Dataflow.cpp
  // records them in one pass per block).
  return (uint64_t)FP.rank(FP.Events[E].Block) << 32 | E;
}

std::optional<SequenceSearch::Match> SequenceSearch::found(unsigned Id,
                                                           unsigned Kind) const {
  auto It = Results.find({Id, Kind});
  if (It == Results.end())
    return std::nullopt;
  return It->second;
}

void SequenceSearch::record(unsigned Id, unsigned Kind, Match M) {
  auto [It, New] = Results.try_emplace({Id, Kind}, M);
  if (New)
    return;
  // Within the call first, then the earliest events.
  auto Key = [&](Match X) {
    return std::make_tuple(X.FirstLater, order(X.First), X.SecondLater, order(X.Second));
  };
  if (Key(M) < Key(It->second))
    It->second = M;
}

static bool entryLess(unsigned IdA, unsigned StA, unsigned IdB, unsigned StB) {
  return std::tie(IdA, StA) < std::tie(IdB, StB);
}

bool SequenceSearch::joinInto(Entries &To, const Entries &From,
                              llvm::function_ref<uint64_t(unsigned)> Order) {
  // Both sorted by (Id, Stage); a search in stage 1 on both sides keeps the
  // earlier first event, so the fixpoint does not depend on the order.
  Entries Out;
  Out.reserve(To.size() + From.size());
  bool Changed = false;
  size_t I = 0, J = 0;
  while (I < To.size() || J < From.size()) {
    if (J == From.size() ||
        (I < To.size() && entryLess(To[I].Id, To[I].Stage, From[J].Id, From[J].Stage))) {
      Out.push_back(To[I++]);
    } else if (I == To.size() ||
               entryLess(From[J].Id, From[J].Stage, To[I].Id, To[I].Stage)) {
      Out.push_back(From[J++]);
      Changed = true;
    } else {
      Entry E = To[I++];
      const Entry &F = From[J++];
      if ((E.Stage & Second) && Order(F.First) < Order(E.First)) {
        E.First = F.First;
        Changed = true;
      }
      Out.push_back(E);
    }
  }
  if (Changed)
    To = std::move(Out);
  return Changed;
}

void SequenceSearch::transfer(unsigned Block, Entries &S, StepFn Fn) {
  auto Order = [&](unsigned E) { return order(E); };
  auto Starting = StartsIn.find(Block);
  for (unsigned E : EventsIn[Block]) {
    Entries Advanced;
    bool Stopped = false;
    for (Entry &En : S) {
      Outcome O = Fn(En.Id, {En.Stage & Second, (En.Stage & Later) != 0}, E);
      switch (O.S) {
      case Step::None:
        break;
      case Step::Advance:
        if (!(En.Stage & Second))
          Advanced.push_back(
              {En.Id, En.Stage | Second | (En.Stage & Later ? FirstLater : 0), E});
        break;
      case Step::Stop:
        En.Id = ~0u; // removed below
        Stopped = true;
        break;
      case Step::Found:
        if (En.Stage & Second)
          record(En.Id, O.Kind,
                 {En.First, E, (En.Stage & FirstLater) != 0, (En.Stage & Later) != 0});
        break;
      }
    }
    if (Stopped)
      llvm::erase_if(S, [](const Entry &En) { return En.Id == ~0u; });
    // New searches begin after their event, and a search advanced here
    // looks for its second event after it.
    if (Starting != StartsIn.end())
      for (unsigned Id : Starting->second)
        if (Starts[Id] == E)
          Advanced.push_back({Id, 0, ~0u});
    if (!Advanced.empty()) {
      llvm::sort(Advanced, [](const Entry &A, const Entry &B) {
        return entryLess(A.Id, A.Stage, B.Id, B.Stage);
      });
      joinInto(S, Advanced, Order);
    }
  }
}

void SequenceSearch::run(StepFn Fn) {
  if (Starts.empty())
    return;
  unsigned NumBlocks = FP.blockCount();
  EventsIn.assign(NumBlocks, {});
  for (unsigned I = 0; I < FP.Events.size(); ++I)
    if (FP.Events[I].Block < NumBlocks)
      EventsIn[FP.Events[I].Block].push_back(I);
  std::vector<Entries> In(NumBlocks);
  std::vector<bool> Dirty(NumBlocks, false);
  for (const auto &KV : StartsIn)
    if (KV.first < NumBlocks)
      Dirty[KV.first] = true;
  auto Order = [&](unsigned E) { return order(E); };
  const CFGBlock *ExitBlock = FP.Cfg ? &FP.Cfg->getExit() : nullptr;
  const CFGBlock *EntryBlock = FP.Cfg ? &FP.Cfg->getEntry() : nullptr;
  // Round-robin in reverse post-order over the blocks whose entry state
  // changed: one pass settles code without loops, each loop level adds one.
  for (bool Any = true; Any;) {
    Any = false;
    for (unsigned B : FP.BlockOrder) {
      if (!Dirty[B])
        continue;
      Dirty[B] = false;
      Any = true;
      Entries S = In[B];
      transfer(B, S, Fn);
      if (S.empty())
        continue;
      if (ExitBlock && EntryBlock && B == ExitBlock->getBlockID()) {
        // Searches across calls go round once more, from the entry.
        Entries Next;
        for (const Entry &En : S)
          if (Wraps[En.Id] && !(En.Stage & Later))
            Next.push_back({En.Id, En.Stage | Later, En.First});
        if (!Next.empty() && joinInto(In[EntryBlock->getBlockID()], Next, Order))
          Dirty[EntryBlock->getBlockID()] = true;
        continue;
      }
      for (const CFGBlock *Succ : FP.block(B)->succs())
        if (Succ && joinInto(In[Succ->getBlockID()], S, Order))
          Dirty[Succ->getBlockID()] = true;
    }
  }
}
