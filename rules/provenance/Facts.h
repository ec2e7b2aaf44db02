//===- Facts.h - Alias facts tracked by the provenance engine -----*- C++ -*-===//
//
// The value of an array expression, abstractly: which roots (declared
// arrays) it may share storage with and how, and which roots it is a copy of.
// A root is a local, a parameter or a member field.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_PROVENANCE_FACTS_H
#define ALIASLINT_PROVENANCE_FACTS_H

#include "provenance/ApiModel.h"
#include "provenance/OpName.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/PointerUnion.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Allocator.h"

namespace aliaslint {

/// How a value shares a root's storage, weakest last: composing two
/// relations gives the weaker one (a view of a maybe-view is a maybe-view).
enum class Rel : uint8_t {
  Same,      ///< the root itself, or a handle sharing its whole storage
  View,      ///< a view of (part of) the root's elements
  MaybeView, ///< a view or a copy, depending on run-time layout
  Lazy,      ///< a lazy expression that reads the root when evaluated
};
inline Rel compose(Rel A, Rel B) { return A > B ? A : B; }
llvm::StringRef toString(Rel R);

/// What a value can share storage with: a declared array (a local, a
/// parameter, a field, a global) or a temporary array (the materialisation
/// of a prvalue of an owning type, `make()` in `A * make()`), which lives
/// to the end of its full-expression unless a reference extends it.
class RootRef {
public:
  RootRef() = default;
  RootRef(const clang::ValueDecl *D) : P(D) {}
  explicit RootRef(const clang::MaterializeTemporaryExpr *T) : P(T) {}
  /// The declared array, or null for a temporary.
  const clang::ValueDecl *decl() const {
    return P.dyn_cast<const clang::ValueDecl *>();
  }
  const clang::MaterializeTemporaryExpr *temporary() const {
    return P.dyn_cast<const clang::MaterializeTemporaryExpr *>();
  }
  explicit operator bool() const { return !P.isNull(); }
  /// Where the root is declared or materialised, for ordering facts.
  clang::SourceLocation location() const;
  const void *opaque() const { return P.getOpaqueValue(); }
  friend bool operator==(RootRef A, RootRef B) { return A.P == B.P; }
  friend bool operator!=(RootRef A, RootRef B) { return A.P != B.P; }

private:
  llvm::PointerUnion<const clang::ValueDecl *,
                     const clang::MaterializeTemporaryExpr *> P;
};

/// One root that a value shares storage with.
struct Link {
  RootRef Root;
  Rel R = Rel::Same;
  bool Must = true;                     ///< on every path, not just some
  const clang::Expr *Origin = nullptr;  ///< where the sharing was created
  OpName Op;                            ///< library operation that created it
  const LibraryModel *Library = nullptr;
  /// The value refers to the root's elements without keeping them alive: a
  /// view or lazy expression holding a C++ reference to an owning array
  /// (Eigen nests plain objects by reference; xtensor lvalue closures), or
  /// a raw pointer into its elements (`Map` over `A.data()`). Shared
  /// ownership (a cv::Mat ROI, a tensor slice) does not borrow.
  bool Borrows = false;
  /// Where the root's lifetime ended while this value still borrowed it (a
  /// temporary's full-expression, a local's scope); null while it lives.
  const clang::Stmt *Expired = nullptr;
  /// How the value reads the root's elements relative to the position it
  /// is evaluated at (AccessBits, ApiModel.h): the model's `access` of the
  /// operations on the way, composed by composeAccess.
  uint8_t Access = AccessElementwise;
  /// The call that made the value a block of the root itself (an operation
  /// with a model `block` key, its object or source the root with no
  /// access of its own): its arguments give the block's extents. Null when
  /// there is none, several (a block of a block), or the paths disagree.
  const clang::CallExpr *Block = nullptr;
};

/// One root that a value holds a copy of (fresh storage, no sharing).
struct CopyOf {
  /// The array copied; null when it is no variable (`v[i].clone()`).
  const clang::ValueDecl *Root = nullptr;
  bool Must = true;
  const clang::Expr *Origin = nullptr; ///< the copying expression
  OpName Op;
  const LibraryModel *Library = nullptr;
  /// Copy made by an advanced index (libtorch `index({tensor})`): the index
  /// call and the method that writes through such an index, for fix-its.
  const clang::CallExpr *IndexCall = nullptr;
  OpName PutMethod;
};

/// The abstract value of an array expression or variable.
struct Prov {
  llvm::SmallVector<Link, 2> Links;
  llvm::SmallVector<CopyOf, 1> Copies;
  /// The expression denotes an element (or elements) of the linked arrays
  /// rather than an array: `a(0, 1)`, `m.at<float>(i)`.
  bool Element = false;
  /// The expression denotes an existing array that is no variable (an
  /// element of a std::vector<cv::Mat>), as opposed to a fresh value.
  bool Anonymous = false;

  /// Copies on some paths only are kept for the reader of a dump, up to
  /// this many: no rule decides on them, and a variable assigned copies of
  /// many arrays on different paths would otherwise carry them all.
  static constexpr unsigned MaxMayCopies = 4;

  bool empty() const { return Links.empty() && Copies.empty(); }
  const Link *linkTo(RootRef Root) const {
    for (const Link &L : Links)
      if (L.Root == Root)
        return &L;
    return nullptr;
  }
  /// May- and must-merge of the values reaching a join point.
  static Prov join(const Prov &A, const Prov &B);
  bool operator==(const Prov &O) const;
};

/// The distinct values met while analysing one function, each stored once,
/// so that the per-block states hold pointers: a state costs two words per
/// variable, copying one copies no strings, and values compare by address
/// before they compare by content. Without it the states of a long function
/// over many arrays took gigabytes.
class ProvPool {
public:
  const Prov *intern(const Prov &P);
  /// Prov::join of two pooled values, memoised.
  const Prov *join(const Prov *A, const Prov *B);

private:
  llvm::SpecificBumpPtrAllocator<Prov> Alloc;
  llvm::DenseMap<unsigned, llvm::SmallVector<const Prov *, 1>> ByHash;
  llvm::DenseMap<std::pair<const Prov *, const Prov *>, const Prov *> Joins;
};

/// The value a state without an entry for a variable implies for it, or
/// null when the variable does not exist on that path.
using MissingValue = llvm::function_ref<const Prov *(const clang::ValueDecl *)>;

/// Facts at one program point: the value of every tracked variable. A
/// vector sorted by variable: the worklist keeps one per block, and with
/// many arrays a hash map's spare buckets doubled the memory; joins and
/// comparisons are merges.
class State {
public:
  using Entry = std::pair<const clang::ValueDecl *, const Prov *>;
  llvm::ArrayRef<Entry> entries() const { return Vars; }
  const Prov *lookup(const clang::ValueDecl *D) const {
    auto It = find(D);
    return It != Vars.end() && It->first == D ? It->second : nullptr;
  }
  void set(const clang::ValueDecl *D, const Prov *P) {
    auto It = find(D);
    if (It != Vars.end() && It->first == D)
      It->second = P;
    else
      Vars.insert(It, {D, P});
  }
  void erase(const clang::ValueDecl *D) {
    auto It = find(D);
    if (It != Vars.end() && It->first == D)
      Vars.erase(It);
  }
  friend bool sameState(const State &A, const State &B);
  friend State joinStates(const State &A, const State &B, ProvPool &Pool,
                          MissingValue Missing);

private:
  std::vector<Entry>::iterator find(const clang::ValueDecl *D) {
    return llvm::lower_bound(Vars, D, [](const Entry &E, const clang::ValueDecl *D) {
      return E.first < D;
    });
  }
  std::vector<Entry>::const_iterator find(const clang::ValueDecl *D) const {
    return const_cast<State *>(this)->find(D);
  }
  std::vector<Entry> Vars;
};
bool sameState(const State &A, const State &B);
/// The facts at a join point. A variable one side has no entry for is
/// joined with `Missing(D)` there; with none, it keeps the other side's value.
State joinStates(const State &A, const State &B, ProvPool &Pool,
                 MissingValue Missing);

} // namespace aliaslint

#endif
