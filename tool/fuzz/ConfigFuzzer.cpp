//===- ConfigFuzzer.cpp - libFuzzer target: --config and .clang-tidy -----===//
//
// One input is one configuration, as `--config` or a `.clang-tidy` file gives
// it: parsed and validated by TidyConfig, then handed to every aliasing check
// the way `--dump-config` does (clang-tidy's getCheckOptions constructs each
// enabled check, which reads and validates its options, and stores them).
//
//===----------------------------------------------------------------------===//
#include "TidyConfig.h"
#include "clang-tidy/ClangTidy.h"
#include <cstdint>

using namespace aliaslint;
using namespace clang::tidy;
using namespace llvm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  TidySettings S;
  S.Config.assign(reinterpret_cast<const char *>(Data), Size);
  if (S.Config.empty()) // no --config at all: the files' route
    return 0;
  auto C = TidyConfig::create(S);
  if (!C) {
    consumeError(C.takeError());
    return 0;
  }
  const std::string File = "/fuzz/src/a.cpp";
  if (Error E = C->validateHeaderFilters({File})) {
    consumeError(std::move(E));
    return 0;
  }
  (void)C->anyCheckEnabled({File});
  ClangTidyOptions O = C->makeProvider()->getOptions(File);
  // Model files named by fuzzed text are not read: the model reader has a
  // target of its own, and a fuzzed name may be a device that never ends.
  for (auto It = O.CheckOptions.begin(); It != O.CheckOptions.end();) {
    auto Next = std::next(It);
    if (StringRef(It->getKey()).ends_with("ModelFiles"))
      O.CheckOptions.erase(It);
    It = Next;
  }
  // Every aliasing check constructed, whatever the fuzzed Checks enable.
  O.Checks = O.Checks.value_or("") + ",aliasing-*";
  (void)getCheckOptions(O, /*AllowEnablingAnalyzerAlphaCheckers=*/false,
                        /*ExperimentalCustomChecks=*/false);
  return 0;
}
