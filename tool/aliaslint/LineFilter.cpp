//===- LineFilter.cpp -----------------------------------------------------===//
#include "LineFilter.h"
#include "provenance/NestingDepth.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/SourceMgr.h"

using namespace aliaslint;
using namespace clang::tidy;
using namespace llvm;

Expected<LineFilter> LineFilter::parse(StringRef Text) {
  if (Error E = checkNestingDepth(Text, "--line-filter", InputSyntax::Json))
    return createStringError(inconvertibleErrorCode(), "invalid --line-filter\n%s",
                             toString(std::move(E)).c_str());
  ClangTidyGlobalOptions Global;
  // clang-tidy's parser, for its exact syntax; it reports the position of a
  // syntax error through LLVM's YAML parser on stderr ("YAML:1:3: error").
  if (std::error_code EC = parseLineFilter(Text, Global))
    return createStringError(EC,
                             "invalid --line-filter: %s; expected e.g. "
                             "'[{\"name\":\"file.cpp\",\"lines\":[[1,3]]}]'",
                             EC.message().c_str());
  LineFilter F;
  F.Filters = std::move(Global.LineFilter);
  return std::move(F);
}

bool LineFilter::passes(const SourcePos &P) const {
  // A diagnostic without a location (a command line's) always passes.
  if (!P.valid())
    return true;
  for (const FileFilter &Filter : Filters) {
    if (!StringRef(P.Path).ends_with(Filter.Name))
      continue;
    return Filter.LineRanges.empty() ||
           llvm::any_of(Filter.LineRanges, [&](const FileFilter::LineRange &R) {
             return R.first <= P.Line && P.Line <= R.second;
           });
  }
  return false;
}

bool LineFilter::passes(const Finding &F) const {
  if (Filters.empty() || F.ToolError)
    return true;
  return passes(F.Pos) || llvm::any_of(F.Notes, [&](const FindingNote &N) {
           return passes(N.Pos);
         });
}
