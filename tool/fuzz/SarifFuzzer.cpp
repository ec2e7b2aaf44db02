//===- SarifFuzzer.cpp - libFuzzer target: merge-sarif's input logs ------===//
//
// One input is one SARIF log as `aliaslint merge-sarif` reads a shard's:
// parsed and checked by parseSarifMergeInput, then, if it is one, merged
// (alone, the way a one-shard merge does) and printed.
//
//===----------------------------------------------------------------------===//
#include "MergeSarif.h"
#include "Sarif.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>

using namespace aliaslint;
using namespace llvm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  StringRef Text(reinterpret_cast<const char *>(Data), Size);
  auto In = parseSarifMergeInput("fuzz.sarif", Text);
  if (!In) {
    consumeError(In.takeError());
    return 0;
  }
  auto Log = mergeSarifInputs(ArrayRef(*In), std::nullopt);
  if (!Log) {
    consumeError(Log.takeError());
    return 0;
  }
  std::string Out;
  raw_string_ostream OS(Out);
  printSarif(OS, *Log);
  return 0;
}
