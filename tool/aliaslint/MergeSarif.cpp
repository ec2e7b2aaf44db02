//===- MergeSarif.cpp -----------------------------------------------------===//
#include "MergeSarif.h"
#include "Sarif.h"
#include "provenance/NestingDepth.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"

using namespace aliaslint;
using namespace llvm;

namespace {
constexpr StringLiteral Usage =
    "usage: aliaslint merge-sarif [--sarif-category=<id>] OUT IN...\n"
    "  Merges aliaslint SARIF logs (one per shard) into one run, written to\n"
    "  OUT ('-' for stdout). A finding several logs hold is written once.\n";

Error problem(StringRef File, const Twine &Msg) {
  return createStringError(inconvertibleErrorCode(), File + ": error: " + Msg);
}

/// llvm::json's "[line:col, byte=n]: message" as clang's "file:line:col:".
Error parseProblem(StringRef File, Error E) {
  std::string Text = toString(std::move(E));
  SmallVector<StringRef, 4> M;
  if (Regex("^\\[([0-9]+):([0-9]+), byte=[0-9]+\\]: (.*)$").match(Text, &M))
    return createStringError(inconvertibleErrorCode(), File + ":" + M[1] + ":" +
                                                           M[2] + ": error: " +
                                                           M[3]);
  return problem(File, Text);
}

using InputRun = SarifMergeInput;

/// The objects of \p A, or an error naming the first element that is not one.
Error checkObjects(StringRef File, const json::Array *A, StringRef Where) {
  if (!A)
    return problem(File, Where + ": expected an array");
  for (size_t I = 0; I < A->size(); ++I)
    if (!(*A)[I].getAsObject())
      return problem(File, Where + "[" + Twine(I) + "]: expected an object");
  return Error::success();
}

Error readDriver(InputRun &In, const json::Object &Run) {
  const json::Object *Tool = Run.getObject("tool");
  const json::Object *Driver = Tool ? Tool->getObject("driver") : nullptr;
  if (!Driver || Driver->getString("name") != StringRef("aliaslint"))
    return problem(In.File, "runs[0].tool.driver: not a log of aliaslint");
  In.Rules = Driver->getArray("rules");
  if (Error E = checkObjects(In.File, In.Rules, "runs[0].tool.driver.rules"))
    return E;
  for (size_t I = 0; I < In.Rules->size(); ++I)
    if (!(*In.Rules)[I].getAsObject()->getString("id"))
      return problem(In.File, "runs[0].tool.driver.rules[" + Twine(I) +
                                  "]: expected a string \"id\"");
  In.Driver = *Driver;
  In.Driver.erase("rules");
  return Error::success();
}

Error readRun(InputRun &In, const json::Object &Run) {
  if (Error E = readDriver(In, Run))
    return E;
  In.Results = Run.getArray("results");
  if (Error E = checkObjects(In.File, In.Results, "runs[0].results"))
    return E;
  if (Run.getString("columnKind") != StringRef("utf16CodeUnits"))
    return problem(In.File, "runs[0].columnKind: expected \"utf16CodeUnits\"");
  const json::Array *Invocations = Run.getArray("invocations");
  if (Error E = checkObjects(In.File, Invocations, "runs[0].invocations"))
    return E;
  if (!Invocations->empty()) {
    const json::Object *Inv = Invocations->front().getAsObject();
    In.Notifications = Inv->getArray("toolExecutionNotifications");
    if (In.Notifications)
      if (Error E = checkObjects(In.File, In.Notifications,
                                 "runs[0].invocations[0].toolExecutionNotifications"))
        return E;
  }
  if (const json::Object *Base = Run.getObject("originalUriBaseIds"))
    In.BaseIds = *Base;
  if (const json::Object *Auto = Run.getObject("automationDetails"))
    if (auto Id = Auto->getString("id"))
      In.Category = Id->str();
  return Error::success();
}

/// Reads and checks one input.
Expected<InputRun> readInput(StringRef File) {
  auto Buf = MemoryBuffer::getFile(File, /*IsText=*/true);
  if (!Buf)
    return problem(File, "cannot read: " + Buf.getError().message());
  return parseSarifMergeInput(File, (*Buf)->getBuffer());
}

std::string text(const json::Object &O) {
  return formatv("{0}", json::Value(json::Object(O))).str();
}

/// What every input must agree on, for the merge to be one run.
Error checkAgree(const InputRun &First, const InputRun &In) {
  if (text(First.Driver) != text(In.Driver))
    return problem(In.File, "written by another aliaslint than '" + First.File +
                                "' (" + text(In.Driver) + " vs " +
                                text(First.Driver) + ")");
  if (First.BaseIds.has_value() != In.BaseIds.has_value() ||
      (In.BaseIds && text(*First.BaseIds) != text(*In.BaseIds)))
    return problem(In.File, "another source root (originalUriBaseIds) than '" +
                                First.File + "'; give every shard the same "
                                "--source-root");
  return Error::success();
}

/// The merged category: --sarif-category, else the one all inputs share.
Expected<std::string> category(ArrayRef<InputRun> Ins,
                               std::optional<std::string> Given) {
  if (Given)
    return *Given;
  for (const InputRun &In : Ins)
    if (In.Category != Ins.front().Category)
      return problem(In.File, "another category (automationDetails.id) than '" +
                                  Ins.front().File +
                                  "'; give the merged one with --sarif-category");
  return Ins.front().Category.value_or("");
}

SarifParts mergeParts(ArrayRef<InputRun> Ins, std::string Category) {
  SarifParts Parts;
  Parts.Driver = Ins.front().Driver;
  Parts.OriginalUriBaseIds = Ins.front().BaseIds;
  Parts.Category = std::move(Category);
  for (const InputRun &In : Ins) {
    for (const json::Value &R : *In.Rules) {
      const json::Object &O = *R.getAsObject();
      Parts.Rules.try_emplace(O.getString("id")->str(), O);
    }
    for (const json::Value &R : *In.Results) {
      json::Object O = *R.getAsObject();
      O.erase("ruleIndex"); // the merged rules are indexed afresh
      Parts.Results.push_back(std::move(O));
    }
    if (In.Notifications)
      for (const json::Value &N : *In.Notifications)
        Parts.Notifications.push_back(*N.getAsObject());
  }
  return Parts;
}

struct MergeArgs {
  std::optional<std::string> Category;
  std::string Out;
  std::vector<std::string> Ins;
};

Expected<MergeArgs> parseArgs(ArrayRef<const char *> Args) {
  MergeArgs A;
  std::vector<std::string> Files;
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef Arg = Args[I];
    if (Arg == "--sarif-category" || Arg == "-sarif-category") {
      if (++I == Args.size())
        return createStringError(inconvertibleErrorCode(),
                                 "merge-sarif: " + Arg + " needs a value");
      A.Category = Args[I];
    } else if (Arg.consume_front("--sarif-category=") ||
               Arg.consume_front("-sarif-category=")) {
      A.Category = Arg.str();
    } else if (Arg.starts_with("-") && Arg != "-") {
      return createStringError(inconvertibleErrorCode(),
                               "merge-sarif: unknown option '" + Arg + "'\n" +
                                   Usage);
    } else {
      Files.push_back(Arg.str());
    }
  }
  if (Files.size() < 2)
    return createStringError(inconvertibleErrorCode(),
                             "merge-sarif: expected OUT and at least one IN\n" +
                                 Usage);
  A.Out = Files.front();
  A.Ins.assign(Files.begin() + 1, Files.end());
  for (const std::string &In : A.Ins)
    if (In == "-" || (A.Out != "-" && sys::fs::equivalent(A.Out, In)))
      return createStringError(inconvertibleErrorCode(),
                               "merge-sarif: OUT '" + A.Out + "' is the input '" +
                                   In + "'; refusing to overwrite it");
  return std::move(A);
}

int fail(Error E) {
  errs() << "aliaslint: error: " << StringRef(toString(std::move(E))).rtrim()
         << "\n";
  return 2;
}
} // namespace

Expected<SarifMergeInput> aliaslint::parseSarifMergeInput(StringRef File,
                                                          StringRef Text) {
  // LLVM's JSON parser recurses per level: refuse a deep log before it.
  if (Error E = checkNestingDepth(Text, File, InputSyntax::Json))
    return createStringError(inconvertibleErrorCode(),
                             StringRef(toString(std::move(E))).rtrim());
  auto Parsed = json::parse(Text);
  if (!Parsed)
    return parseProblem(File, Parsed.takeError());
  auto Storage = std::make_unique<json::Value>(std::move(*Parsed));
  const json::Object *Log = Storage->getAsObject();
  if (!Log)
    return problem(File, "expected a SARIF log (a JSON object)");
  if (Log->getString("version") != StringRef("2.1.0"))
    return problem(File, "expected \"version\": \"2.1.0\"");
  const json::Array *Runs = Log->getArray("runs");
  if (!Runs || Runs->size() != 1 || !Runs->front().getAsObject())
    return problem(File, "expected \"runs\" with one run, as aliaslint writes");
  InputRun In;
  In.File = File.str();
  In.Log = std::move(Storage);
  if (Error E = readRun(In, *Runs->front().getAsObject()))
    return std::move(E);
  return std::move(In);
}

Expected<json::Value>
aliaslint::mergeSarifInputs(ArrayRef<SarifMergeInput> Ins,
                            std::optional<std::string> Category) {
  auto Cat = category(Ins, std::move(Category));
  if (!Cat)
    return Cat.takeError();
  return assembleSarif(mergeParts(Ins, std::move(*Cat)),
                       DefaultSarifMaxResults);
}

int aliaslint::runMergeSarif(int Argc, const char **Argv) {
  ArrayRef<const char *> Args(Argv + 1, Argv + Argc);
  if (llvm::any_of(Args, [](StringRef A) { return A == "--help" || A == "-h"; })) {
    outs() << Usage;
    return 0;
  }
  auto A = parseArgs(Args);
  if (!A)
    return fail(A.takeError());
  std::vector<InputRun> Ins;
  for (size_t I = 0; I < A->Ins.size(); ++I) {
    auto In = readInput(A->Ins[I]);
    if (!In)
      return fail(In.takeError());
    if (!Ins.empty())
      if (Error E = checkAgree(Ins.front(), *In))
        return fail(std::move(E));
    Ins.push_back(std::move(*In));
  }
  auto Log = mergeSarifInputs(Ins, A->Category);
  if (!Log)
    return fail(Log.takeError());
  // Through a temporary file renamed at the end, as a run's --output.
  if (Error E = writeToOutput(A->Out, [&](raw_ostream &OS) {
        printSarif(OS, *Log);
        return Error::success();
      })) {
    std::error_code EC = errorToErrorCode(std::move(E));
    return fail(createStringError(EC, "cannot write '" + A->Out + "': " +
                                          EC.message()));
  }
  return 0;
}
