//===- TypeClassifier.h - Matching AST types and calls to the model -*- C++ -*-===//
//
// Sees through typedefs, alias templates, references, cv-qualifiers and
// template arguments: `torch::Tensor`, `const Eigen::MatrixXd&` and
// `xt::xarray<float>` all match their model entries by qualified name.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_PROVENANCE_TYPECLASSIFIER_H
#define ALIASLINT_PROVENANCE_TYPECLASSIFIER_H

#include "provenance/ApiModel.h"
#include "provenance/OpName.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/DenseMap.h"

namespace aliaslint {

/// `ns::Class::member` with no template arguments and no inline namespaces.
std::string qualifiedNameNoArgs(const clang::NamedDecl *D);

class TypeClassifier {
public:
  explicit TypeClassifier(const ApiModel &Model) : Model(Model) {}

  /// The model entry of an array type (itself or a base class), if any.
  std::optional<ApiModel::TypeMatch> classify(clang::QualType T);
  bool isArray(clang::QualType T) { return classify(T).has_value(); }

  /// The model entry of the function called, trying the declaring class and
  /// then the class of the object the member is called on.
  std::optional<ApiModel::OpMatch> lookupOp(const clang::FunctionDecl *FD,
                                            clang::QualType ObjectType = {});

  /// The library whose output-parameter types include T (cv::OutputArray).
  const LibraryModel *outputParamLibrary(clang::QualType T);

  /// qualifiedNameNoArgs, memoised: every call and construction names its
  /// callee for events and notes, and building the name was a tenth of the
  /// analysis time (callgrind, bench/scaling.py).
  OpName qualifiedName(const clang::NamedDecl *D);
  /// Interned for this translation unit (facts hold no strings).
  OpName intern(llvm::StringRef S) { return Interned.intern(S); }

  const ApiModel &model() const { return Model; }

private:
  std::optional<ApiModel::TypeMatch> classifyRecord(const clang::CXXRecordDecl *RD,
                                                   unsigned Depth);
  std::optional<ApiModel::OpMatch> lookupOpUncached(const clang::FunctionDecl *FD,
                                                    const clang::CXXRecordDecl *Object);
  const ApiModel &Model;
  llvm::DenseMap<const clang::Type *, std::optional<ApiModel::TypeMatch>> Cache;
  /// By callee and the object's class: building qualified names for every
  /// call was a fifth of the analysis time (callgrind, bench/scaling.py).
  llvm::DenseMap<std::pair<const clang::FunctionDecl *, const clang::CXXRecordDecl *>,
                 std::optional<ApiModel::OpMatch>>
      OpCache;
  llvm::DenseMap<const clang::Type *, const LibraryModel *> OutputParamCache;
  llvm::DenseMap<const clang::NamedDecl *, OpName> Names;
  OpNames Interned;
};

} // namespace aliaslint

#endif
