//===- Rules.cpp ----------------------------------------------------------===//
#include "Rules.h"
#include "Checks.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/Twine.h"

using namespace aliaslint;
using namespace llvm;

namespace {
std::string pageUri(StringRef Page) {
  return (ToolInformationUri + "/blob/main/" + Page).str();
}
} // namespace

RuleInfo aliaslint::ruleFor(StringRef Id) {
  for (const CheckInfo &C : RegisteredChecks)
    if (Id == C.Name)
      return {Id.str(), C.ShortDescription.str(), C.FullDescription.str(),
              pageUri(C.DocPage)};
  // Not a check of this build (a newer baseline, a renamed check): generic,
  // with the page such a check would have.
  if (StringRef Check = Id; Check.consume_front("aliasing-"))
    return {Id.str(), "Aliasing bug in array code",
            "A finding of the aliaslint check " + Id.str() + ".",
            pageUri(("docs/checks/" + Check + ".md").str())};
  return {Id.str(), Id.str(), "Diagnostic " + Id.str() + ".", ""};
}

std::vector<RuleInfo> aliaslint::aliasingRules() {
  std::vector<RuleInfo> Rules;
  for (const CheckInfo &C : RegisteredChecks)
    Rules.push_back(ruleFor(C.Name));
  llvm::sort(Rules, [](const RuleInfo &A, const RuleInfo &B) { return A.Id < B.Id; });
  return Rules;
}
