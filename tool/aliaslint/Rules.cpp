//===- Rules.cpp ----------------------------------------------------------===//
#include "Rules.h"
#include "Checks.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Path.h"

using namespace aliaslint;
using namespace llvm;

namespace {
constexpr StringLiteral SourceUrl = ALIASLINT_SOURCE_URL;

/// docs/checks/*.md by file name, embedded at build time.
struct EmbeddedPage {
  StringLiteral Name, Text;
};
constexpr EmbeddedPage CheckPages[] = {
#include "CheckDocs.inc"
};

std::string pageUri(StringRef Page) {
  return SourceUrl.empty() ? "" : (SourceUrl + "/" + Page).str();
}

StringRef pageText(StringRef DocPage) {
  StringRef Name = sys::path::filename(DocPage);
  for (const EmbeddedPage &P : CheckPages)
    if (P.Name == Name)
      return P.Text;
  return "";
}

/// The page for readers of plain text: without code fences, heading marks
/// and backquotes, which such a reader would see as noise.
std::string plainText(StringRef Markdown) {
  std::string Out;
  SmallVector<StringRef> Lines;
  Markdown.split(Lines, '\n');
  for (StringRef L : Lines) {
    if (L.starts_with("```"))
      continue;
    if (L.starts_with("#"))
      L = L.ltrim('#').ltrim();
    for (char C : L)
      if (C != '`')
        Out += C;
    Out += '\n';
  }
  return StringRef(Out).trim().str() + "\n";
}

RuleInfo withHelp(RuleInfo R, StringRef Markdown) {
  R.HelpMarkdown = Markdown.str();
  R.HelpText = plainText(Markdown);
  return R;
}
} // namespace

std::string aliaslint::toolInformationUri() { return pageUri("README.md"); }

RuleInfo aliaslint::ruleFor(StringRef Id) {
  for (const CheckInfo &C : RegisteredChecks)
    if (Id == C.Name)
      return withHelp({Id.str(), C.ShortDescription.str(),
                       C.FullDescription.str(), pageUri(C.DocPage)},
                      pageText(C.DocPage));
  // Not a check of this build (a newer baseline, a renamed check): generic,
  // and no page, which this build does not have.
  std::string Full = Id.starts_with("aliasing-")
                         ? "A finding of the aliaslint check " + Id.str() + "."
                         : "Diagnostic " + Id.str() + ".";
  std::string Short =
      Id.starts_with("aliasing-") ? "Aliasing bug in array code" : Id.str();
  return withHelp({Id.str(), Short, Full, ""}, Full);
}

std::vector<RuleInfo> aliaslint::aliasingRules() {
  std::vector<RuleInfo> Rules;
  for (const CheckInfo &C : RegisteredChecks)
    Rules.push_back(ruleFor(C.Name));
  llvm::sort(Rules, [](const RuleInfo &A, const RuleInfo &B) { return A.Id < B.Id; });
  return Rules;
}
