//===- Rules.h - What aliaslint tells about itself and its checks -*- C++ -*-===//
//
// The identity and rule catalogue that machine-readable output (SARIF)
// carries: code-scanning services show these texts beside each finding.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_RULES_H
#define ALIASLINT_TOOL_RULES_H

#include "Version.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace aliaslint {

constexpr llvm::StringLiteral ToolName = "aliaslint";
constexpr llvm::StringLiteral ToolVersion = AliaslintVersion;
/// The README in the published source tree (ALIASLINT_SOURCE_URL, set
/// when building); empty when the build does not know where that is.
std::string toolInformationUri();

struct RuleInfo {
  std::string Id; ///< the check name: aliasing-write-through-view
  std::string ShortDescription;
  std::string FullDescription;
  std::string HelpUri; ///< empty when the rule has no published page
  std::string HelpText;     ///< the page as plain text
  std::string HelpMarkdown; ///< the page itself (GitHub shows this)
};

/// One rule per registered `aliasing-*` check, sorted by id.
std::vector<RuleInfo> aliasingRules();

/// The rule for any diagnostic name, including ones outside the module
/// (`clang-diagnostic-*` when enabled): described generically.
RuleInfo ruleFor(llvm::StringRef Id);

} // namespace aliaslint

#endif
