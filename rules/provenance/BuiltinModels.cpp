//===- BuiltinModels.cpp - Models compiled into aliaslint -----------------===//
#include "Version.h"
#include "provenance/ApiModel.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/raw_ostream.h"

using namespace aliaslint;

namespace {
struct EmbeddedModel {
  const char *FileName;
  const char *Yaml;
};
const EmbeddedModel Embedded[] = {
#include "BuiltinModels.inc"
};
} // namespace

const ApiModel &ApiModel::builtin() {
  static const ApiModel *Model = [] {
    auto *M = new ApiModel();
    for (const EmbeddedModel &E : Embedded) {
      auto Lib = parse(E.Yaml, (llvm::Twine("<builtin>/") + E.FileName).str());
      // The built-in models are tested; a broken one is a build defect.
      if (!Lib)
        llvm::report_fatal_error(llvm::Twine(llvm::toString(Lib.takeError())));
      M->add(std::move(*Lib));
    }
    return M;
  }();
  return *Model;
}

llvm::Expected<std::shared_ptr<const ApiModel>>
ApiModel::withUserModels(llvm::ArrayRef<llvm::MemoryBufferRef> Files) {
  auto M = std::make_shared<ApiModel>();
  for (const auto &Lib : builtin().libraries())
    M->add(*Lib);
  for (llvm::MemoryBufferRef F : Files) {
    auto Lib = parse(F.getBuffer(), F.getBufferIdentifier());
    if (!Lib)
      return Lib.takeError();
    M->add(std::move(*Lib));
  }
  return std::shared_ptr<const ApiModel>(std::move(M));
}

std::string aliaslint::modelsHash(llvm::ArrayRef<std::string> UserModelFiles) {
  llvm::SHA256 Hash;
  auto Add = [&](llvm::StringRef Part) {
    Hash.update(Part);
    Hash.update(llvm::StringRef("\0", 1));
  };
  for (const EmbeddedModel &E : Embedded) {
    Add(E.FileName);
    Add(E.Yaml);
  }
  for (const std::string &F : UserModelFiles) {
    Add(F);
    if (auto Buf = llvm::MemoryBuffer::getFile(F))
      Add((*Buf)->getBuffer());
  }
  auto Digest = Hash.final();
  return llvm::toHex(llvm::ArrayRef<uint8_t>(Digest).take_front(8),
                     /*LowerCase=*/true);
}

std::string aliaslint::versionLine(llvm::ArrayRef<std::string> UserModelFiles) {
  return ("aliaslint " + AliaslintVersion + " (models " +
          modelsHash(UserModelFiles) + ")")
      .str();
}
