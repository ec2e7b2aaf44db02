//===- Dataflow.cpp - The forward dataflow driver over one function's CFG -===//
//
// Builds the CFG, orders its blocks, runs the transfer functions to a
// fixpoint on a worklist, then once more over the settled facts to record
// the events. A function whose facts do not settle within the visit budget
// is skipped like one over the size limit: events from an unconverged state
// would be facts that do not hold.
//
//===----------------------------------------------------------------------===//
#include "provenance/FunctionAnalysis.h"
#include "provenance/Relations.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/CFG.h"
#include <set>

using namespace clang;
using namespace aliaslint;

bool FunctionAnalysis::isSeeded(const ValueDecl *D) const {
  const auto *VD = dyn_cast<VarDecl>(D);
  if (!VD || isa<ParmVarDecl>(VD) || !VD->hasLocalStorage())
    return true; // a parameter, a field, a global or static
  // A local of an enclosing function, captured by a lambda or block.
  for (const DeclContext *DC = VD->getDeclContext(); DC; DC = DC->getParent())
    if (DC == FD)
      return false;
  return true;
}

void FunctionAnalysis::transferLifetimeEnd(const CFGLifetimeEnds &LE, State &S) {
  const VarDecl *VD = LE.getVarDecl();
  const Prov *Ended = S.lookup(VD);
  if (!Ended)
    return;
  CurFull = LE.getTriggerStmt();
  expire(VD, LE.getTriggerStmt());
  S.erase(VD);
  if (!Emitting)
    return;
  Event Ev;
  Ev.Kind = EventKind::EndOfLifetime;
  Ev.S = LE.getTriggerStmt();
  Ev.Var = VD;
  Ev.Value = Ended;
  Ev.Block = CurBlock;
  Ev.Index = CurIndex;
  Ev.Seq = Seq++;
  Out.Events.push_back(std::move(Ev));
}

void FunctionAnalysis::transferStmt(const Stmt *St) {
  CurFull = St;
  evalFullStmt(St);
  expireTemporaries(St);
}

void FunctionAnalysis::evalFullStmt(const Stmt *St) {
  if (const auto *DS = dyn_cast<DeclStmt>(St)) {
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D)) {
        Prov Init = VD->getInit() ? eval(VD->getInit()) : Prov();
        bindVar(VD, Init, DS);
        declaredContainer(VD, DS);
      }
    return;
  }
  if (const auto *RS = dyn_cast<ReturnStmt>(St)) {
    if (const Expr *RV = RS->getRetValue()) {
      Prov V = eval(RV);
      // Only arrays escape (`return t.size(0);` is no escape of t).
      Event *E = isArrayExpr(RV) ? emit(EventKind::Escape, RS, RV, expireAtReturn(V, RS))
                                 : nullptr;
      if (E) {
        E->Escapes = EscapeKind::Returned;
        for (const Link &L : V.Links)
          if (!Out.Returned.linkTo(L.Root))
            Out.Returned.Links.push_back(L);
      }
    }
    return;
  }
  if (const auto *E = dyn_cast<Expr>(St))
    eval(E);
}

void FunctionAnalysis::transfer(const CFGBlock &B, State &S, bool Emit) {
  Cur = &S;
  Emitting = Emit;
  CurBlock = B.getBlockID();
  CurIndex = 0;
  for (const CFGElement &El : B) {
    ++CurIndex;
    if (auto LE = El.getAs<CFGLifetimeEnds>())
      transferLifetimeEnd(*LE, S);
    else if (auto CS = El.getAs<CFGStmt>())
      if (!Nested[B.getBlockID()].test(CurIndex - 1))
        transferStmt(CS->getStmt());
  }
}

/// How deep statements and expressions nest in `Body`, counted up to just
/// past `Limit`. Iterative: the measure must not overflow the stack that it
/// protects.
static unsigned nestingDepth(const Stmt *Body, unsigned Limit) {
  unsigned Max = 0;
  llvm::SmallVector<std::pair<const Stmt *, unsigned>, 64> Work{{Body, 1}};
  while (!Work.empty() && Max <= Limit) {
    auto [S, Depth] = Work.pop_back_val();
    Max = std::max(Max, Depth);
    for (const Stmt *C : S->children())
      if (C)
        Work.push_back({C, Depth + 1});
  }
  return Max;
}

bool FunctionAnalysis::tooDeep(const Stmt *Body) {
  // The CFG builder, the transfer functions and the checks recurse once
  // per level: a generated `a + a + ... + a` of a few thousand terms
  // overflowed the stack. A callee summarised from inside a caller's
  // expression stacks on the caller's frames: it gets a share of the limit.
  unsigned Limit = Eng.Depth ? Eng.Opts.MaxNesting / (Eng.Opts.MaxSummaryDepth + 1)
                             : Eng.Opts.MaxNesting;
  if (nestingDepth(Body, Limit) <= Limit)
    return false;
  Out.Skipped = true;
  Out.SkipReason = "its statements and expressions nest more than " +
                   std::to_string(Limit) + " levels deep";
  return true;
}

bool FunctionAnalysis::buildCfg() {
  const Stmt *Body = FD->getBody();
  if (!Body || tooDeep(Body))
    return false;
  if (isa<CoroutineBodyStmt>(Body)) {
    // Clang's CFG holds the coroutine body as one opaque element: no event
    // would be found, and silence must not pass for a clean function.
    Out.Skipped = true;
    Out.SkipReason = "coroutines are not analysed";
    return false;
  }
  CFG::BuildOptions BO;
  BO.AddLifetime = true;
  BO.AddImplicitDtors = false;
  BO.AddInitializers = false;
  BO.AddTemporaryDtors = false;
  Out.Cfg = CFG::buildCFG(FD, const_cast<Stmt *>(Body), &Eng.Ctx, BO);
  if (!Out.Cfg) {
    Out.Skipped = true;
    Out.SkipReason = "no CFG could be built";
    return false;
  }
  unsigned NumElements = 0;
  for (const CFGBlock *B : *Out.Cfg)
    NumElements += B->size();
  if (NumElements > Eng.Opts.MaxElements) {
    Out.Skipped = true;
    Out.SkipReason = "function has " + std::to_string(NumElements) +
                     " CFG elements, more than the limit of " +
                     std::to_string(Eng.Opts.MaxElements);
    return false;
  }
  Parents = std::make_unique<ParentMap>(const_cast<Stmt *>(Body));
  return true;
}

void FunctionAnalysis::findNestedElements() {
  // Each top-level statement is evaluated whole, once; its subexpressions
  // that the CFG also lists are skipped. Found once here rather than on
  // every visit of the block (a walk up the parent map each time).
  llvm::DenseSet<const Stmt *> Elements;
  for (const CFGBlock *B : *Out.Cfg)
    for (const CFGElement &El : *B)
      if (auto CS = El.getAs<CFGStmt>())
        Elements.insert(CS->getStmt());
  Nested.resize(Out.Cfg->getNumBlockIDs());
  for (const CFGBlock *B : *Out.Cfg) {
    llvm::BitVector &N = Nested[B->getBlockID()];
    N.resize(B->size());
    unsigned I = 0;
    for (const CFGElement &El : *B) {
      if (auto CS = El.getAs<CFGStmt>())
        for (const Stmt *P = Parents->getParent(CS->getStmt()); P; P = Parents->getParent(P))
          if (Elements.count(P)) {
            N.set(I);
            break;
          }
      ++I;
    }
  }
}

std::vector<const CFGBlock *> FunctionAnalysis::reversePostOrder() {
  // By hand: the CFG has null successors for edges it knows to be
  // unreachable (`do { } while (0)`), which LLVM's graph traversals would
  // follow. Successors are visited last to first: a loop condition lists its
  // body before its exit, and visiting the exit first ranks the body before
  // the code after the loop, so that the loop settles before that code is
  // analysed (otherwise each loop's second iteration re-analyses the rest of
  // the function: quadratic in its length).
  // Clang's weak topological order (getIntervalWTO, as WTODataflowWorklist
  // uses) was measured in its place, as the worklist's priority: 1,934
  // against 1,770 block visits on bench/scaling.py's N=4000,K=16 function,
  // 7,459 against 6,914 at N=16000,K=64, and 37/31 against 35/25 on
  // test/engine/visit-order.cpp; 3,189 against 3,168 over the lit tests'
  // functions (docs/engine-cost.md).
  std::vector<const CFGBlock *> Order;
  llvm::BitVector Seen(Out.Cfg->getNumBlockIDs());
  llvm::SmallVector<std::pair<const CFGBlock *, CFGBlock::const_succ_reverse_iterator>, 32> Stack;
  const CFGBlock *Entry = &Out.Cfg->getEntry();
  Seen.set(Entry->getBlockID());
  Stack.push_back({Entry, Entry->succ_rbegin()});
  while (!Stack.empty()) {
    auto &[B, It] = Stack.back();
    if (It == B->succ_rend()) {
      Order.push_back(B);
      Stack.pop_back();
      continue;
    }
    const CFGBlock *S = *It;
    ++It;
    if (S && !Seen.test(S->getBlockID())) {
      Seen.set(S->getBlockID());
      Stack.push_back({S, S->succ_rbegin()});
    }
  }
  std::reverse(Order.begin(), Order.end());
  return Order;
}

void FunctionAnalysis::run() {
  Out.Function = FD;
  if (!buildCfg())
    return;
  findNestedElements();
  std::vector<const CFGBlock *> Order = reversePostOrder();
  std::vector<unsigned> Rank(Out.Cfg->getNumBlockIDs(), ~0u);
  for (unsigned I = 0; I < Order.size(); ++I)
    Rank[Order[I]->getBlockID()] = I;
  std::vector<State> OutS(Out.Cfg->getNumBlockIDs());
  llvm::BitVector Visited(Out.Cfg->getNumBlockIDs());
  // A variable that one predecessor has no fact for: a seeded one (a
  // parameter, a field) is its own storage there; a local was declared on
  // the other path only, and keeps that path's value.
  llvm::DenseMap<const ValueDecl *, const Prov *> Seeds;
  auto Missing = [&](const ValueDecl *D) -> const Prov * {
    if (!isSeeded(D))
      return nullptr;
    const Prov *&P = Seeds[D];
    if (!P)
      P = Pool.intern(ownStorage(D));
    return P;
  };
  // A block's entry facts: the join of its analysed predecessors' exits.
  // Recomputed rather than stored (joins of pooled values are memoised).
  auto EntryState = [&](const CFGBlock *B) {
    State S;
    bool First = true;
    for (const CFGBlock *P : B->preds()) {
      if (!P || !Visited.test(P->getBlockID()))
        continue;
      S = First ? OutS[P->getBlockID()]
                : joinStates(S, OutS[P->getBlockID()], Pool, Missing);
      First = false;
    }
    return S;
  };
  std::set<std::pair<unsigned, const CFGBlock *>> Work;
  Work.insert({0, &Out.Cfg->getEntry()});
  unsigned Steps = 0, MaxSteps = Eng.Opts.VisitsPerBlock * (unsigned)Order.size() + 100;
  for (; !Work.empty() && Steps < MaxSteps; ++Steps) {
    const CFGBlock *B = Work.begin()->second;
    Work.erase(Work.begin());
    State S = EntryState(B);
    transfer(*B, S, /*Emit=*/false);
    bool Changed = !Visited.test(B->getBlockID()) || !sameState(S, OutS[B->getBlockID()]);
    Visited.set(B->getBlockID());
    OutS[B->getBlockID()] = std::move(S);
    if (Changed)
      for (const CFGBlock *Succ : B->succs())
        if (Succ)
          Work.insert({Rank[Succ->getBlockID()], Succ});
  }
  Out.NumBlocks = Order.size();
  Out.BlockVisits = Steps;
  if (!Work.empty()) {
    Out.Skipped = true;
    Out.SkipReason = "its facts did not settle within " + std::to_string(MaxSteps) +
                     " block visits";
    return;
  }
  for (const CFGBlock *B : Order)
    Out.BlockOrder.push_back(B->getBlockID());
  // One more pass with the converged facts, recording events in order.
  for (const CFGBlock *B : Order) {
    if (!Visited.test(B->getBlockID()))
      continue;
    State S = EntryState(B);
    transfer(*B, S, /*Emit=*/true);
  }
  Out.buildIndexes();
}
