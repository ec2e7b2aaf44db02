//===- LibraryCode.h - Is a declaration the library's own code? --*- C++ -*-===//
//
// Code defined in a modelled library's headers is the implementation of the
// API its model describes: it is never analysed, summarised or reported,
// whether the headers come in through -isystem or -I. Which files are a
// library's is data (`headers:` in rules/models/*.yaml), never C++.
//
// A declaration belongs to the file its name is expanded in: a function a
// library macro writes into the user's file (TORCH_LIBRARY) is user code, a
// function defined in a library header is library code. An instantiation
// sits where its template is written, so instantiating a library template
// with a user's lambda or type leaves the lambda and a user template
// instantiated with library types in user code.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_PROVENANCE_LIBRARYCODE_H
#define ALIASLINT_PROVENANCE_LIBRARYCODE_H

#include "provenance/ApiModel.h"
#include "clang/AST/DeclBase.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"

namespace aliaslint {

class LibraryCode {
public:
  LibraryCode(const clang::SourceManager &SM, const ApiModel &Model)
      : SM(SM), Model(Model) {}

  /// The modelled library whose headers define D (a function's definition
  /// if it has one), or null. The main file is never a library's: it is
  /// what the user asked to check.
  const LibraryModel *libraryOf(const clang::Decl *D);
  bool isLibraryCode(const clang::Decl *D) { return libraryOf(D) != nullptr; }
  /// Neither a system header nor a modelled library's code: the code the
  /// checks analyse and report on.
  bool isUserCode(const clang::Decl *D);

private:
  clang::FileID fileOf(const clang::Decl *D) const;
  const LibraryModel *libraryOfFile(clang::FileID F) const;

  const clang::SourceManager &SM;
  const ApiModel &Model;
  llvm::DenseMap<clang::FileID, const LibraryModel *> Cache;
};

} // namespace aliaslint

#endif
