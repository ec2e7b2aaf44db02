//===- Baseline.cpp -------------------------------------------------------===//
#include "Baseline.h"
#include "Rules.h"
#include "provenance/NestingDepth.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

using namespace aliaslint;
using namespace llvm;

static constexpr int64_t FormatVersion = 1;

static Error malformed(StringRef Path, const Twine &Problem) {
  return createStringError(inconvertibleErrorCode(),
                           "baseline '" + Path + "' is malformed: " + Problem);
}

Expected<Baseline> Baseline::load(StringRef Path) {
  auto Buf = MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buf)
    return createStringError(Buf.getError(), "cannot read baseline '" + Path +
                                                 "': " +
                                                 Buf.getError().message());
  return parse((*Buf)->getBuffer(), Path);
}

Expected<Baseline> Baseline::parse(StringRef Text, StringRef Path) {
  if (Error E = checkNestingDepth(Text, Path, InputSyntax::Json))
    return createStringError(inconvertibleErrorCode(),
                             "cannot read baseline '" + Path + "':\n" +
                                 toString(std::move(E)));
  auto Root = json::parse(Text);
  if (!Root)
    return malformed(Path, toString(Root.takeError()));
  const json::Object *Obj = Root->getAsObject();
  if (!Obj)
    return malformed(Path, "expected a JSON object");
  std::optional<int64_t> Version = Obj->getInteger("version");
  if (!Version || *Version != FormatVersion)
    return malformed(Path, "expected \"version\": " + Twine(FormatVersion));
  const json::Array *Entries = Obj->getArray("findings");
  if (!Entries)
    return malformed(Path, "expected a \"findings\" array");
  Baseline B;
  for (size_t I = 0; I < Entries->size(); ++I) {
    const json::Object *E = (*Entries)[I].getAsObject();
    std::optional<StringRef> FP = E ? E->getString("fingerprint") : std::nullopt;
    if (!FP || FP->empty())
      return malformed(Path, "finding " + Twine(I) +
                                 " has no string \"fingerprint\"");
    B.Fingerprints.insert(*FP);
  }
  return std::move(B);
}

Error aliaslint::writeBaseline(StringRef Path, ArrayRef<Finding> Findings) {
  std::vector<const Finding *> Sorted;
  for (const Finding &F : Findings)
    if (F.isFinding())
      Sorted.push_back(&F);
  // By file and position: a regenerated baseline then diffs like the code.
  llvm::sort(Sorted, [](const Finding *A, const Finding *B) {
    return std::tie(A->RelPath, A->Pos.Offset, A->Fingerprint) <
           std::tie(B->RelPath, B->Pos.Offset, B->Fingerprint);
  });
  // Through a temporary file renamed at the end: an interrupted run leaves
  // the previous baseline whole.
  Error E = writeToOutput(Path, [&](raw_ostream &OS) {
    json::OStream J(OS, /*IndentSize=*/2);
    J.object([&] {
      J.attribute("version", FormatVersion);
      J.attribute("tool", ToolName);
      J.attributeArray("findings", [&] {
        for (const Finding *F : Sorted)
          J.object([&] {
            J.attribute("fingerprint", F->Fingerprint);
            J.attribute("check", F->Diag.DiagnosticName);
            J.attribute("file", F->RelPath);
            J.attribute("message", F->Diag.Message.Message);
            J.attribute("code", F->LineText);
          });
      });
    });
    OS << "\n";
    return Error::success();
  });
  if (E) {
    std::error_code EC = errorToErrorCode(std::move(E));
    return createStringError(EC, "cannot write baseline '" + Path +
                                     "': " + EC.message());
  }
  return Error::success();
}
