//===- Sequences.h - "After this event, one of A, then one of B" -*- C++ -*-===//
//
// Forward searches for a sequence of two events after a starting event, for
// many starts at once: after a snapshot is made, a write of its original,
// then a read of the snapshot. Each search is in one of two stages (looking
// for the first event, then for the second); every event may advance a
// search to the next stage, find it, or stop it on that path.
//
// Unlike ReachSets (one bit per question in every block, dense), the states
// here hold only the searches in progress at a point. Searches end where
// their variables are made anew, so a point holds a few per variable however
// many were started in the function, and the cost stays linear in the
// function's size where a question per pair of variables would not.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_PROVENANCE_SEQUENCES_H
#define ALIASLINT_PROVENANCE_SEQUENCES_H

#include "provenance/Engine.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <optional>

namespace aliaslint {

class SequenceSearch {
public:
  /// What an event does to a search in progress.
  enum class Step : uint8_t {
    None,    ///< nothing: the search goes on
    Advance, ///< stage 0: the first event is found; the search also goes on
             ///< looking for an earlier one
    Stop,    ///< the search ends on paths through this event
    Found,   ///< stage 1: the second event is found (of kind Outcome::Kind)
  };
  struct Outcome {
    Step S = Step::None;
    unsigned Kind = 0; ///< for Found: which of the client's kinds of match
  };
  /// The events found for one search and kind: the first of the sequence and
  /// the second, each the earliest in reverse post-order (then in its block)
  /// among those on some path, so the answer does not depend on the
  /// visiting order.
  struct Match {
    unsigned First, Second;
    /// Each found in a later call than the search's start (AcrossCalls).
    bool FirstLater = false, SecondLater = false;
  };
  /// Where a search is: its stage, and whether it has gone round to a later
  /// call of the function (startAfter's AcrossCalls).
  struct Where {
    unsigned Stage;
    bool LaterCall;
  };
  /// Event `E` (an index into FP.Events) seen by search `Id`.
  using StepFn = llvm::function_ref<Outcome(unsigned Id, Where At, unsigned E)>;

  explicit SequenceSearch(const FunctionProvenance &FP) : FP(FP) {}

  /// A search that begins right after event `E`; returns its id. With
  /// `AcrossCalls`, a search that reaches the function's exit goes on at
  /// its entry once, as in the next call: for members and globals, which
  /// keep their values between calls (`prev_ = cur_;` at the end of a
  /// tracker's step, `cur_` refilled at the start of the next).
  unsigned startAfter(unsigned E, bool AcrossCalls = false);
  /// Event A comes before event B in reverse post-order (then in its block).
  bool before(unsigned A, unsigned B) const { return order(A) < order(B); }
  /// Runs every search to its fixpoint over the CFG.
  void run(StepFn Fn);
  std::optional<Match> found(unsigned Id, unsigned Kind) const;

private:
  /// One search in progress at a point. In stage 1, `First` is the event
  /// that advanced it (the earliest among the paths joined here).
  struct Entry {
    unsigned Id;
    unsigned Stage; ///< bits: Second, Later, FirstLater
    unsigned First;
  };
  /// Entry::Stage's bits: looking for the second event; in a later call;
  /// the first event was found in a later call.
  static constexpr unsigned Second = 1, Later = 2, FirstLater = 4;
  using Entries = std::vector<Entry>;
  /// The events in block order; their position for "earliest".
  uint64_t order(unsigned E) const;
  void transfer(unsigned Block, Entries &S, StepFn Fn);
  static bool joinInto(Entries &To, const Entries &From,
                       llvm::function_ref<uint64_t(unsigned)> Order);
  void record(unsigned Id, unsigned Kind, Match M);

  const FunctionProvenance &FP;
  std::vector<unsigned> Starts; ///< per search, its starting event
  std::vector<bool> Wraps;      ///< per search, AcrossCalls
  /// Per block, the searches starting in it.
  llvm::DenseMap<unsigned, llvm::SmallVector<unsigned, 2>> StartsIn;
  llvm::DenseMap<std::pair<unsigned, unsigned>, Match> Results;
  /// Per block, its events (indexes into FP.Events) in order.
  std::vector<std::vector<unsigned>> EventsIn;
};

} // namespace aliaslint

#endif
