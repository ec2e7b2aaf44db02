//===- TypeClassifier.cpp -------------------------------------------------===//
#include "provenance/TypeClassifier.h"
#include "clang/AST/DeclTemplate.h"

using namespace clang;
using namespace aliaslint;

std::string aliaslint::qualifiedNameNoArgs(const NamedDecl *D) {
  llvm::SmallVector<std::string, 4> Parts;
  if (const auto *FD = dyn_cast<FunctionDecl>(D))
    Parts.push_back(FD->getNameAsString());
  else
    Parts.push_back(D->getNameAsString());
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
      Parts.push_back(NS->getNameAsString());
    } else if (const auto *RD = dyn_cast<RecordDecl>(DC)) {
      Parts.push_back(RD->getNameAsString());
    }
  }
  std::string Out;
  for (auto It = Parts.rbegin(); It != Parts.rend(); ++It) {
    if (!Out.empty())
      Out += "::";
    Out += *It;
  }
  return Out;
}

std::optional<ApiModel::TypeMatch>
TypeClassifier::classifyRecord(const CXXRecordDecl *RD, unsigned Depth) {
  if (!RD || Depth > 8)
    return std::nullopt;
  if (auto M = Model.findType(qualifiedNameNoArgs(RD)))
    return M;
  const CXXRecordDecl *Def = RD->getDefinition();
  if (!Def)
    return std::nullopt;
  for (const CXXBaseSpecifier &B : Def->bases())
    if (auto M = classifyRecord(B.getType()->getAsCXXRecordDecl(), Depth + 1))
      return M;
  return std::nullopt;
}

std::optional<ApiModel::TypeMatch> TypeClassifier::classify(QualType T) {
  if (T.isNull())
    return std::nullopt;
  T = T.getNonReferenceType().getCanonicalType().getUnqualifiedType();
  const Type *Key = T.getTypePtr();
  auto It = Cache.find(Key);
  if (It != Cache.end())
    return It->second;
  std::optional<ApiModel::TypeMatch> Result;
  if (const auto *RD = T->getAsCXXRecordDecl())
    Result = classifyRecord(RD, 0);
  Cache[Key] = Result;
  return Result;
}

std::optional<ApiModel::OpMatch> TypeClassifier::lookupOp(const FunctionDecl *FD,
                                                          QualType ObjectType) {
  if (!FD)
    return std::nullopt;
  const CXXRecordDecl *Object = nullptr;
  if (!ObjectType.isNull() && isa<CXXMethodDecl>(FD)) {
    QualType OT = ObjectType.getNonReferenceType();
    if (OT->isPointerType())
      OT = OT->getPointeeType();
    Object = OT->getAsCXXRecordDecl();
  }
  auto [It, New] = OpCache.try_emplace({FD, Object});
  if (New)
    It->second = lookupOpUncached(FD, Object);
  return It->second;
}

OpName TypeClassifier::qualifiedName(const NamedDecl *D) {
  auto [It, New] = Names.try_emplace(D);
  if (New)
    It->second = Interned.intern(qualifiedNameNoArgs(D));
  return It->second;
}

std::optional<ApiModel::OpMatch>
TypeClassifier::lookupOpUncached(const FunctionDecl *FD, const CXXRecordDecl *Object) {
  if (auto M = Model.findOp(qualifiedName(FD)))
    return M;
  // A member inherited by the object's class, named after that class.
  if (Object)
    if (auto M = Model.findOp(qualifiedName(Object).str().str() + "::" + FD->getNameAsString()))
      return M;
  return std::nullopt;
}

const LibraryModel *TypeClassifier::outputParamLibrary(QualType T) {
  T = T.getNonReferenceType().getCanonicalType().getUnqualifiedType();
  auto [It, New] = OutputParamCache.try_emplace(T.getTypePtr(), nullptr);
  if (New)
    if (const auto *RD = T->getAsCXXRecordDecl())
      It->second = Model.findOutputParamType(qualifiedNameNoArgs(RD));
  return It->second;
}
