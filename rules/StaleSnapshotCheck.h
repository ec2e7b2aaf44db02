//===- StaleSnapshotCheck.h - aliasing-stale-snapshot -------------*- C++ -*-===//
#ifndef ALIASLINT_STALESNAPSHOTCHECK_H
#define ALIASLINT_STALESNAPSHOTCHECK_H

#include "ProvenanceCheck.h"
#include "provenance/Sequences.h"
#include "llvm/Support/Regex.h"

namespace aliaslint {

/// A second handle, a view or a lazy expression is kept as "the old value"
/// of an array, the array is then written, and the snapshot is read as if it
/// still held the old value. Documentation: docs/checks/stale-snapshot.md
struct StaleSnapshotQuestions;
struct StaleSnapshot;

class StaleSnapshotCheck : public ProvenanceCheck {
public:
  StaleSnapshotCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

protected:
  void checkFunction(const FunctionProvenance &FP) override;

private:
  /// The read is an argument of a test assertion (`EXPECT_EQ`, `assert`):
  /// the check that the write reached the snapshot, not a stale read.
  bool inAssertion(const clang::Stmt *S);
  /// Whether `S` lies in a loop of its function.
  bool inLoop(const clang::Stmt *S);
  /// The reads of the snapshots' elements, and what each reads with them.
  void collectReads(const FunctionProvenance &FP, StaleSnapshotQuestions &Q);
  void report(const StaleSnapshot &Sn, const SequenceSearch::Match &M,
              const FunctionProvenance &FP, bool WithOriginal);

  bool Strict;
  std::string SnapshotNames;
  llvm::Regex SnapshotRegex;
  std::string AssertionMacros;
  llvm::Regex AssertionRegex;
};

} // namespace aliaslint

#endif
