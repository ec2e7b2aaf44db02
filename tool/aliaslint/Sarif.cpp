//===- Sarif.cpp ----------------------------------------------------------===//
#include "Sarif.h"
#include "Rules.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

using namespace aliaslint;
using namespace llvm;

namespace {
constexpr StringLiteral RootId = "%SRCROOT%";

/// Percent-encodes a path for a URI, keeping '/' as the separator.
std::string encodePath(StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (isAlnum(C) || C == '/' || C == '-' || C == '.' || C == '_' || C == '~')
      Out += C;
    else
      Out += "%" + utohexstr(C, /*LowerCase=*/false, /*Width=*/2);
  }
  return Out;
}

class SarifBuilder {
public:
  explicit SarifBuilder(const SarifOptions &Opts) : Opts(Opts) {}

  json::Object artifactLocation(StringRef AbsPath) const {
    std::string Rel = relativeTo(AbsPath, Opts.SourceRoot);
    if (Rel != AbsPath)
      return json::Object{{"uri", encodePath(Rel)}, {"uriBaseId", RootId}};
    return json::Object{{"uri", "file://" + encodePath(AbsPath)}};
  }

  json::Object region(const SourcePos &Begin, const SourcePos *End) const {
    json::Object R{{"startLine", Begin.Line}, {"startColumn", Begin.Utf16Column}};
    if (End && End->valid()) {
      R["endLine"] = End->Line;
      R["endColumn"] = End->Utf16Column;
    }
    return R;
  }

  /// A location; just the message when the diagnostic has no file.
  json::Object location(const SourcePos &Pos, const SourcePos *End,
                        StringRef Message) const {
    json::Object L;
    if (Pos.valid())
      L["physicalLocation"] = json::Object{
          {"artifactLocation", artifactLocation(Pos.Path)},
          {"region", region(Pos, End)}};
    if (!Message.empty())
      L["message"] = json::Object{{"text", Message}};
    return L;
  }

  json::Array fixes(const Finding &F) const {
    // One fix of all the fix-it's replacements, grouped by file in order.
    json::Array Changes;
    StringMap<size_t> ChangeOf;
    for (const FindingEdit &E : F.Fixes) {
      if (!E.Begin.valid() || !E.End.valid())
        continue;
      auto [It, New] = ChangeOf.try_emplace(E.Begin.Path, Changes.size());
      if (New)
        Changes.push_back(json::Object{
            {"artifactLocation", artifactLocation(E.Begin.Path)},
            {"replacements", json::Array()}});
      json::Object Deleted = region(E.Begin, &E.End);
      // Byte offsets too: exact for tools that apply the fix.
      Deleted["byteOffset"] = E.Begin.Offset;
      Deleted["byteLength"] = E.End.Offset - E.Begin.Offset;
      Changes[It->second].getAsObject()->getArray("replacements")->push_back(
          json::Object{{"deletedRegion", std::move(Deleted)},
                       {"insertedContent", json::Object{{"text", E.Text}}}});
    }
    json::Array Fixes;
    if (!Changes.empty())
      Fixes.push_back(json::Object{
          {"description", json::Object{{"text", "Apply the suggested fix-it"}}},
          {"artifactChanges", std::move(Changes)}});
    return Fixes;
  }

  static StringRef level(const Finding &F) {
    if (F.Diag.IsWarningAsError ||
        F.Diag.DiagLevel == clang::tidy::ClangTidyError::Error)
      return "error";
    if (F.Diag.DiagLevel == clang::tidy::ClangTidyError::Remark)
      return "note";
    return "warning";
  }

  size_t ruleIndex(StringRef Id) {
    auto [It, New] = RuleIndex.try_emplace(Id, Rules.size());
    if (New)
      Rules.push_back(ruleFor(Id));
    return It->second;
  }

  json::Object result(const Finding &F) {
    json::Object R{
        {"ruleId", F.Diag.DiagnosticName},
        {"ruleIndex", ruleIndex(F.Diag.DiagnosticName)},
        {"level", level(F)},
        {"message", json::Object{{"text", F.Diag.Message.Message}}},
        {"locations", json::Array{location(F.Pos, &F.RangeEnd, "")}},
        {"partialFingerprints", json::Object{{FingerprintKey, F.Fingerprint}}}};
    json::Array Related;
    for (const FindingNote &N : F.Notes) {
      if (Related.size() == Opts.MaxLocationsPerResult) {
        errs() << "aliaslint: warning: SARIF: " << F.Notes.size()
               << " notes on the finding at " << F.RelPath << ":" << F.Pos.Line
               << "; only the first " << Opts.MaxLocationsPerResult
               << " are written as related locations\n";
        break;
      }
      json::Object L = location(N.Pos, nullptr, N.Message);
      L["id"] = Related.size() + 1;
      Related.push_back(std::move(L));
    }
    if (!Related.empty())
      R["relatedLocations"] = std::move(Related);
    json::Array Fixes = fixes(F);
    if (!Fixes.empty())
      R["fixes"] = std::move(Fixes);
    return R;
  }

  json::Object notification(const Finding &F) const {
    json::Object N{{"level", "error"},
                   {"message", json::Object{{"text", F.Diag.Message.Message}}},
                   {"descriptor", json::Object{{"id", F.Diag.DiagnosticName}}}};
    if (F.Pos.valid())
      N["locations"] = json::Array{location(F.Pos, nullptr, "")};
    return N;
  }

  json::Value log(ArrayRef<const Finding *> Findings) {
    for (const RuleInfo &R : aliasingRules())
      ruleIndex(R.Id);
    size_t Total = 0;
    for (const Finding *F : Findings)
      Total += !F->ToolError;
    if (Total > Opts.MaxResults)
      errs() << "aliaslint: warning: SARIF: " << Total
             << " findings; only the first " << Opts.MaxResults
             << " are written (the code-scanning limit per run)\n";
    json::Array Results, Notifications;
    for (const Finding *F : Findings) {
      if (F->ToolError)
        Notifications.push_back(notification(*F));
      else if (Results.size() < Opts.MaxResults)
        Results.push_back(result(*F));
    }
    json::Array RuleObjects;
    for (const RuleInfo &R : Rules) {
      json::Object O{
          {"id", R.Id},
          {"shortDescription", json::Object{{"text", R.ShortDescription}}},
          {"fullDescription", json::Object{{"text", R.FullDescription}}},
          {"defaultConfiguration", json::Object{{"level", "warning"}}}};
      if (!R.HelpUri.empty())
        O["helpUri"] = R.HelpUri;
      RuleObjects.push_back(std::move(O));
    }
    bool Success = Notifications.empty();
    json::Object Invocation{{"executionSuccessful", Success}};
    if (!Notifications.empty())
      Invocation["toolExecutionNotifications"] = std::move(Notifications);
    json::Object Run{
        {"tool",
         json::Object{{"driver", json::Object{{"name", ToolName},
                                               {"version", ToolVersion},
                                               {"semanticVersion", ToolVersion},
                                               {"informationUri", ToolInformationUri},
                                               {"rules", std::move(RuleObjects)}}}}},
        {"invocations", json::Array{std::move(Invocation)}},
        {"columnKind", "utf16CodeUnits"},
        {"results", std::move(Results)}};
    if (!Opts.Category.empty())
      Run["automationDetails"] = json::Object{{"id", Opts.Category}};
    if (!Opts.SourceRoot.empty()) {
      std::string Root = Opts.SourceRoot;
      if (!StringRef(Root).ends_with("/"))
        Root += "/";
      Run["originalUriBaseIds"] = json::Object{
          {RootId, json::Object{{"uri", "file://" + encodePath(Root)}}}};
    }
    return json::Object{
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs", json::Array{std::move(Run)}}};
  }

private:
  const SarifOptions &Opts;
  std::vector<RuleInfo> Rules;
  StringMap<size_t> RuleIndex;
};
} // namespace

void aliaslint::writeSarif(raw_ostream &OS, ArrayRef<const Finding *> Findings,
                           const SarifOptions &Opts) {
  SarifBuilder B(Opts);
  OS << formatv("{0:2}", B.log(Findings)) << "\n";
}
