//===- Dump.cpp - Stable text form of the engine's facts and events -------===//
//
//   function 'name' at file:line
//     <line>:<col> <event> <variable> [<how> <op>] {<facts>} [<extra>]
//
// where extra is `assigns {..}` / `from {..}` (a write's source), `was {..}`
// (a rebind's value before) and `via <variable> {..}` (the facts of the
// variable a temporary was derived from); facts are `root: relation must|may [by op at line:col]` and
// `copy-of root must|may [by op at line:col]`; a link that borrows its root
// (refers to it without keeping it alive) says `borrows`, and `expired at
// line:col` once the root is gone. A temporary root is `<temporary at
// line:col>`. Used by --dump-provenance.
//
//===----------------------------------------------------------------------===//
#include "provenance/Engine.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace aliaslint;

static void printLoc(SourceLocation L, const SourceManager &SM,
                     llvm::raw_ostream &OS) {
  L = SM.getExpansionLoc(L);
  OS << SM.getSpellingLineNumber(L) << ":" << SM.getSpellingColumnNumber(L);
}

static llvm::StringRef nameOf(const ValueDecl *D) {
  return D && D->getIdentifier() ? D->getName() : llvm::StringRef("<unnamed>");
}

/// A temporary root is named by where it is materialised.
static std::string nameOf(RootRef R, const SourceManager &SM) {
  if (const MaterializeTemporaryExpr *T = R.temporary()) {
    std::string S;
    llvm::raw_string_ostream OS(S);
    OS << "<temporary at ";
    printLoc(T->getBeginLoc(), SM, OS);
    OS << ">";
    return S;
  }
  return nameOf(R.decl()).str();
}
static std::string nameOf(const ValueDecl *D, const SourceManager &) {
  return nameOf(D).str();
}

/// Facts in root-name order: the order does not depend on the CFG's.
template <typename Fact>
static llvm::SmallVector<const Fact *, 4> byRootName(llvm::ArrayRef<Fact> Facts,
                                                     const SourceManager &SM) {
  llvm::SmallVector<const Fact *, 4> Sorted;
  for (const Fact &F : Facts)
    Sorted.push_back(&F);
  llvm::sort(Sorted, [&](const Fact *A, const Fact *B) {
    return nameOf(A->Root, SM) < nameOf(B->Root, SM);
  });
  return Sorted;
}

static void printProv(const Prov &P, const SourceManager &SM,
                      llvm::raw_ostream &OS) {
  OS << "{";
  bool First = true;
  auto Sep = [&] {
    if (!First)
      OS << "; ";
    First = false;
  };
  for (const Link *LP : byRootName<Link>(P.Links, SM)) {
    const Link &L = *LP;
    Sep();
    OS << nameOf(L.Root, SM) << ": " << toString(L.R) << (L.Must ? " must" : " may");
    if (L.Origin) {
      OS << " by " << (L.Op.empty() ? llvm::StringRef("?") : L.Op.str()) << " at ";
      printLoc(L.Origin->getBeginLoc(), SM, OS);
    }
    if (L.Borrows)
      OS << " borrows";
    if (L.Expired) {
      OS << " expired at ";
      printLoc(L.Expired->getEndLoc(), SM, OS);
    }
  }
  for (const CopyOf *CP : byRootName<CopyOf>(P.Copies, SM)) {
    const CopyOf &C = *CP;
    Sep();
    OS << "copy-of " << nameOf(C.Root) << (C.Must ? " must" : " may");
    if (C.Origin) {
      OS << " by " << C.Op << " at ";
      printLoc(C.Origin->getBeginLoc(), SM, OS);
    }
    if (C.IndexCall)
      OS << " advanced-index";
  }
  if (P.Element)
    OS << (First ? "" : "; ") << "element";
  OS << "}";
}

/// For assignments, how the destination or the source reads its roots
/// (Link::Access), when not element-wise.
static void printAccess(llvm::StringRef Label, const Prov *P, const SourceManager &SM,
                        llvm::raw_ostream &OS) {
  if (!P || llvm::none_of(P->Links, [](const Link &L) { return L.Access; }))
    return;
  OS << " " << Label << " {";
  bool First = true;
  for (const Link *LP : byRootName<Link>(P->Links, SM)) {
    OS << (First ? "" : "; ") << nameOf(LP->Root, SM) << ": " << accessToString(LP->Access);
    if (LP->Block) { // the call giving the block's extents
      OS << " at ";
      printLoc(LP->Block->getBeginLoc(), SM, OS);
    }
    First = false;
  }
  OS << "}";
}

/// One event's line, after its location.
static void printEvent(const Event &E, const SourceManager &SM, llvm::raw_ostream &OS) {
  OS << " " << toString(E.Kind) << " ";
  OS << (E.Var ? nameOf(E.Var) : llvm::StringRef("<temporary>"));
  if (E.Kind == EventKind::Write) {
    OS << " " << toString(E.How);
    if (!E.Op.empty())
      OS << " " << E.Op;
    if (!E.Var)
      OS << (E.ResultUsed ? " result-used" : " result-discarded");
  }
  if (E.Kind == EventKind::Escape)
    OS << " " << toString(E.Escapes);
  if (E.Container)
    OS << " container " << nameOf(E.Container);
  if (E.MetadataOnly)
    OS << " metadata";
  if (E.Kind != EventKind::EndOfLifetime) {
    OS << " ";
    printProv(*E.Value, SM, OS);
  }
  // What the event carries beside the target's facts.
  auto Extra = [&](llvm::StringRef Label, const Prov *P) {
    if (P && !P->empty()) {
      OS << " " << Label << " ";
      printProv(*P, SM, OS);
    }
  };
  Extra(E.Assigns ? "assigns" : "from", E.SourceValue);
  Extra("was", E.Prior);
  if (E.Via && E.ViaValue)
    Extra(("via " + nameOf(E.Via)).str(), E.ViaValue);
  // Access last, so that the facts above print as before.
  if (E.Kind == EventKind::Write &&
      (E.How == WriteKind::Assign || E.How == WriteKind::Compound)) {
    printAccess("access-to", E.Value, SM, OS);
    printAccess("access-from", E.SourceValue, SM, OS);
  }
}

void aliaslint::dumpProvenance(const FunctionProvenance &FP, ASTContext &Ctx,
                               llvm::raw_ostream &OS) {
  const SourceManager &SM = Ctx.getSourceManager();
  OS << "function '" << FP.Function->getQualifiedNameAsString() << "' at line ";
  OS << SM.getSpellingLineNumber(SM.getExpansionLoc(FP.Function->getLocation()));
  if (!FP.Skipped)
    OS << ": " << FP.NumBlocks << " blocks, " << FP.BlockVisits << " visits";
  OS << "\n";
  if (FP.Skipped) {
    OS << "  skipped: " << FP.SkipReason << "\n";
    return;
  }
  // Source order is stable whatever the CFG's block numbering.
  std::vector<const Event *> Sorted;
  for (const Event &E : FP.Events)
    Sorted.push_back(&E);
  auto Key = [&](const Event *E) {
    SourceLocation L = E->S ? SM.getExpansionLoc(E->S->getBeginLoc()) : SourceLocation();
    if (E->Kind == EventKind::EndOfLifetime && E->S)
      L = SM.getExpansionLoc(E->S->getEndLoc());
    return L;
  };
  llvm::sort(Sorted, [&](const Event *A, const Event *B) {
    SourceLocation LA = Key(A), LB = Key(B);
    if (LA != LB)
      return SM.isBeforeInTranslationUnit(LA, LB);
    // Same place: the order of the events' evaluation.
    return A->Seq < B->Seq;
  });
  // The emitting pass visits each reachable statement once per block; a
  // statement in a loop is still listed once.
  for (const Event *E : Sorted) {
    OS << "  ";
    printLoc(Key(E), SM, OS);
    printEvent(*E, SM, OS);
    OS << "\n";
  }
}
