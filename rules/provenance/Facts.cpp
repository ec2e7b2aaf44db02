//===- Facts.cpp - Joins of alias facts -----------------------------------===//
#include "provenance/Facts.h"
#include "llvm/ADT/Hashing.h"

using namespace aliaslint;

llvm::StringRef aliaslint::toString(Rel R) {
  switch (R) {
  case Rel::Same: return "same";
  case Rel::View: return "view";
  case Rel::MaybeView: return "maybe-view";
  case Rel::Lazy: return "lazy";
  }
  return "same";
}

Prov Prov::join(const Prov &A, const Prov &B) {
  Prov Out;
  Out.Element = A.Element || B.Element;
  Out.Anonymous = A.Anonymous || B.Anonymous;
  for (const Link &L : A.Links) {
    Link J = L;
    if (const Link *Other = B.linkTo(L.Root)) {
      J.Must = L.Must && Other->Must;
      J.R = compose(L.R, Other->R);
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
  unsigned MayCopies = 0;
  auto Add = [&](const CopyOf &C, bool Must) {
    if (!Must && MayCopies++ >= Prov::MaxMayCopies)
      return;
    Out.Copies.push_back(C);
    Out.Copies.back().Must = Must;
  };
  for (const CopyOf &C : A.Copies) {
    const CopyOf *Other = FindCopy(B, C.Root);
    Add(C, C.Must && Other && Other->Must);
  }
  for (const CopyOf &C : B.Copies)
    if (!FindCopy(A, C.Root))
      Add(C, false);
  return Out;
}

bool Prov::operator==(const Prov &O) const {
  if (Element != O.Element || Links.size() != O.Links.size() ||
      Copies.size() != O.Copies.size())
    return false;
  for (const Link &L : Links) {
    const Link *M = O.linkTo(L.Root);
    if (!M || M->R != L.R || M->Must != L.Must)
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
        X.Origin != Y.Origin || X.Op != Y.Op || X.Library != Y.Library)
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
    H = llvm::hash_combine(H, L.Root, (unsigned)L.R, L.Must, L.Origin, L.Op);
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
