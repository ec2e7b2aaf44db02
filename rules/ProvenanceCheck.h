//===- ProvenanceCheck.h - Base of the aliasing checks ------------*- C++ -*-===//
//
// Runs the provenance engine on every function definition of user code (not
// in a system header nor in a modelled library's headers) and hands each
// function's events to the rule. Also the helpers every rule's diagnostics
// share: notes at a view's creation, the explicit copy fix-it. No
// provenance logic lives here or in the rules.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_PROVENANCECHECK_H
#define ALIASLINT_PROVENANCECHECK_H

#include "provenance/Engine.h"
#include "clang-tidy/ClangTidyCheck.h"
#include <memory>

namespace aliaslint {

class ReachSets;

class ProvenanceCheck : public clang::tidy::ClangTidyCheck {
public:
  ProvenanceCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  ~ProvenanceCheck() override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) final;
  void onStartOfTranslationUnit() override;
  void registerPPCallbacks(const clang::SourceManager &SM,
                           clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

  /// Which functions the matcher lets through: user code of the TU being
  /// matched (LibraryCode.h).
  struct UserCodeFilter {
    const ApiModel *Model = nullptr;
    const clang::SourceManager *SM = nullptr;
    std::optional<LibraryCode> Code;
    bool isUserCode(const clang::FunctionDecl &FD, const clang::ASTContext &Ctx);
  };
  bool isLanguageVersionSupported(const clang::LangOptions &LO) const override {
    return LO.CPlusPlus;
  }

protected:
  /// The rule: a query over one function's events.
  virtual void checkFunction(const FunctionProvenance &FP) = 0;

  clang::ASTContext &context() { return Engine->context(); }
  ProvenanceEngine &engine() { return *Engine; }

  /// The named variable's declaration, if the value was made by its
  /// initialiser: `auto v = t.slice(...)`, `cv::Mat w = img;`.
  static const clang::Expr *initializerOf(const clang::ValueDecl *D);
  /// Replaces the initialiser of `V` by an explicit copy of it, spelled as
  /// its library says ("{0}.clone()"). None when the text cannot be
  /// rewritten safely.
  std::optional<clang::FixItHint> copyFixIt(const clang::ValueDecl *V,
                                            const LibraryModel *Lib);
  /// copyFixIt for a view `V` written at `W`, offered only if `V` may be
  /// read after the write, and after every other write through it: a copy
  /// nobody reads would just lose the write (and be reported by
  /// lost-write-to-copy once the fix is applied).
  std::optional<clang::FixItHint> copyFixItForWrite(const FunctionProvenance &FP,
                                                    const Event &W,
                                                    const clang::ValueDecl *V,
                                                    const LibraryModel *Lib);
  /// Whether `V` may be read after `W` on a path that keeps its declaration.
  bool readAfter(const FunctionProvenance &FP, const Event &W,
                 const clang::ValueDecl *V);
  /// Replaces the expression `E` by an explicit copy of it, spelled as its
  /// library says; none when the text cannot be rewritten safely.
  std::optional<clang::FixItHint> copyFixItOf(const clang::Expr *E,
                                              const LibraryModel *Lib);
  /// Source text of an expression, empty if it comes from a macro.
  std::string sourceText(const clang::Expr *E);
  /// The library a variable's type belongs to.
  const LibraryModel *libraryOf(const clang::ValueDecl *D);

  /// The name of a root for messages.
  static std::string nameOf(const clang::ValueDecl *D);

private:
  /// The built-in or configured model; false, with a diagnostic, when a
  /// model file is bad.
  bool loadModel();
  /// In clangd: the errors of the enabled checks' model files, as errors at
  /// the start of the main file (reportModelErrorsInFiles).
  void reportModelErrors(const clang::SourceManager &SM);
  /// The rule's findings for one analysed function, or the skip remark.
  void report(const FunctionProvenance &FP);

  std::string ModelFiles; ///< as configured (--dump-config shows it)
  unsigned MaxFunctionElements;
  /// ModelFiles' paths, a relative one resolved from the .clang-tidy file
  /// that names it (ModelFilesOption.h).
  std::vector<std::string> ModelFileList;
  /// The first enabled aliasing check in name order: it speaks for all of
  /// them (a function too large to analyse, model errors in clangd).
  bool ReportsForAll = false;
  /// For reportModelErrors, which reads every check's options.
  clang::tidy::ClangTidyContext *TidyContext;
  std::shared_ptr<const ApiModel> UserModel;
  const ApiModel *Model = nullptr;
  /// Shared by the enabled aliasing checks of one TU when their model and
  /// limits agree, so that each function is analysed once.
  std::shared_ptr<ProvenanceEngine> Engine;
  bool ModelError = false;
  UserCodeFilter Filter;
  /// The questions of readAfter for the function being reported, built on
  /// first use.
  std::unique_ptr<ReachSets> NamedReads;
};

} // namespace aliaslint

#endif
