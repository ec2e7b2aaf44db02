//===- AliasingModule.cpp - The clang-tidy module "aliasing" --------------===//
#include "Checks.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/ClangTidyModule.h"

namespace aliaslint {

class AliasingModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &F) override {
#define ALIASING_CHECK(NAME, CLASS, ...) F.registerCheckFactory(NAME, make##CLASS);
#include "Checks.def"
  }
};

// Registers the module with whichever clang-tidy loads or links it.
static clang::tidy::ClangTidyModuleRegistry::Add<AliasingModule>
    X("aliasing-module", "Aliasing bugs in C++ array code (views vs copies).");

} // namespace aliaslint

// Referenced by the front ends that link the module statically.
volatile int AliasingModuleAnchorSource = 0;
