//===- Facts.cpp - Joins of alias facts -----------------------------------===//
#include "provenance/Facts.h"
#include "llvm/ADT/Hashing.h"

using namespace aliaslint;

clang::SourceLocation RootRef::location() const {
  if (const clang::ValueDecl *D = decl())
    return D->getLocation();
  if (const clang::MaterializeTemporaryExpr *T = temporary())
    return T->getBeginLoc();
  return {};
}

llvm::StringRef aliaslint::toString(Rel R) {
  switch (R) {
  case Rel::Same: return "same";
  case Rel::View: return "view";
  case Rel::MaybeView: return "maybe-view";
  case Rel::Lazy: return "lazy";
  }
  return "same";
}

/// Where a fact was established, for ordering witnesses: no origin (the
/// root itself) sorts last.
static unsigned stmtKey(const clang::Stmt *S) {
  return S ? S->getBeginLoc().getRawEncoding() : ~0u;
}
static unsigned originKey(const clang::Expr *Origin) { return stmtKey(Origin); }

/// Of two witnesses of one fact, the one a join keeps: the earliest in the
/// translation unit, so that a join's result does not depend on which
/// predecessor comes first (joins are commutative, dumps deterministic).
template <typename Fact> static const Fact &witness(const Fact &X, const Fact &Y) {
  return originKey(Y.Origin) < originKey(X.Origin) ? Y : X;
}

/// Facts sorted by root declaration's position (then origin): the order of a
/// joined value is the same whichever side came first.
static unsigned rootKey(RootRef R) { return R.location().getRawEncoding(); }
static unsigned rootKey(const clang::ValueDecl *D) {
  return D ? D->getLocation().getRawEncoding() : 0u;
}

template <typename Fact> static void sortFacts(llvm::SmallVectorImpl<Fact> &Facts) {
  auto Key = [](const Fact &F) {
    return std::make_pair(rootKey(F.Root), originKey(F.Origin));
  };
  llvm::sort(Facts, [&](const Fact &X, const Fact &Y) { return Key(X) < Key(Y); });
}

Prov Prov::join(const Prov &A, const Prov &B) {
  Prov Out;
  Out.Element = A.Element || B.Element;
  Out.Anonymous = A.Anonymous || B.Anonymous;
  for (const Link &L : A.Links) {
    Link J = L;
    if (const Link *Other = B.linkTo(L.Root)) {
      J = witness(L, *Other);
      J.Must = L.Must && Other->Must;
      J.R = compose(L.R, Other->R);
      // Borrowed, and gone, only if so on both paths.
      J.Borrows = L.Borrows && Other->Borrows;
      J.Expired = L.Expired && Other->Expired
                      ? (stmtKey(Other->Expired) < stmtKey(L.Expired) ? Other->Expired
                                                                      : L.Expired)
                      : nullptr;
      J.Access = L.Access | Other->Access;
      J.Block = L.Block == Other->Block ? L.Block : nullptr;
    } else {
      J.Must = false;
    }
    Out.Links.push_back(J);
  }
  for (const Link &L : B.Links)
    if (!A.linkTo(L.Root)) {
      Out.Links.push_back(L);
      Out.Links.back().Must = false;
    }
  auto FindCopy = [](const Prov &P, const clang::ValueDecl *Root) -> const CopyOf * {
    for (const CopyOf &C : P.Copies)
      if (C.Root == Root)
        return &C;
    return nullptr;
  };
  // Copies on one side only are kept up to MaxMayCopies, the earliest first.
  llvm::SmallVector<CopyOf, 4> May;
  for (const CopyOf &C : A.Copies) {
    const CopyOf *Other = FindCopy(B, C.Root);
    if (C.Must && Other && Other->Must) {
      Out.Copies.push_back(witness(C, *Other));
      continue;
    }
    May.push_back(Other ? witness(C, *Other) : C);
    May.back().Must = false;
  }
  for (const CopyOf &C : B.Copies)
    if (!FindCopy(A, C.Root)) {
      May.push_back(C);
      May.back().Must = false;
    }
  sortFacts(May);
  if (May.size() > Prov::MaxMayCopies)
    May.resize(Prov::MaxMayCopies);
  Out.Copies.append(May.begin(), May.end());
  sortFacts(Out.Links);
  sortFacts(Out.Copies);
  return Out;
}

bool Prov::operator==(const Prov &O) const {
  if (Element != O.Element || Links.size() != O.Links.size() ||
      Copies.size() != O.Copies.size())
    return false;
  for (const Link &L : Links) {
    const Link *M = O.linkTo(L.Root);
    if (!M || M->R != L.R || M->Must != L.Must || M->Borrows != L.Borrows ||
        !M->Expired != !L.Expired || M->Access != L.Access ||
        M->Block != L.Block)
      return false;
  }
  for (size_t I = 0; I < Copies.size(); ++I)
    if (Copies[I].Root != O.Copies[I].Root || Copies[I].Must != O.Copies[I].Must)
      return false;
  return true;
}

/// Every field, where Prov::operator== compares only what a rule decides
/// on: pooled values keep their origins and operations for diagnostics.
static bool identical(const Prov &A, const Prov &B) {
  if (A.Element != B.Element || A.Anonymous != B.Anonymous ||
      A.Links.size() != B.Links.size() || A.Copies.size() != B.Copies.size())
    return false;
  for (size_t I = 0; I < A.Links.size(); ++I) {
    const Link &X = A.Links[I], &Y = B.Links[I];
    if (X.Root != Y.Root || X.R != Y.R || X.Must != Y.Must ||
        X.Origin != Y.Origin || X.Op != Y.Op || X.Library != Y.Library ||
        X.Borrows != Y.Borrows || X.Expired != Y.Expired || X.Access != Y.Access ||
        X.Block != Y.Block)
      return false;
  }
  for (size_t I = 0; I < A.Copies.size(); ++I) {
    const CopyOf &X = A.Copies[I], &Y = B.Copies[I];
    if (X.Root != Y.Root || X.Must != Y.Must || X.Origin != Y.Origin ||
        X.Op != Y.Op || X.Library != Y.Library || X.IndexCall != Y.IndexCall ||
        X.PutMethod != Y.PutMethod)
      return false;
  }
  return true;
}

static unsigned hashOf(const Prov &P) {
  llvm::hash_code H = llvm::hash_combine(P.Element, P.Anonymous);
  for (const Link &L : P.Links)
    H = llvm::hash_combine(H, L.Root.opaque(), (unsigned)L.R, L.Must, L.Origin, L.Op,
                           L.Borrows, L.Expired, (unsigned)L.Access, L.Block);
  for (const CopyOf &C : P.Copies)
    H = llvm::hash_combine(H, C.Root, C.Must, C.Origin, C.Op, C.IndexCall);
  return (unsigned)H;
}

const Prov *ProvPool::intern(const Prov &P) {
  auto &Bucket = ByHash[hashOf(P)];
  for (const Prov *Q : Bucket)
    if (identical(*Q, P))
      return Q;
  const Prov *Q = new (Alloc.Allocate()) Prov(P);
  Bucket.push_back(Q);
  return Q;
}

const Prov *ProvPool::join(const Prov *A, const Prov *B) {
  if (A == B)
    return A;
  auto [It, New] = Joins.try_emplace({A, B}, nullptr);
  if (New)
    It->second = intern(Prov::join(*A, *B));
  return It->second;
}

bool aliaslint::sameState(const State &A, const State &B) {
  if (A.Vars.size() != B.Vars.size())
    return false;
  for (size_t I = 0; I < A.Vars.size(); ++I) {
    const auto &[DA, PA] = A.Vars[I];
    const auto &[DB, PB] = B.Vars[I];
    if (DA != DB || (PA != PB && !(*PA == *PB)))
      return false;
  }
  return true;
}

State aliaslint::joinStates(const State &A, const State &B, ProvPool &Pool,
                            MissingValue Missing) {
  State Out;
  Out.Vars.reserve(std::max(A.Vars.size(), B.Vars.size()));
  // Only one side has `E`: join it with what the other side implies.
  auto OneSided = [&](const State::Entry &E) {
    const Prov *Implied = Missing(E.first);
    Out.Vars.push_back({E.first, Implied ? Pool.join(E.second, Implied) : E.second});
  };
  auto IA = A.Vars.begin(), IB = B.Vars.begin();
  while (IA != A.Vars.end() || IB != B.Vars.end()) {
    if (IB == B.Vars.end() || (IA != A.Vars.end() && IA->first < IB->first))
      OneSided(*IA++);
    else if (IA == A.Vars.end() || IB->first < IA->first)
      OneSided(*IB++);
    else
      Out.Vars.push_back({IA->first, Pool.join((IA++)->second, (IB++)->second)});
  }
  return Out;
}
