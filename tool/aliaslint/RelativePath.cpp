//===- RelativePath.cpp ---------------------------------------------------===//
#include "RelativePath.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"

using namespace llvm;

std::string aliaslint::relativeTo(StringRef Path, StringRef Root) {
  if (Root.empty() || Path.empty())
    return Path.str();
  SmallString<256> Prefix(Root);
  if (!sys::path::is_separator(Prefix.back()))
    Prefix += sys::path::get_separator();
  if (!Path.starts_with(Prefix))
    return Path.str();
  return Path.drop_front(Prefix.size()).str();
}
