//===- CommandLine.cpp ----------------------------------------------------===//
#include "CommandLine.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace aliaslint;
using namespace clang::tooling;
using namespace llvm;

/// -p names the directory of the database (or the database itself), as
/// clang-tidy documents it. Clang's look-up also searches the parent
/// directories, and so silently used another build's database.
static Error checkBuildPath(StringRef Dir) {
  if (sys::path::filename(Dir) == "compile_commands.json" &&
      sys::fs::is_regular_file(Dir))
    return Error::success();
  for (StringRef Name : {"compile_commands.json", "compile_flags.txt"}) {
    SmallString<256> P(Dir);
    sys::path::append(P, Name);
    if (sys::fs::is_regular_file(P))
      return Error::success();
  }
  return createStringError(inconvertibleErrorCode(),
                           "cannot load a compilation database from '" + Dir +
                               "': it has no compile_commands.json (parent "
                               "directories are not searched)");
}

/// The value of -p: a static inside CommonOptionsParser, read by name.
static StringRef buildPath() {
  auto *P =
      static_cast<cl::opt<std::string> *>(cl::getRegisteredOptions().lookup("p"));
  return P ? StringRef(*P) : StringRef();
}

Expected<CommonOptionsParser>
aliaslint::parseCommandLine(int Argc, const char **Argv,
                            cl::OptionCategory &Category, const char *Overview,
                            function_ref<bool()> FilesOptional) {
  int N = Argc;
  auto P = CommonOptionsParser::create(N, Argv, Category, cl::ZeroOrMore, Overview);
  if (!P)
    return P;
  std::string BuildPath = buildPath().str();
  if (!BuildPath.empty())
    if (Error E = checkBuildPath(BuildPath))
      return std::move(E);
  if (!P->getSourcePathList().empty())
    return P;
  // With no source named, CommonOptionsParser stops before loading any
  // database.
  if (BuildPath.empty() && FilesOptional())
    return P;
  if (BuildPath.empty())
    return createStringError(inconvertibleErrorCode(),
                             "no input files: name them, or give -p <build "
                             "dir> with a compile_commands.json");
  std::string Err;
  std::unique_ptr<CompilationDatabase> DB =
      CompilationDatabase::autoDetectFromDirectory(BuildPath, Err);
  if (!DB)
    return createStringError(inconvertibleErrorCode(),
                             "cannot load a compilation database from '" +
                                 BuildPath + "': " + StringRef(Err).rtrim());
  std::vector<std::string> Files = DB->getAllFiles();
  if (Files.empty())
    return createStringError(inconvertibleErrorCode(),
                             "the compilation database in '" + BuildPath +
                                 "' lists no files");
  llvm::sort(Files);
  // Parse again with the files named, so that they get exactly what named
  // files get: the same database and the --extra-arg adjusters.
  std::vector<const char *> Args{Argv[0]};
  for (const std::string &F : Files)
    Args.push_back(F.c_str());
  Args.insert(Args.end(), Argv + 1, Argv + Argc);
  cl::ResetAllOptionOccurrences();
  N = Args.size();
  return CommonOptionsParser::create(N, Args.data(), Category, cl::ZeroOrMore,
                                     Overview);
}
