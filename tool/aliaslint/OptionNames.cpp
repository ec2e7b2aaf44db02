//===- OptionNames.cpp ----------------------------------------------------===//
#include "OptionNames.h"
#include "Checks.h"
#include "clang-tidy/ClangTidy.h"
#include "llvm/ADT/StringSet.h"

using namespace aliaslint;
using namespace clang::tidy;
using namespace llvm;

/// Every option an aliasing check reads, as the checks store them (what
/// clang-tidy's --verify-config compares with).
static const StringSet<> &knownOptions() {
  static const StringSet<> Known = [] {
    ClangTidyOptions O = ClangTidyOptions::getDefaults();
    O.Checks = "-*,aliasing-*";
    StringSet<> S;
    for (const auto &KV : getCheckOptions(O, false, false))
      S.insert(KV.getKey());
    return S;
  }();
  return Known;
}

/// The registered check that \p Key is an option of, if any.
static std::optional<StringRef> checkOf(StringRef Key) {
  for (const CheckInfo &C : RegisteredChecks)
    if (Key.starts_with(C.Name) && Key.drop_front(C.Name.size()).starts_with("."))
      return StringRef(C.Name);
  return std::nullopt;
}

/// The known option of \p Check nearest to \p Key by edit distance.
static std::string nearest(StringRef Key, StringRef Check) {
  std::string Best;
  unsigned BestDistance = ~0u;
  for (const auto &K : knownOptions()) {
    StringRef Known = K.getKey();
    if (!Known.starts_with(Check))
      continue;
    unsigned D = Key.edit_distance(Known);
    if (D < BestDistance || (D == BestDistance && Known < Best)) {
      BestDistance = D;
      Best = Known.str();
    }
  }
  return Best;
}

/// "line:column" of the first mention of \p Key in \p Text, else "1:1".
static std::string positionOf(StringRef Text, StringRef Key) {
  size_t At = Text.find(Key);
  if (At == StringRef::npos)
    return "1:1";
  StringRef Before = Text.take_front(At);
  size_t LineStart = Before.rfind('\n') + 1; // npos + 1 == 0
  return std::to_string(Before.count('\n') + 1) + ":" +
         std::to_string(At - LineStart + 1);
}

Error aliaslint::checkAliasingOptionNames(const ClangTidyOptions &Parsed,
                                          StringRef Name, StringRef Text) {
  // Sorted, so that of several typos the first reported is the same one
  // every time.
  std::vector<StringRef> Keys;
  for (const auto &KV : Parsed.CheckOptions)
    Keys.push_back(KV.getKey());
  llvm::sort(Keys);
  for (StringRef Key : Keys) {
    std::optional<StringRef> Check = checkOf(Key);
    if (!Check || knownOptions().contains(Key))
      continue;
    std::string Msg = (Name + ":" + positionOf(Text, Key) +
                       ": error: unknown check option '" + Key + "'")
                          .str();
    if (std::string Near = nearest(Key, *Check); !Near.empty())
      Msg += "; did you mean '" + Near + "'";
    return createStringError(inconvertibleErrorCode(), Msg);
  }
  return Error::success();
}
