//===- BaselineFuzzer.cpp - libFuzzer target: --baseline files -----------===//
#include "Baseline.h"
#include <cstdint>

using namespace aliaslint;
using namespace llvm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  StringRef Text(reinterpret_cast<const char *>(Data), Size);
  auto B = Baseline::parse(Text, "fuzz.json");
  if (!B) {
    consumeError(B.takeError());
    return 0;
  }
  (void)B->contains("0123456789abcdef");
  return 0;
}
