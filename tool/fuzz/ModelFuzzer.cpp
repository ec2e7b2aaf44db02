//===- ModelFuzzer.cpp - libFuzzer target: API model files ---------------===//
//
// One input is one user model file, read as `--model` reads it
// (ApiModel::parse, which ApiModel::withUserModels calls per file), indexed
// (ApiModel::add) and looked up by the names it declares, so that glob
// compilation and matching run on fuzzed names too. The built-in models are
// not copied in beside it: that is no reader of user text, and it made each
// execution twenty times slower.
//
//===----------------------------------------------------------------------===//
#include "provenance/ApiModel.h"
#include "provenance/ModelCache.h"
#include <cstdint>

using namespace aliaslint;
using namespace llvm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  StringRef Text(reinterpret_cast<const char *>(Data), Size);
  // The ModelFiles option's list syntax, on the same bytes.
  (void)splitModelFiles(Text);
  auto Lib = ApiModel::parse(Text, "fuzz.yaml");
  if (!Lib) {
    consumeError(Lib.takeError());
    return 0;
  }
  ApiModel Model;
  Model.add(std::move(*Lib));
  for (const auto &L : Model.libraries()) {
    for (const TypeEntry &T : L->Types)
      (void)Model.findType(T.Name);
    for (const OpEntry &Op : L->Ops)
      (void)Model.findOp(Op.Name);
    for (const std::string &T : L->OutputParamTypes)
      (void)Model.findOutputParamType(T);
  }
  (void)Model.findOp("fuzz::Array::op");
  (void)Model.findHeaderOwner("/usr/include/fuzz/array.h");
  return 0;
}
