//===- ConstWriteThroughViewCheck.cpp -------------------------------------===//
#include "ConstWriteThroughViewCheck.h"
#include "Checks.h"
#include "clang/AST/ASTContext.h"

using namespace clang;
using namespace aliaslint;

ConstWriteThroughViewCheck::ConstWriteThroughViewCheck(
    StringRef Name, tidy::ClangTidyContext *Context)
    : ProvenanceCheck(Name, Context),
      ExtraLibraries(Options.get("ExtraLibraries", "")) {}

void ConstWriteThroughViewCheck::storeOptions(
    tidy::ClangTidyOptions::OptionMap &Opts) {
  ProvenanceCheck::storeOptions(Opts);
  Options.store(Opts, "ExtraLibraries", ExtraLibraries);
}

llvm::SmallVector<StringRef, 4>
ConstWriteThroughViewCheck::extraLibraries(StringRef Option) {
  llvm::SmallVector<StringRef, 4> Extra;
  Option.split(Extra, ';', -1, false);
  return Extra;
}

const ParmVarDecl *
ConstWriteThroughViewCheck::constParamWritten(const Link &L, TypeClassifier &Types,
                                              ArrayRef<StringRef> Extra) {
  const auto *P = dyn_cast_or_null<ParmVarDecl>(L.Root.decl());
  // Only a write on every path: a may-write (an output argument the
  // callee may reallocate, a view on some paths only) is not reported.
  if (!P || !L.Must || (L.R != Rel::Same && L.R != Rel::View))
    return nullptr;
  QualType PT = P->getType();
  if (!PT.getNonReferenceType().isConstQualified())
    return nullptr;
  auto M = Types.classify(PT);
  if (!M || M->Type->Kind != TypeKind::Handle)
    return nullptr;
  if (!M->Library->ConstIsPromise && !llvm::is_contained(Extra, StringRef(M->Library->Name)))
    return nullptr;
  return P;
}

void ConstWriteThroughViewCheck::checkFunction(const FunctionProvenance &FP) {
  auto Extra = extraLibraries(ExtraLibraries);
  llvm::DenseSet<const Stmt *> Reported;
  // One fix-it per view: every write through it is reported, but the same
  // replacement offered twice would overlap and neither would be applied.
  llvm::DenseSet<const ValueDecl *> Fixed;
  for (const Event &W : FP.Events) {
    if (W.Kind != EventKind::Write || Reported.count(W.S))
      continue;
    for (const Link &L : W.Value->Links) {
      const ParmVarDecl *P = constParamWritten(L, engine().types(), Extra);
      if (!P)
        continue;
      QualType PT = P->getType();
      auto M = engine().types().classify(PT);
      Reported.insert(W.S);
      std::string Param = nameOf(P);
      std::string TypeName = PT.getAsString(context().getPrintingPolicy());
      std::string Through = W.Var == P   ? "'" + Param + "'"
                            : W.Var      ? "'" + nameOf(W.Var) + "'"
                                         : "a view of '" + Param + "'";
      const Expr *Init = W.Var && W.Var != P ? initializerOf(W.Var) : nullptr;
      std::optional<FixItHint> Fix;
      if (Init && L.Origin && !Fixed.count(W.Var) &&
          Init->IgnoreImplicit()->getSourceRange() == L.Origin->getSourceRange()) {
        Fix = copyFixItForWrite(FP, W, W.Var, M->Library);
        if (Fix)
          Fixed.insert(W.Var);
      }
      {
        auto D = diag(W.S->getBeginLoc(),
                      "write through %0 modifies '%1', a '%2' parameter: the "
                      "const of '%3' is shallow and does not protect its data")
                 << Through << Param << TypeName << M->Type->Name;
        if (Fix)
          D << *Fix;
      }
      if (L.Origin)
        diag(L.Origin->getBeginLoc(), "view of '%0' made by '%1' here",
             DiagnosticIDs::Note)
            << Param << L.Op;
      else if (Init)
        diag(Init->getBeginLoc(), "'%0' shares the data of '%1' from here",
             DiagnosticIDs::Note)
            << nameOf(W.Var) << Param;
      break;
    }
  }
}

ALIASING_CHECK_FACTORY(ConstWriteThroughViewCheck)
