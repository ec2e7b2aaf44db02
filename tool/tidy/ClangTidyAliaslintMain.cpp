//===- ClangTidyAliaslintMain.cpp - clang-tidy-22 with aliasing built in --===//
//
// clang-tidy-22's own main (Debian's libclangTidyMain) with the aliasing
// module linked in, for drivers that expect a clang-tidy binary
// (run-clang-tidy -clang-tidy-binary, CMAKE_CXX_CLANG_TIDY, CodeChecker,
// Bazel aspects): every option, the output and the exit status are
// clang-tidy's. The one difference: `aliasing-*` is enabled by default.
//
//===----------------------------------------------------------------------===//
#include "clang-tidy/tool/ClangTidyMain.h"
#include "Version.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>
#include <string>
#include <vector>

using namespace llvm;

extern volatile int AliasingModuleAnchorSource;

/// clang-tidy's default checks are a constant inside its main; the aliasing
/// checks are put in front of the --checks value instead. They thus come
/// after any .clang-tidy file's Checks, and only --checks (or NOLINT) turns
/// one off: `--checks=-aliasing-view-rebind`.
static const std::string DefaultChecks = "aliasing-*";

/// Whether \p Arg is clang-tidy's checks option; its value, if attached.
static bool isChecksOption(StringRef Arg, std::optional<StringRef> &Value) {
  if (!Arg.consume_front("-"))
    return false;
  Arg.consume_front("-");
  if (Arg == "checks")
    return true;
  if (Arg.consume_front("checks=")) {
    Value = Arg;
    return true;
  }
  return false;
}

int main(int argc, const char **argv) {
  (void)AliasingModuleAnchorSource;
  // LLVM's own version lines follow: the analysis depends on both.
  llvm::cl::AddExtraVersionPrinter([](llvm::raw_ostream &OS) {
    OS << aliaslint::versionLine() << "\n";
  });
  std::vector<std::string> Storage;
  Storage.reserve(argc + 1);
  bool SawChecks = false;
  for (int I = 0; I < argc; ++I) {
    StringRef Arg = argv[I];
    std::optional<StringRef> Value;
    // Options end at `--`: what follows is the compiler's.
    if (Arg == "--" || I == 0 || SawChecks || !isChecksOption(Arg, Value)) {
      Storage.push_back(Arg.str());
      if (Arg == "--")
        for (++I; I < argc; ++I)
          Storage.push_back(argv[I]);
      continue;
    }
    SawChecks = true;
    if (!Value && I + 1 < argc)
      Value = StringRef(argv[++I]);
    Storage.push_back(("--checks=" + DefaultChecks + "," + Value.value_or("").str()));
  }
  if (!SawChecks)
    Storage.insert(Storage.begin() + 1, "--checks=" + DefaultChecks);
  std::vector<const char *> Args;
  for (const std::string &S : Storage)
    Args.push_back(S.c_str());
  return clang::tidy::clangTidyMain(Args.size(), Args.data());
}
