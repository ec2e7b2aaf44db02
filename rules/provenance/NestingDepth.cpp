//===- NestingDepth.cpp ---------------------------------------------------===//
#include "provenance/NestingDepth.h"
#include "llvm/ADT/StringExtras.h"
#include <optional>

using namespace aliaslint;
using namespace llvm;

namespace {
/// Scans one file; keeps the line number for the error.
class NestingScanner {
public:
  NestingScanner(StringRef Text, bool Yaml) : Text(Text), Yaml(Yaml) {}

  /// The line at which the nesting first exceeds the limit, if it does.
  std::optional<unsigned> tooDeepAt() {
    unsigned Flow = 0; // open brackets and braces
    for (; I < Text.size(); ++I) {
      if (AtLineStart) {
        AtLineStart = false;
        if (Yaml && blockIndentTooDeep())
          return Line;
        if (I == Text.size())
          break;
      }
      char C = Text[I];
      if (C == '\n') {
        ++Line;
        AtLineStart = true;
        continue;
      }
      if (startsString(C)) {
        skipString(C);
        continue;
      }
      if (Yaml && C == '#' && (I == 0 || isSpace(Text[I - 1]))) {
        I = std::min(Text.find('\n', I), Text.size()) - 1;
        continue;
      }
      if (C == '[' || C == '{') {
        if (++Flow > MaxInputNesting)
          return Line;
      } else if ((C == ']' || C == '}') && Flow) {
        --Flow;
      }
    }
    return std::nullopt;
  }

private:
  /// YAML block structure nests by indentation; each `- ` or `? ` of a
  /// compact sequence or mapping counts as its two columns. Leaves I on the
  /// line's first other character.
  bool blockIndentTooDeep() {
    unsigned Column = 0;
    while (I < Text.size()) {
      char C = Text[I];
      bool Indicator = (C == '-' || C == '?') && I + 1 < Text.size() &&
                       Text[I + 1] == ' ';
      if (C != ' ' && !Indicator)
        break;
      Column += Indicator ? 2 : 1;
      I += Indicator ? 2 : 1;
      if (Column > MaxInputNesting)
        return true;
    }
    return false;
  }

  /// JSON strings are always quoted; in YAML a quote opens a string only
  /// where a scalar may start (not the apostrophe of `don't`).
  bool startsString(char C) const {
    if (C != '"' && !(Yaml && C == '\''))
      return false;
    if (!Yaml)
      return true;
    size_t P = Text.find_last_not_of(" \t", I); // before I
    return P == StringRef::npos || Text[P] == '\n' ||
           StringRef(":[{,-?").contains(Text[P]);
  }

  /// Leaves I on the closing quote (or at the end of an unterminated one,
  /// which the parser then reports).
  void skipString(char Quote) {
    for (++I; I < Text.size(); ++I) {
      char C = Text[I];
      if (C == '\n')
        ++Line;
      else if (C == '\\' && Quote == '"')
        ++I; // an escaped character, perhaps a quote
      else if (C == Quote)
        return;
    }
  }

  StringRef Text;
  bool Yaml;
  size_t I = 0;
  unsigned Line = 1;
  bool AtLineStart = true;
};
} // namespace

Error aliaslint::checkNestingDepth(StringRef Text, StringRef Name,
                                   InputSyntax Syntax) {
  std::optional<unsigned> Line =
      NestingScanner(Text, Syntax == InputSyntax::Yaml).tooDeepAt();
  if (!Line)
    return Error::success();
  return createStringError(
      inconvertibleErrorCode(),
      "%s:%u: error: nested too deeply: more than %u levels of brackets or "
      "indentation\n",
      Name.str().c_str(), *Line, MaxInputNesting);
}
