//===- Facts.cpp - Joins of alias facts -----------------------------------===//
#include "provenance/Facts.h"

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
  for (const CopyOf &C : A.Copies) {
    CopyOf J = C;
    const CopyOf *Other = FindCopy(B, C.Root);
    J.Must = C.Must && Other && Other->Must;
    Out.Copies.push_back(J);
  }
  for (const CopyOf &C : B.Copies)
    if (!FindCopy(A, C.Root)) {
      Out.Copies.push_back(C);
      Out.Copies.back().Must = false;
    }
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

bool aliaslint::sameState(const State &A, const State &B) {
  if (A.size() != B.size())
    return false;
  for (const auto &[D, P] : A) {
    auto It = B.find(D);
    if (It == B.end() || !(It->second == P))
      return false;
  }
  return true;
}

State aliaslint::joinStates(const State &A, const State &B) {
  State Out = A;
  for (const auto &[D, P] : B) {
    auto It = Out.find(D);
    if (It == Out.end())
      Out[D] = P; // bound on one path only: the other cannot reach its uses
    else
      It->second = Prov::join(It->second, P);
  }
  return Out;
}
