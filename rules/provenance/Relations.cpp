//===- Relations.cpp - A result's value from its source's -----------------===//
#include "provenance/Relations.h"

using namespace clang;
using namespace aliaslint;

Prov aliaslint::ownStorage(RootRef Root) {
  Prov P;
  P.Links.push_back(Link{Root, Rel::Same, true, nullptr, {}, nullptr});
  return P;
}

ResultRel aliaslint::relationOf(Rel R) {
  switch (R) {
  case Rel::Same: return ResultRel::Same;
  case Rel::View: return ResultRel::View;
  case Rel::MaybeView: return ResultRel::MaybeView;
  case Rel::Lazy: return ResultRel::Lazy;
  }
  return ResultRel::Unknown;
}

Prov aliaslint::applyRelation(ResultRel R, const Prov &Src, const Expr *Origin,
                              OpName Op, const LibraryModel *Lib, Holding H,
                              uint8_t Access) {
  Prov P;
  auto Derive = [&](Rel With) {
    for (const Link &L : Src.Links) {
      // An owning operand taken over by value is the result's own storage.
      if (H == Holding::Adopts && L.R == Rel::Same)
        continue;
      Link N = L;
      N.R = compose(L.R, With);
      N.Borrows = L.Borrows || H == Holding::Borrows;
      N.Access = composeAccess(L.Access, Access);
      if (Access & (AccessBlock | AccessProduct)) // another block: extents unknown
        N.Block = nullptr;
      if (With != Rel::Same || !N.Origin) {
        N.Origin = Origin;
        N.Op = Op;
        N.Library = Lib;
      }
      P.Links.push_back(N);
    }
  };
  switch (R) {
  case ResultRel::Same:
    return Src;
  case ResultRel::View:
    Derive(Rel::View);
    P.Copies = Src.Copies;
    return P;
  case ResultRel::MaybeView:
    Derive(Rel::MaybeView);
    return P;
  case ResultRel::Lazy:
    Derive(Rel::Lazy);
    return P;
  case ResultRel::Copy:
    for (const Link &L : Src.Links)
      if (const ValueDecl *D = L.Root.decl()) // a temporary's copy: just fresh
        P.Copies.push_back(CopyOf{D, L.Must, Origin, Op, Lib, nullptr, {}});
    if (Src.Links.empty() && Src.Anonymous && Origin)
      // A copy of an array that is no variable (`channels[c].clone()`).
      P.Copies.push_back(CopyOf{nullptr, true, Origin, Op, Lib, nullptr, {}});
    return P;
  case ResultRel::Fresh:
  case ResultRel::Metadata:
  case ResultRel::Unknown:
    return P;
  }
  return P;
}

bool aliaslint::sameElements(const Link &A, const Link &B, const ASTContext &Ctx) {
  if (A.Root != B.Root || A.R != Rel::View || B.R != Rel::View || !A.Must ||
      !B.Must || !A.Origin || !B.Origin || A.Origin == B.Origin || A.Op != B.Op)
    return false;
  llvm::FoldingSetNodeID IA, IB;
  A.Origin->IgnoreParenImpCasts()->Profile(IA, Ctx, /*Canonical=*/true);
  B.Origin->IgnoreParenImpCasts()->Profile(IB, Ctx, /*Canonical=*/true);
  return IA == IB;
}
