//===- Rules.cpp ----------------------------------------------------------===//
#include "Rules.h"
#include "clang-tidy/ClangTidyModule.h"
#include <algorithm>

using namespace aliaslint;
using namespace llvm;

namespace {
struct Description {
  const char *Id;
  const char *Short;
  const char *Full;
};

// Kept short: code-scanning UIs show the short text as the rule's title and
// the full one on the alert page; the check's page has the details.
const Description Descriptions[] = {
    {"aliasing-write-through-view",
     "Write through a view also modifies the original",
     "A view (often hidden by `auto` or a shallow handle type) is written, "
     "and the array it shares storage with is then read as if unchanged."},
    {"aliasing-lost-write-to-copy", "Write to a copy is lost",
     "A copy (an advanced index, `.clone()`, a view materialised into an "
     "owning type) is written, and the write can never be observed: the "
     "original array is not modified."},
    {"aliasing-const-write-through-view",
     "Write through a view of a const shallow handle",
     "A `const` shallow handle (`const cv::Mat&`, `const at::Tensor&`) is "
     "modified through a view or a second handle: its const is shallow and "
     "does not protect the data."},
    {"aliasing-view-rebind", "Assignment rebinds a view handle",
     "Assignment to a view handle rebinds it instead of writing the "
     "elements it refers to."},
    {"aliasing-stale-snapshot", "Snapshot kept as a view sees later writes",
     "A view, shared handle or lazy expression is kept as \"the old value\", "
     "the original is then mutated, and the snapshot read."},
    {"aliasing-overlapping-assignment",
     "Lazy assignment whose source overlaps its destination",
     "A lazily evaluated assignment reads a source that overlaps the "
     "destination it is writing (`a = a.transpose()`)."},
    {"aliasing-maybe-view-write", "Write through a result that may be a copy",
     "A result that only sometimes aliases its source (`reshape`, "
     "`contiguous`) is written as if the write reached the original."},
    {"aliasing-dangling-view", "View of a temporary outlives it",
     "A view or lazy expression of a temporary is used after the temporary "
     "is destroyed."},
};

std::string helpUri(StringRef Id) {
  if (!Id.consume_front("aliasing-"))
    return "";
  return (ToolInformationUri + "/blob/main/docs/checks/" + Id + ".md").str();
}
} // namespace

RuleInfo aliaslint::ruleFor(StringRef Id) {
  for (const Description &D : Descriptions)
    if (Id == D.Id)
      return {D.Id, D.Short, D.Full, helpUri(Id)};
  if (Id.starts_with("aliasing-"))
    return {Id.str(), "Aliasing bug in array code",
            "A finding of the aliaslint check " + Id.str() + ".", helpUri(Id)};
  return {Id.str(), Id.str(), "Diagnostic " + Id.str() + ".", ""};
}

std::vector<RuleInfo> aliaslint::aliasingRules() {
  // The registry, not the table above, decides which checks exist, so a new
  // check is listed even before it is described here.
  clang::tidy::ClangTidyCheckFactories Factories;
  for (const auto &Entry : clang::tidy::ClangTidyModuleRegistry::entries())
    Entry.instantiate()->addCheckFactories(Factories);
  std::vector<RuleInfo> Rules;
  for (const auto &F : Factories)
    if (F.getKey().starts_with("aliasing-"))
      Rules.push_back(ruleFor(F.getKey()));
  llvm::sort(Rules, [](const RuleInfo &A, const RuleInfo &B) { return A.Id < B.Id; });
  return Rules;
}
