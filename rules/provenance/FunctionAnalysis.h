//===- FunctionAnalysis.h - One run of the engine over a function -*- C++ -*-===//
//
// Internal to the engine. The transfer functions (Transfer.cpp for
// expressions, declarations and assignments; TransferCall.cpp for calls)
// evaluate one CFG element's statement against the facts in force and emit
// events; the dataflow driver (Dataflow.cpp) runs them to a fixpoint over
// the CFG and then once more to record the events.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_PROVENANCE_FUNCTIONANALYSIS_H
#define ALIASLINT_PROVENANCE_FUNCTIONANALYSIS_H

#include "provenance/Engine.h"
#include "provenance/Relations.h"
#include "clang/AST/ParentMap.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseSet.h"

namespace aliaslint {

/// What a write stores: the value written and whether it replaces the
/// elements (`=`, `fill_`) or updates them (`+=`).
struct Written {
  const clang::Expr *E = nullptr;
  const Prov *V = nullptr;
  bool Assigns = false;
};

class FunctionAnalysis {
public:
  FunctionAnalysis(ProvenanceEngine &E, const clang::FunctionDecl *FD,
                   FunctionProvenance &Out)
      : Eng(E), Types(E.Types), FD(FD), Out(Out) {}

  void run();

private:
  // --- expressions (Transfer.cpp) ----------------------------------------
  Prov eval(const clang::Expr *E, bool AsWriteTarget = false);
  Prov evalRef(const clang::Expr *Ref, const clang::ValueDecl *D,
               bool AsWriteTarget);
  Prov evalMember(const clang::MemberExpr *ME, bool AsWriteTarget);
  Prov evalOperator(const clang::Expr *E, bool AsWriteTarget);
  Prov evalLambda(const clang::LambdaExpr *LE);
  Prov evalConstruct(const clang::CXXConstructExpr *CE);
  /// Eigen::Ref<const T>-like types (TypeEntry::ConstFormMayCopy).
  static bool hasConstFirstArgument(clang::QualType T);
  Prov constFormValue(const clang::CXXConstructExpr *CE, const clang::Expr *Src,
                      const Prov &V, std::optional<ApiModel::TypeMatch> SrcType,
                      ApiModel::TypeMatch Result);
  Prov evalAssign(const clang::Expr *Whole, const clang::Expr *LHS,
                  const clang::Expr *RHS);
  Prov assignAsOutput(const clang::Expr *Whole, const clang::Expr *LHS,
                      const clang::Expr *RHS, const clang::ValueDecl *Named,
                      const Prov &Lv, const Prov &R);
  Prov evalRebind(const clang::Expr *Whole, const clang::Expr *LHS,
                  const clang::Expr *RHS, const clang::ValueDecl *Named,
                  const Prov &R);
  void evalChildren(const clang::Stmt *S);
  Prov varValue(const clang::ValueDecl *D);
  bool isArrayExpr(const clang::Expr *E);
  /// A view or handle type built from a pointer into an array's elements
  /// (`Map<VectorXd>(A.data(), n)`, `from_blob(t.data_ptr<float>(), ...)`,
  /// `cv::Mat(r, c, type, img.data)`) is a view of that array.
  std::optional<Prov> viewOfPointerArg(const clang::Expr *Call,
                                       llvm::ArrayRef<const clang::Expr *> Args,
                                       llvm::ArrayRef<Prov> Values,
                                       ApiModel::TypeMatch Result,
                                       bool Adopts = false);
  /// An owning array that uses another array's memory rather than storage
  /// of its own: built by a constructor whose `copy-flag` argument is the
  /// literal `false` (`arma::mat M(A.memptr(), r, c, false)`), or the
  /// object a `view` operation returns by value (`A.unsafe_col(0)`).
  bool adoptsMemory(const clang::Expr *Init);
  void bindVar(const clang::VarDecl *VD, const Prov &V, const clang::Stmt *At);
  /// Sets a variable's value in the current state.
  void setVar(const clang::ValueDecl *D, const Prov &V);

  // --- temporaries and lifetimes (Lifetimes.cpp) -------------------------
  /// A prvalue of an owning array type, materialised: a root of its own,
  /// living to the end of the full-expression, or the reference variable's
  /// root when the reference extends its lifetime.
  Prov materializeTemporary(const clang::MaterializeTemporaryExpr *M, Prov V);
  /// How a view or lazy result of `Lib` holds the operand `E`.
  Holding holdingOf(const clang::Expr *E, const LibraryModel *Lib);
  /// The root's lifetime ends at `At`: every value that borrows it dangles.
  void expire(RootRef R, const clang::Stmt *At);
  /// End of a full-expression: its temporaries expire.
  void expireTemporaries(const clang::Stmt *At);
  /// The value returned at `At` outlives the function: its borrowed links
  /// to roots that die there (temporaries, locals, owning by-value
  /// parameters) are marked expired at the return.
  Prov expireAtReturn(Prov V, const clang::Stmt *At);

  // --- calls (TransferCall.cpp) ------------------------------------------
  struct Call;
  Prov evalCall(const clang::CallExpr *CE);
  Call resolveCall(const clang::CallExpr *CE);
  void evalOperands(const clang::CallExpr *CE, Call &C);
  void applyWrites(const clang::CallExpr *CE, const Call &C);
  /// The writes a lambda passed to an operation's `invokes` argument makes
  /// to the arrays it captures (Summary::WritesCaptured); \p ByRefOnly
  /// keeps those of its by-reference captures.
  void applyInvokedLambda(const clang::CallExpr *CE, const Call &C,
                          const clang::Expr *Arg, bool ByRefOnly = false);
  /// The same for a closure called directly (`f()`, `[&] {...}()`).
  void applyCalledClosure(const clang::CallExpr *CE, const Call &C);
  void applyOutputParams(const clang::CallExpr *CE, const Call &C);
  void applyStorageChanges(const clang::CallExpr *CE, const Call &C);
  Prov callResult(const clang::CallExpr *CE, const Call &C);

  // --- containers of arrays (Containers.cpp) -----------------------------
  /// std::vector<cv::Mat> and the like: a class template over an array type
  /// that is no array type itself.
  bool isArrayContainer(clang::QualType T);
  /// The local, global or member (of `this`) container `E` names, if any.
  const clang::ValueDecl *namedContainer(const clang::Expr *E);
  /// The events of a container method modelled with `stores`/`contents`.
  void applyContainerUse(const clang::CallExpr *CE, const OpEntry &Op,
                         const clang::Expr *Obj, llvm::ArrayRef<const clang::Expr *> Args,
                         llvm::ArrayRef<Prov> ArgV);
  /// The events of a declaration: a container made anew, or a range-for's
  /// variable bound to a container's elements.
  void declaredContainer(const clang::VarDecl *VD, const clang::DeclStmt *DS);
  Prov unmodelledResult(const clang::CallExpr *CE, const Call &C,
                        const Prov &Src, const clang::Expr *SrcE,
                        ApiModel::TypeMatch RType);

  // --- events (Transfer.cpp) ---------------------------------------------
  Event *emit(EventKind K, const clang::Stmt *S, const clang::Expr *Target,
              const Prov &V, WriteKind How = WriteKind::Method,
              OpName Op = {});
  void write(const clang::Expr *Target, const Prov &V,
             const clang::Stmt *Writer, WriteKind How, OpName Op,
             Written From = {});
  void escape(EscapeKind K, const clang::Stmt *S, const clang::Expr *Target,
              const Prov &V);
  const clang::ValueDecl *namedArray(const clang::Expr *E);
  const clang::ValueDecl *derivedFrom(const clang::Expr *E);

  // --- dataflow (Dataflow.cpp) -------------------------------------------
  bool buildCfg();
  /// Whether the body nests too deeply to analyse; if so, skips it.
  bool tooDeep(const clang::Stmt *Body);
  void findNestedElements();
  std::vector<const clang::CFGBlock *> reversePostOrder();
  void transfer(const clang::CFGBlock &B, State &S, bool Emit);
  void transferLifetimeEnd(const clang::CFGLifetimeEnds &LE, State &S);
  void transferStmt(const clang::Stmt *St);
  void evalFullStmt(const clang::Stmt *St);
  /// Declared outside this function (a parameter, a field, a global, a
  /// lambda's capture): its value is its own storage until it is assigned.
  bool isSeeded(const clang::ValueDecl *D) const;

  ProvenanceEngine &Eng;
  TypeClassifier &Types;
  const clang::FunctionDecl *FD;
  FunctionProvenance &Out;
  std::unique_ptr<clang::ParentMap> Parents;
  /// Per block, the elements that are subexpressions of another element.
  std::vector<llvm::BitVector> Nested;

  // Current position, valid during transfer().
  State *Cur = nullptr;
  ProvPool &Pool = *Out.Values;
  bool Emitting = false;
  /// Reads made now see only the array's shape or type (`t.size(0)`).
  bool MetadataRead = false;
  struct MetadataScope {
    FunctionAnalysis &A;
    bool Old;
    explicit MetadataScope(FunctionAnalysis &A) : A(A), Old(A.MetadataRead) {
      A.MetadataRead = true;
    }
    ~MetadataScope() { A.MetadataRead = Old; }
  };
  const clang::Stmt *CurFull = nullptr;
  unsigned CurBlock = 0, CurIndex = 0, Seq = 0;
  /// Temporaries materialised in the current full-expression.
  llvm::SmallVector<const clang::MaterializeTemporaryExpr *, 4> Temporaries;
  /// The variables that have borrowed each root (RootRef::opaque), on any
  /// path: expiry looks only at them, not at every variable in the state
  /// (with one borrowed local per statement, that was quadratic).
  llvm::DenseMap<const void *, llvm::SmallVector<const clang::ValueDecl *, 2>> Borrowers;
  llvm::DenseSet<std::pair<const void *, const clang::ValueDecl *>> BorrowerSeen;
};

} // namespace aliaslint

#endif
