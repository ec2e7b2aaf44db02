//===- OpName.h - Interned names of library operations -----------*- C++ -*-===//
#ifndef ALIASLINT_PROVENANCE_OPNAME_H
#define ALIASLINT_PROVENANCE_OPNAME_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/StringSaver.h"

namespace aliaslint {

/// The name of a library operation (`cv::Mat::row`, `operator=`), interned
/// for the translation unit by OpNames: facts are copied at every transfer
/// and join, and with a string in each link and copy the copies were a
/// tenth of the analysis (callgrind, bench/scaling.py). Compared by address.
class OpName {
public:
  OpName() = default;
  llvm::StringRef str() const { return S; }
  operator llvm::StringRef() const { return S; }
  bool empty() const { return S.empty(); }
  const void *opaque() const { return S.data(); }
  friend bool operator==(OpName A, OpName B) { return A.S.data() == B.S.data(); }
  friend bool operator!=(OpName A, OpName B) { return !(A == B); }

private:
  friend class OpNames;
  explicit OpName(llvm::StringRef S) : S(S) {}
  llvm::StringRef S;
};

/// The interned names of one translation unit's analysis.
class OpNames {
public:
  OpName intern(llvm::StringRef S) {
    return S.empty() ? OpName() : OpName(Saver.save(S));
  }

private:
  llvm::BumpPtrAllocator Alloc;
  llvm::UniqueStringSaver Saver{Alloc};
};

} // namespace aliaslint

#endif
