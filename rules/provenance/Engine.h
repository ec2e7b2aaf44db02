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
#include "provenance/LibraryCode.h"
#include "provenance/TypeClassifier.h"
#include "clang/AST/ASTContext.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/SmallPtrSet.h"
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

/// How a value leaves the function's sight.
enum class EscapeKind : uint8_t {
  None,
  Returned, ///< `return v;`
  Stored,   ///< assigned to a member field (`this->prev_ = v`)
  Captured, ///< captured by reference in a lambda
  Passed,   ///< passed to a function whose body and model are unknown
  /// Stored into a container of arrays (`history.push_back(frame)`, the
  /// model's `stores`): the element shares the value's storage; the
  /// container is Event::Container.
  Contained,
};
llvm::StringRef toString(EscapeKind K);

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
  /// Facts about the target at this point (pooled: FunctionProvenance::Values).
  const Prov *Value = nullptr;
  WriteKind How = WriteKind::Method;
  /// The library operation (qualified name) for writes, or the callee.
  OpName Op;
  /// For writes: whether the value of the writing expression is used
  /// (`auto x = t.index({i}).fill_(0)`), which makes a write to a temporary
  /// observable.
  bool ResultUsed = false;
  /// For reads: only the array's shape or type is read (`t.size(0)`,
  /// `img.rows`), not its elements.
  bool MetadataOnly = false;
  /// For writes: the expression whose value is written (an assignment's
  /// right-hand side, a compound assignment's operand, the model's
  /// `assigns` argument of `fill_`/`setTo`) and its value.
  const clang::Expr *Source = nullptr;
  const Prov *SourceValue = nullptr;
  /// For writes: every element written receives Source's value (`=`,
  /// `fill_`), as opposed to an update of the old value (`+=`, `mul_`).
  bool Assigns = false;
  /// For events on a temporary derived from `Via`: Via's own facts at that
  /// point (its creation, the library operation that made it), so that rules
  /// need not look them up.
  const Prov *ViaValue = nullptr;
  /// For rebinds: what the handle shared before (Value: after).
  const Prov *Prior = nullptr;
  /// For escapes: how.
  EscapeKind Escapes = EscapeKind::None;
  /// A container of arrays the event is about (a variable, not an array
  /// itself): on a Contained escape, the container stored into; on a Read
  /// with no Var, the container whose element is read (`history[i]`, a
  /// range-for over it); on a Rebind with no Var, the container whose
  /// elements are replaced or removed (`clear()`, its declaration).
  const clang::ValueDecl *Container = nullptr;
  unsigned Block = 0, Index = 0, Seq = 0;
};

/// What the engine found in one function.
struct FunctionProvenance {
  const clang::FunctionDecl *Function = nullptr;
  std::vector<Event> Events; ///< in CFG order of blocks, then statements
  /// The distinct values the events and the dataflow's states point to.
  std::unique_ptr<ProvPool> Values = std::make_unique<ProvPool>();
  /// Links and copies of the returned values, for summaries.
  Prov Returned;
  bool Skipped = false;      ///< too large, too deep or no CFG: no events
  /// Reachable CFG blocks, and how many times the worklist analysed one
  /// before the facts settled: their ratio stays small (loop nesting) when
  /// the visiting order is right, whatever the function's length.
  unsigned NumBlocks = 0, BlockVisits = 0;
  std::string SkipReason;

  /// Indexes over Events, so that queries stay linear in the function size.
  /// Events of each kind naming the variable (reads, writes, ...).
  llvm::ArrayRef<unsigned> eventsOf(EventKind K, const clang::ValueDecl *Var) const;
  /// Events inside one top-level statement.
  llvm::ArrayRef<unsigned> eventsIn(const clang::Stmt *FullStmt) const;
  /// The events of `Var` of kind K that lie, in the source, within the
  /// lifetime of the local `Scoped` (from its declaration to its last end
  /// of lifetime); all of them when `Scoped` has no end (a parameter, a
  /// static, a member). A question about a local is settled inside its
  /// scope: every path out of it passes its end of lifetime and every path
  /// into it its declaration, so marks outside cannot change the answer,
  /// and a rule asking about many locals of one array stays linear.
  /// With `Via`, the events on a temporary derived from `Var` instead
  /// (Event::Via: `cur.row(0).setTo(0)`).
  llvm::ArrayRef<unsigned> eventsOfWithin(EventKind K, const clang::ValueDecl *Var,
                                          const clang::ValueDecl *Scoped,
                                          bool Via = false) const;
  /// Sorts events of this function in source order (ties: event order), for
  /// rules that report the first of several whatever the CFG's block order.
  /// By the positions buildIndexes records: comparing source locations in
  /// the sort was 7 % of the analysis of a long function.
  void sortInSourceOrder(std::vector<const Event *> &Some) const;
  /// Whether `D` keeps its value from one call of this function to the
  /// next: a global or static, or a member of the object a method is
  /// called on (not in a constructor or destructor, which run once per
  /// object). Such a variable's facts at exit are its facts at the next
  /// entry.
  bool persistsAcrossCalls(const clang::ValueDecl *D) const;
  /// CFG blocks by id (null for none), for queries over the events.
  const clang::CFGBlock *block(unsigned Id) const {
    return Id < BlockById.size() ? BlockById[Id] : nullptr;
  }
  unsigned blockCount() const { return BlockById.size(); }
  /// A block's position in reverse post-order (BlockOrder).
  unsigned rank(unsigned Id) const { return Id < Rank.size() ? Rank[Id] : ~0u; }
  void buildIndexes();

  std::unique_ptr<clang::CFG> Cfg;
  /// The reachable blocks' ids in reverse post-order.
  std::vector<unsigned> BlockOrder;

private:
  std::vector<const clang::CFGBlock *> BlockById;
  std::vector<unsigned> Rank;
  llvm::DenseMap<std::pair<unsigned, const clang::ValueDecl *>,
                 llvm::SmallVector<unsigned, 4>>
      ByVar;
  llvm::DenseMap<const clang::Stmt *, llvm::SmallVector<unsigned, 4>> ByStmt;
  /// Per event, its place in the source (the raw expansion location: in
  /// one file, raw encodings follow offsets); ~0u for none.
  std::vector<unsigned> Pos;
  /// The same, for every event where its statement begins.
  std::vector<unsigned> Begin;
  /// ByVar's lists again, and the same by Event::Via (key: 2 * kind + 1),
  /// in source order, for eventsOfWithin.
  llvm::DenseMap<std::pair<unsigned, const clang::ValueDecl *>,
                 llvm::SmallVector<unsigned, 4>>
      ByVarInSource;
};

/// What a same-TU callee does to its parameters, as seen by its callers.
struct Summary {
  llvm::SmallVector<bool, 4> WritesParam;
  /// Of a lambda's call operator: the captured variables whose elements it
  /// writes (captured by reference, or by copy of a shallow handle).
  llvm::SmallVector<const clang::VarDecl *, 2> WritesCaptured;
  /// The captured variables whose elements it reads (same condition).
  llvm::SmallVector<const clang::VarDecl *, 2> ReadsCaptured;
  /// Relation of the returned value to each parameter, if it shares it.
  llvm::SmallVector<std::optional<Rel>, 4> ReturnsParam;
};

struct EngineOptions {
  /// Functions with more CFG elements are skipped with a note.
  unsigned MaxElements = 200000;
  /// How deep same-TU callees are summarised.
  unsigned MaxSummaryDepth = 4;
  /// Functions whose statements and expressions nest deeper are skipped
  /// with a remark: the analysis recurses per level, on a thread's stack
  /// of 8 MiB (up to about 2.5 KiB a level; with the share that summaries
  /// get, under 5 MiB in all).
  unsigned MaxNesting = 1000;
  /// Worklist budget: a function whose facts have not settled after this
  /// many visits per block (plus 100) is skipped. Loops settle in a few
  /// visits each; the budget only stops a pathological lattice climb.
  unsigned VisitsPerBlock = 50;
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
  /// Which functions are the libraries' own code, never analysed.
  LibraryCode &library() { return Library; }
  clang::ASTContext &context() { return Ctx; }
  const EngineOptions &options() const { return Opts; }

private:
  friend class FunctionAnalysis;
  clang::ASTContext &Ctx;
  TypeClassifier Types;
  // Initialised here rather than in the constructor: needs only the above.
  LibraryCode Library{Ctx.getSourceManager(), Types.model()};
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
