//===- ClangTidyMode.cpp --------------------------------------------------===//
#include "ClangTidyMode.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

using namespace aliaslint;
using namespace llvm;

namespace {
/// clang-tidy-22's options that aliaslint's own runner does not have.
constexpr StringLiteral ClangTidyOnly[] = {
    "allow-enabling-analyzer-alpha-checkers", "allow-no-checks",
    "config-file", "dump-config", "enable-check-profile",
    "enable-module-headers-parsing", "exclude-header-filter",
    "experimental-custom-checks", "explain-config", "export-fixes",
    "fix-errors", "fix-notes", "format-style", "list-checks",
    "load", "store-check-profile", "system-headers", "use-color",
    "verify-config", "vfsoverlay", "warnings-as-errors"};
/// aliaslint's options that clang-tidy does not have.
constexpr StringLiteral AliaslintOnly[] = {
    "baseline", "cache-dir", "cache-redis", "cache-stats", "diff",
    "dump-provenance", "format", "j", "jobs", "model", "o", "output",
    "progress", "sarif-category", "shard", "source-root", "write-baseline"};

/// The option's name: `--name=value`, `-name value` and `-jN` alike.
StringRef optionName(StringRef Arg) {
  if (!Arg.consume_front("-"))
    return "";
  Arg.consume_front("-");
  StringRef Name = Arg.take_until([](char C) { return C == '='; });
  if (Name.size() > 1 && Name[0] == 'j' && isdigit(Name[1]))
    return "j";
  return Name;
}

bool isOneOf(StringRef Name, ArrayRef<StringLiteral> Names) {
  return llvm::is_contained(Names, Name);
}
} // namespace

std::optional<int> aliaslint::runAsClangTidy(int Argc, const char **Argv) {
  std::vector<StringRef> Args;
  std::optional<StringRef> TidyOption, OwnOption;
  bool ExitStatusTidy = false;
  for (int I = 1; I < Argc; ++I) {
    StringRef Arg = Argv[I];
    if (Arg == "--") { // the compiler's flags follow
      Args.insert(Args.end(), Argv + I, Argv + Argc);
      break;
    }
    StringRef Name = optionName(Arg);
    if (Arg == "--exit-status=clang-tidy" || Arg == "-exit-status=clang-tidy") {
      ExitStatusTidy = true;
      continue;
    }
    if (isOneOf(Name, ClangTidyOnly) && !TidyOption)
      TidyOption = Arg;
    if ((isOneOf(Name, AliaslintOnly) || Name == "exit-status") && !OwnOption)
      OwnOption = Arg;
    Args.push_back(Arg);
  }
  if (!TidyOption)
    return std::nullopt;
  if (OwnOption) {
    errs() << "aliaslint: error: '" << *OwnOption << "' is aliaslint's own "
           << "option and '" << *TidyOption << "' only clang-tidy's; they "
           << "cannot be combined (docs/cli.md, \"clang-tidy mode\")\n";
    return 2;
  }
  (void)ExitStatusTidy; // clang-tidy's exit status is the only one here
  static int Anchor;
  std::string Self = sys::fs::getMainExecutable(Argv[0], &Anchor);
  SmallString<256> Tidy(sys::path::parent_path(Self));
  sys::path::append(Tidy, "clang-tidy-aliaslint");
  if (!sys::fs::can_execute(Tidy)) {
    errs() << "aliaslint: error: '" << *TidyOption << "' needs "
           << Tidy << ", which is missing\n";
    return 2;
  }
  Args.insert(Args.begin(), Tidy);
  std::string Err;
  int RC = sys::ExecuteAndWait(Tidy, Args, std::nullopt, {}, 0, 0, &Err);
  if (RC < 0) {
    errs() << "aliaslint: error: cannot run " << Tidy << ": " << Err << "\n";
    return 2;
  }
  return RC;
}
