//===- Engine.h - View/copy provenance over a function's CFG -----*- C++ -*-===//
//
// Runs a forward dataflow over Clang's CFG of one function body, driven by
// the API model, and records alias events (create, write, read, rebind,
// escape, end of lifetime) with the facts in force at each. Rules query the
// events; the engine never decides what is a bug.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_PROVENANCE_ENGINE_H
#define ALIASLINT_PROVENANCE_ENGINE_H

#include "provenance/Facts.h"
#include "provenance/TypeClassifier.h"
#include "clang/AST/ASTContext.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <memory>

namespace clang {
class ParentMap;
}

namespace aliaslint {

enum class EventKind { Create, Write, Read, Rebind, Escape, EndOfLifetime };
llvm::StringRef toString(EventKind K);

/// How a write happens.
enum class WriteKind {
  Method,      ///< a mutating member or free function (`mul_`, `setTo`)
  Assign,      ///< assignment of elements (`view = expr`, rvalue `t[i] = u`)
  Compound,    ///< `+=`, `-=`, ...
  Element,     ///< assignment to one element (`a(0, 1) = 5`)
  OutputArg,   ///< passed as an output argument (`cv::OutputArray`)
  Callee,      ///< a same-TU callee writes the parameter it is bound to
};
llvm::StringRef toString(WriteKind K);

struct Event {
  EventKind Kind;
  /// The expression the event is about: the write, the read reference, the
  /// declaration's initializer.
  const clang::Stmt *S = nullptr;
  /// The top-level statement containing S (one CFG element).
  const clang::Stmt *FullStmt = nullptr;
  /// The named variable written, read, created or rebound; null for
  /// temporaries.
  const clang::ValueDecl *Var = nullptr;
  /// For a temporary target, the named array it was derived from through
  /// a chain of calls: `Jt` for `Jt.row(0)`.
  const clang::ValueDecl *Via = nullptr;
  /// The array written or read, as an expression (the call's object, the
  /// assignment's left-hand side).
  const clang::Expr *Target = nullptr;
  /// Facts about the target at this point.
  Prov Value;
  WriteKind How = WriteKind::Method;
  /// The library operation (qualified name) for writes, or the callee.
  std::string Op;
  /// For writes: whether the value of the writing expression is used
  /// (`auto x = t.index({i}).fill_(0)`), which makes a write to a temporary
  /// observable.
  bool ResultUsed = false;
  /// For reads: only the array's shape or type is read (`t.size(0)`,
  /// `img.rows`), not its elements.
  bool MetadataOnly = false;
  unsigned Block = 0, Index = 0, Seq = 0;
};

/// A reachability question: is an event accepted by `Pred` reachable? The
/// answer is cached under (Id, A, B): `Id` names the predicate (the address
/// of a static object of the asking rule), A and B are what it depends on.
struct ReachQuery {
  const void *Id;
  const void *A = nullptr, *B = nullptr;
  /// Paths on which this variable is declared anew or ended do not count.
  const clang::ValueDecl *Var = nullptr;
  /// Indexes of every event `Pred` may accept (a superset: the events of
  /// the variables involved); only these are asked.
  llvm::ArrayRef<unsigned> Candidates;
  llvm::function_ref<bool(const Event &)> Pred;
  /// Several questions that share the barrier, answered in one pass: each
  /// candidate answers question Slots[i] (all question 0 when empty).
  llvm::ArrayRef<unsigned> Slots = {};
  unsigned NumSlots = 1;
};

/// What the engine found in one function.
struct FunctionProvenance {
  const clang::FunctionDecl *Function = nullptr;
  std::vector<Event> Events; ///< in CFG order of blocks, then statements
  /// Links and copies of the returned values, for summaries.
  Prov Returned;
  bool Skipped = false;      ///< too large or no CFG: no events
  /// Reachable CFG blocks, and how many times the worklist analysed one
  /// before the facts settled: their ratio stays small (loop nesting) when
  /// the visiting order is right, whatever the function's length.
  unsigned NumBlocks = 0, BlockVisits = 0;
  std::string SkipReason;

  /// Whether an event the query accepts may happen after `From`, on a path
  /// on which the query's variable is not declared anew or ended in between.
  /// The first query for a key costs one backward pass over the blocks
  /// (a liveness problem, seeded from the query's candidates); later ones
  /// cost a lookup in `From`'s block.
  bool mayReach(const Event &From, const ReachQuery &Q, unsigned Slot = 0) const;
  /// The event mayReach found, for a diagnostic's note: the first after
  /// `From` in its block, else the earliest in event order. Costs a forward
  /// pass over the blocks from which a match is reachable: ask it for a
  /// report, not for every candidate.
  const Event *firstReached(const Event &From, const ReachQuery &Q,
                            unsigned Slot = 0) const;
  /// Drops the cached answers: query ids are per check, so a check done
  /// with the function frees what its queries took.
  void forgetQueries() const { Reach.shrink_and_clear(); }

  /// Indexes over Events, so that queries stay linear in the function size.
  /// Events of each kind naming the variable (reads, writes, ...).
  llvm::ArrayRef<unsigned> eventsOf(EventKind K, const clang::ValueDecl *Var) const;
  /// Events whose value shares `Root`'s storage at that point (the root
  /// itself, or a view or handle made of it): reading them reads the root.
  llvm::ArrayRef<unsigned> eventsSharing(const clang::ValueDecl *Root) const;
  /// Events inside one top-level statement.
  llvm::ArrayRef<unsigned> eventsIn(const clang::Stmt *FullStmt) const;
  void buildIndexes();

  std::unique_ptr<clang::CFG> Cfg;
  /// The reachable blocks' ids in reverse post-order.
  std::vector<unsigned> BlockOrder;

private:
  /// A reachability key's answer: whether a match of each slot is
  /// reachable from each block's entry, and
  /// the matches (their slot) and barriers in the blocks holding any, in
  /// event order.
  static constexpr unsigned Barrier = ~0u;
  struct ReachFacts {
    unsigned NumSlots = 1;
    /// Bit sets of slots, wordsPerBlock() words per block; empty when no
    /// block holds a match.
    std::vector<uint64_t> Live;
    unsigned wordsPerBlock() const { return (NumSlots + 63) / 64; }
    bool liveAt(unsigned Block, unsigned Slot) const {
      size_t Word = (size_t)Block * wordsPerBlock() + Slot / 64;
      return Word < Live.size() && (Live[Word] >> (Slot % 64) & 1);
    }
    llvm::DenseMap<unsigned, llvm::SmallVector<std::pair<unsigned, unsigned>, 2>> Marks;
  };
  const ReachFacts &reachFacts(const ReachQuery &Q) const;

  std::vector<const clang::CFGBlock *> BlockById;
  llvm::DenseMap<std::pair<unsigned, const clang::ValueDecl *>,
                 llvm::SmallVector<unsigned, 4>>
      ByVar;
  llvm::DenseMap<const clang::Stmt *, llvm::SmallVector<unsigned, 4>> ByStmt;
  llvm::DenseMap<const clang::ValueDecl *, llvm::SmallVector<unsigned, 4>> ByRoot;
  mutable llvm::DenseMap<std::tuple<const void *, const void *, const void *>, ReachFacts>
      Reach;
};

/// What a same-TU callee does to its parameters, as seen by its callers.
struct Summary {
  llvm::SmallVector<bool, 4> WritesParam;
  /// Relation of the returned value to each parameter, if it shares it.
  llvm::SmallVector<std::optional<Rel>, 4> ReturnsParam;
};

struct EngineOptions {
  /// Functions with more CFG elements are skipped with a note.
  unsigned MaxElements = 200000;
  /// How deep same-TU callees are summarised.
  unsigned MaxSummaryDepth = 4;
};

/// Analyses functions of one translation unit, caching results and
/// summaries. Not thread-safe; one per check instance and TU.
class ProvenanceEngine {
public:
  ProvenanceEngine(clang::ASTContext &Ctx, const ApiModel &Model,
                   EngineOptions Opts = {});
  ~ProvenanceEngine();

  const FunctionProvenance &analyze(const clang::FunctionDecl *FD);
  const Summary *summary(const clang::FunctionDecl *FD);

  TypeClassifier &types() { return Types; }
  clang::ASTContext &context() { return Ctx; }
  const EngineOptions &options() const { return Opts; }

private:
  friend class FunctionAnalysis;
  clang::ASTContext &Ctx;
  TypeClassifier Types;
  EngineOptions Opts;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<FunctionProvenance>> Results;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<Summary>> Summaries;
  llvm::SmallPtrSet<const clang::FunctionDecl *, 8> InProgress;
  unsigned Depth = 0;
};

/// The engine's facts and events for one function, in the stable text form
/// used by `aliaslint --dump-provenance` and its tests.
void dumpProvenance(const FunctionProvenance &FP, clang::ASTContext &Ctx,
                    llvm::raw_ostream &OS);

} // namespace aliaslint

#endif
