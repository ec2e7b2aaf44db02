//===- AliasingModule.cpp - The clang-tidy module "aliasing" --------------===//
#include "ConstWriteThroughViewCheck.h"
#include "LostWriteToCopyCheck.h"
#include "WriteThroughViewCheck.h"
#include "clang-tidy/ClangTidyModule.h"

namespace aliaslint {

class AliasingModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &F) override {
    F.registerCheck<WriteThroughViewCheck>("aliasing-write-through-view");
    F.registerCheck<LostWriteToCopyCheck>("aliasing-lost-write-to-copy");
    F.registerCheck<ConstWriteThroughViewCheck>("aliasing-const-write-through-view");
  }
};

// Registers the module with whichever clang-tidy loads or links it.
static clang::tidy::ClangTidyModuleRegistry::Add<AliasingModule>
    X("aliasing-module", "Aliasing bugs in C++ array code (views vs copies).");

} // namespace aliaslint

// Referenced by the front ends that link the module statically.
volatile int AliasingModuleAnchorSource = 0;
