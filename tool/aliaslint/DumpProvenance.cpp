//===- DumpProvenance.cpp -------------------------------------------------===//
#include "DumpProvenance.h"
#include "provenance/Engine.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace aliaslint;

namespace {
class Dumper : public MatchFinder::MatchCallback {
public:
  Dumper(const ApiModel &Model, EngineOptions Opts) : Model(Model), Opts(Opts) {}
  void onStartOfTranslationUnit() override { Engine.reset(); }
  void run(const MatchFinder::MatchResult &R) override {
    const auto *FD = R.Nodes.getNodeAs<FunctionDecl>("fn");
    if (!FD || FD->isDependentContext())
      return;
    if (!Engine)
      Engine = std::make_unique<ProvenanceEngine>(*R.Context, Model, Opts);
    dumpProvenance(Engine->analyze(FD), *R.Context, llvm::outs());
  }

private:
  const ApiModel &Model;
  EngineOptions Opts;
  std::unique_ptr<ProvenanceEngine> Engine;
};
} // namespace

int aliaslint::runDumpProvenance(const tooling::CompilationDatabase &DB,
                                 llvm::ArrayRef<std::string> Files,
                                 const ApiModel &Model, EngineOptions Opts) {
  Dumper D(Model, Opts);
  MatchFinder Finder;
  Finder.addMatcher(functionDecl(isDefinition(), hasBody(stmt()),
                                 isExpansionInMainFile(),
                                 unless(isTemplateInstantiation()))
                        .bind("fn"),
                    &D);
  tooling::ClangTool Tool(DB, Files);
  int RC = Tool.run(tooling::newFrontendActionFactory(&Finder).get());
  return RC == 0 ? 0 : 2;
}
