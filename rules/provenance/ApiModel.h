//===- ApiModel.h - A library's array API, as data ----------------*- C++ -*-===//
//
// What the provenance engine knows about an array library: which types are
// owning arrays, shallow handles, views or lazy expressions, and what each
// operation returns relative to its operands and what it writes. Read from
// YAML (docs/models.md); the built-in models live in rules/models/.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_PROVENANCE_APIMODEL_H
#define ALIASLINT_PROVENANCE_APIMODEL_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/MemoryBufferRef.h"
#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace aliaslint {

/// How a type holds its elements.
enum class TypeKind {
  Owning, ///< deep copy on copy, deep const (Eigen::Matrix, xt::xarray)
  Handle, ///< copy shares the data, const is shallow (cv::Mat, at::Tensor)
  View,   ///< refers to another array's elements (Eigen::Block, xt::xview)
  Lazy,   ///< unevaluated expression over its operands (Eigen::CwiseBinaryOp)
};

/// What an operation's result is, relative to its source operand.
enum class ResultRel {
  Unknown,   ///< not modelled: nothing is assumed
  Same,      ///< the very same array / handle (returns *this)
  View,      ///< shares the source's elements
  MaybeView, ///< view or copy depending on run-time layout
  Copy,      ///< fresh storage holding a copy of the source's elements
  Lazy,      ///< expression reading its operands when evaluated
  Fresh,     ///< fresh storage unrelated to any operand (factories)
  Metadata,  ///< not an array: reads only the source's shape or type
};

/// How an expression reads the arrays it refers to, relative to the
/// position it is evaluated at (model key `access`). Bits: a value read
/// through several operations carries all of theirs.
enum AccessBits : uint8_t {
  AccessElementwise = 0,  ///< the same position (the default)
  AccessTransposed = 1,   ///< rows and columns exchanged, axes permuted
  AccessReversed = 2,     ///< in reverse order along one or more axes
  AccessBlock = 4,        ///< a block at an offset (a shift, if two differ)
  /// Other coefficients, evaluated into a temporary by plain assignment
  /// and straight into the destination only under AccessDirect (Eigen's
  /// `assume_aliasing` products).
  AccessProduct = 8,
  AccessMixed = 16,       ///< other coefficients, with no temporary
  /// A destination assigned through it is evaluated into directly, without
  /// the temporary the library would otherwise make (Eigen::NoAlias,
  /// xt::noalias_proxy).
  AccessDirect = 32,
};
/// The access of a result made by an operation with access `Op` from a
/// value read with access `Inner`. A product (AccessProduct) reads all of
/// its operands' coefficients whatever their own access, and is evaluated
/// into a temporary when it is an operand of another expression.
inline uint8_t composeAccess(uint8_t Inner, uint8_t Op) {
  if (Op & AccessProduct)
    return Op;
  if (Inner & AccessProduct)
    return Op;
  return Inner | Op;
}
std::string accessToString(uint8_t A);

/// Operand positions: this (the object of a member call) or argument k.
constexpr int ThisOperand = -1;

/// Where an entry is written in its model file, and whether a look-up has
/// returned it (`aliaslint --warn-unused-model-entries`). Atomic: clangd
/// and `aliaslint -j` look names up from several threads. A copy starts
/// unused: only the entries of a built ApiModel are looked up.
struct EntryUse {
  unsigned Line = 0, Column = 0; ///< 1-based; 0: not from a file
  EntryUse() = default;
  EntryUse(const EntryUse &O) : Line(O.Line), Column(O.Column) {}
  EntryUse &operator=(const EntryUse &O) {
    Line = O.Line;
    Column = O.Column;
    return *this;
  }
  void mark() const {
    if (!Used.load(std::memory_order_relaxed))
      Used.store(true, std::memory_order_relaxed);
  }
  bool used() const { return Used.load(std::memory_order_relaxed); }

private:
  mutable std::atomic<bool> Used{false};
};

struct TypeEntry {
  std::string Name; ///< fully qualified, without template arguments
  EntryUse Use;
  TypeKind Kind = TypeKind::Owning;
  /// Assignment to an lvalue of this type rebinds the handle (cv::Mat,
  /// at::Tensor) rather than writing elements.
  bool AssignRebinds = false;
  /// Assignment to an rvalue of this type writes elements (at::Tensor's
  /// `operator=() &&`), even where lvalue assignment rebinds.
  bool RvalueAssignWrites = false;
  /// Assignment of a lazy expression to a named array evaluates it into the
  /// array like an output argument (cv::Mat = MatExpr): the existing storage
  /// is written only if it has the result's size and type, else reallocated.
  bool LazyAssignIsOutput = false;
  /// With a const first template argument (Eigen::Ref<const T>), the type
  /// refers to an owning array directly, evaluates a lazy expression into
  /// storage of its own, and of another view is a view or a copy depending
  /// on its strides (Eigen/src/Core/Ref.h: `construct(..., false_type)`).
  bool ConstFormMayCopy = false;
  /// Assignment of a lazy expression evaluates it into a temporary first,
  /// then moves it in (xtensor's xsemantic_base::operator=): no overlap
  /// between source and destination matters (`assign-lazy: temporary`).
  bool LazyAssignIsTemporary = false;
  /// How an expression of this type reads its operand (AccessBits).
  uint8_t Access = AccessElementwise;
  /// The template arguments giving its compile-time extents, one per
  /// dimension (Eigen::Matrix<Scalar, Rows, Cols>: 1, 2); a negative value
  /// there is a dynamic extent (model key `extents`).
  std::vector<int> StaticExtents;
  /// Where the storage order is read from (model key `storage-order`): the
  /// integral template argument `Options` whose bit `RowMajorBit` says
  /// row-major (Eigen::Matrix<Scalar, Rows, Cols, Options>), or the type
  /// template argument `Of` whose own order it is (Eigen::Map<Matrix<...>>).
  /// The order of assignment loops depends on it, hence which shifted
  /// blocks read overwritten coefficients.
  struct StorageOrderArg {
    int Options = -1;
    uint64_t RowMajorBit = 0;
    int Of = -1;
  };
  std::optional<StorageOrderArg> StorageOrder;
};

/// Index-argument classification of one operation (libtorch `index`).
struct IndexRule {
  unsigned Arg = 0;
  /// Entries of these types (or a `bool` literal) make the index advanced.
  std::vector<std::string> AdvancedTypes;
  ResultRel Advanced = ResultRel::Copy;
  /// Method that writes through an advanced index, for fix-its (index_put_).
  std::string PutMethod;
  /// Calls known to return a 0-dim integer tensor, which indexes like an
  /// integer (a view): members called with no explicit argument
  /// (`t.argmax()`), free functions called with one integer (`tensor(1)`).
  std::vector<std::string> ZeroDimProducers;
};

/// Where a block starts and how large it is, by argument, one entry per
/// dimension (model key `block`), so that a rule can prove that two blocks
/// of one array overlap. Besides argument indices, a start may be
/// BlockFirst (0) or BlockLast (the block ends at the array's end), a size
/// BlockOne or BlockAll (the whole extent).
constexpr int BlockFirst = -2, BlockLast = -3, BlockOne = -4, BlockAll = -5;
struct BlockArgs {
  std::vector<int> Start; ///< none: every dimension starts at 0 (`head(n)`)
  std::vector<int> Size;
  bool FromEnd = false;        ///< it ends at the array's end (`tail(n)`)
  /// The block is given by slices, one per dimension, in the arguments from
  /// this one on (`xt::view(a, xt::range(1, 4))`), each an integer (one
  /// index) or a call to an operation with a `slice` key.
  std::optional<int> Slices;
  /// Per dimension, the explicit template argument that gives the size when
  /// the call has no size argument (`block<2, 2>(i, j)`,
  /// `topLeftCorner<2, 2>()`): model key `template-size`.
  std::vector<int> TemplateSize;
  /// The start of dimension `D`: an argument index, BlockFirst or BlockLast.
  int startOf(unsigned D) const {
    return D < Start.size() ? Start[D] : FromEnd ? BlockLast : BlockFirst;
  }
};

/// A slice's bounds by argument (model key `slice`): the block runs from
/// `Start` to `Stop` (exclusive); a negative integer counts from the end,
/// an argument that is not an integer (xtensor's `_`) and a missing bound
/// stand for the first index and the end. No bounds: the whole extent.
struct SliceArgs {
  std::optional<int> Start, Stop;
};

/// An operation returning an array's extent (model key `extent`): along
/// one dimension, or (ExtentSize) its number of elements.
constexpr int ExtentSize = -1;

struct OpEntry {
  std::string Name; ///< qualified; the last component may contain `*`
  EntryUse Use;
  ResultRel Result = ResultRel::Unknown;
  int Source = ThisOperand;  ///< operand the result relates to
  std::vector<int> Writes;   ///< operands whose elements it writes
  /// Output operands it (typically) reallocates before writing, even in the
  /// in-place form (cv::cvtColor changes the channel count).
  std::vector<int> Reallocates;
  /// Handles it leaves with storage of their own (`cv::Mat::release`): a
  /// handle that shared its buffer no longer does.
  std::vector<int> Releases;
  /// The argument whose value every written element receives (`fill_(v)`,
  /// `setTo(v)`), as opposed to an update of the old values (`mul_(v)`).
  std::optional<int> Assigns;
  std::optional<IndexRule> Index;
  /// How its result reads its source (AccessBits), added to its type's.
  uint8_t Access = AccessElementwise;
  /// The operation doing the same in place, `{0}` standing for the object
  /// ("{0}.transposeInPlace()"), for fix-its of `a = a.op()`.
  std::string InPlace;
  /// For a block (`access: block`): its start and size arguments.
  std::optional<BlockArgs> Block;
  /// For a slice maker (`xt::range`): its bounds' arguments.
  std::optional<SliceArgs> Slice;
  /// For a shape query: the extent it returns (a dimension, or ExtentSize).
  std::optional<int> Extent;
  /// Operands that, when they are a product (AccessProduct), the library
  /// evaluates straight into the destination of a direct assignment rather
  /// than into a temporary (Eigen's `dst.noalias() = C + A * B`,
  /// `s * (A * B)`): their links keep AccessProduct.
  std::vector<int> KeepsProduct;
  /// For a maybe-view: the method of the same object taking the same
  /// arguments that always returns a view, or fails (`reshape` -> `view`),
  /// for fix-its where the write is meant to reach the original.
  std::string Alias;
  /// For a maybe-view: what decides between view and copy at run time, in
  /// messages ("layout"; Kokkos mirrors: "memory space").
  std::string DependsOn = "layout";
  /// Arguments that are callables the operation calls before it returns
  /// (Kokkos::parallel_for's functor): a lambda there writes, at the call,
  /// the arrays it captures and writes.
  std::vector<int> Invokes;
  /// On a method of a container of arrays (std::vector<cv::Mat>): operands
  /// whose handle it keeps as an element, sharing that handle's storage
  /// (`push_back(frame)`: model key `stores`), and what it does with the
  /// elements it holds (key `contents`: `element`, it returns one, a read
  /// of the container; `replaced`, it removes or replaces them, `clear()`).
  std::vector<int> Stores;
  enum class ContentsUse : uint8_t { None, Element, Replaced };
  ContentsUse Contents = ContentsUse::None;
  /// On a constructor of an owning array from a pointer: the argument
  /// saying whether the elements are copied (Armadillo's `copy_aux_mem`).
  /// When it is the literal `false`, the array adopts the pointed-to memory
  /// and is a view of the array the pointer points into; otherwise (true,
  /// defaulted, or not known) the array has storage of its own.
  std::optional<int> CopyFlag;
};

struct LibraryModel {
  std::string Name;
  std::string SourceFile;
  /// Spelling of an explicit copy, `{0}` standing for the expression:
  /// "{0}.clone()", "{0}.eval()", "xt::eval({0})".
  std::string CopySpelling;
  /// Spelling of a copy of the elements of `{1}` into the existing
  /// elements of `{0}` (`{1}.copyTo({0})`, `{0}.copy_({1})`): what an
  /// assignment that rebinds a handle was meant to do, for fix-its.
  std::string CopyIntoSpelling;
  /// Whether `const` on a shallow handle is a promise users rely on (OpenCV
  /// inputs) or routinely written through by convention (libtorch).
  bool ConstIsPromise = false;
  /// Views and lazy expressions hold an rvalue operand by value, having
  /// moved it in (xtensor's `closure_type_t<E&&>`), rather than by reference
  /// like an lvalue (Eigen nests every plain object by reference).
  bool RvalueOperandsByValue = false;
  std::vector<TypeEntry> Types;
  std::vector<OpEntry> Ops;
  /// Parameter types through which a callee writes its argument
  /// (cv::_OutputArray): an array passed there is written.
  std::vector<std::string> OutputParamTypes;
  /// Globs over the absolute, '/'-separated path of a file ("*/opencv2/*"):
  /// functions defined there are the library's own implementation, never
  /// analysed nor reported (LibraryCode.h).
  std::vector<std::string> Headers;
};

/// Every library model in force, indexed for look-up by qualified name.
class ApiModel {
public:
  /// Parses one model file. Errors name the file, line, column and problem.
  static llvm::Expected<LibraryModel> parse(llvm::StringRef Yaml,
                                            llvm::StringRef FileName);
  /// The models compiled into aliaslint (rules/models/*.yaml).
  static const ApiModel &builtin();
  /// The built-in models plus the user's model files, already read (each
  /// buffer named by its file); an error names the bad file. Front ends get
  /// models from sharedApiModel (ModelCache.h), which reads and caches.
  static llvm::Expected<std::shared_ptr<const ApiModel>>
  withUserModels(llvm::ArrayRef<llvm::MemoryBufferRef> Files);

  void add(LibraryModel Lib);

  struct TypeMatch {
    const TypeEntry *Type;
    const LibraryModel *Library;
  };
  std::optional<TypeMatch> findType(llvm::StringRef QualifiedName) const;

  struct OpMatch {
    const OpEntry *Op;
    const LibraryModel *Library;
  };
  std::optional<OpMatch> findOp(llvm::StringRef QualifiedName) const;
  /// The library whose output-parameter types include this name.
  const LibraryModel *findOutputParamType(llvm::StringRef QualifiedName) const;
  /// The library one of whose `headers` globs matches this absolute,
  /// '/'-separated path.
  const LibraryModel *findHeaderOwner(llvm::StringRef Path) const;

  const std::vector<std::unique_ptr<LibraryModel>> &libraries() const {
    return Libraries;
  }

private:
  std::vector<std::unique_ptr<LibraryModel>> Libraries;
  llvm::StringMap<TypeMatch> TypesByName;
  llvm::StringMap<OpMatch> OpsByName;
  std::vector<std::pair<llvm::GlobPattern, OpMatch>> GlobOps;
  llvm::StringMap<const LibraryModel *> OutputTypes;
  /// Compiled `headers` globs; they refer to the strings of Libraries.
  std::vector<std::pair<llvm::GlobPattern, const LibraryModel *>> HeaderGlobs;
};

llvm::StringRef toString(ResultRel R);
llvm::StringRef toString(TypeKind K);

} // namespace aliaslint

#endif
