//===- CommandLine.cpp ----------------------------------------------------===//
#include "CommandLine.h"
#include "llvm/ADT/STLExtras.h"

using namespace aliaslint;
using namespace clang::tooling;
using namespace llvm;

Expected<CommonOptionsParser>
aliaslint::parseCommandLine(int Argc, const char **Argv,
                            cl::OptionCategory &Category, const char *Overview) {
  int N = Argc;
  auto P = CommonOptionsParser::create(N, Argv, Category, cl::ZeroOrMore, Overview);
  if (!P || !P->getSourcePathList().empty())
    return P;
  // With no source named, CommonOptionsParser stops before loading any
  // database. Its -p option is a static inside it, so read it by name.
  auto *BuildPath =
      static_cast<cl::opt<std::string> *>(cl::getRegisteredOptions().lookup("p"));
  if (!BuildPath || BuildPath->empty())
    return createStringError(inconvertibleErrorCode(),
                             "no input files: name them, or give -p <build "
                             "dir> with a compile_commands.json");
  std::string Err;
  std::unique_ptr<CompilationDatabase> DB =
      CompilationDatabase::autoDetectFromDirectory(*BuildPath, Err);
  if (!DB)
    return createStringError(inconvertibleErrorCode(),
                             "cannot load a compilation database from '" +
                                 *BuildPath + "': " + StringRef(Err).rtrim());
  std::vector<std::string> Files = DB->getAllFiles();
  if (Files.empty())
    return createStringError(inconvertibleErrorCode(),
                             "the compilation database in '" + *BuildPath +
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
