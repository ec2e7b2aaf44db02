//===- Sarif.cpp ----------------------------------------------------------===//
#include "Sarif.h"
#include "Rules.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include <set>
#include <tuple>

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

/// The quoted names in a note's message, in order: 'backup' and 'data' in
/// "'backup' is made a view of 'data' here".
std::vector<StringRef> quotedNames(StringRef Note) {
  std::vector<StringRef> Names;
  for (size_t Open = Note.find('\''); Open != StringRef::npos;) {
    size_t Close = Note.find('\'', Open + 1);
    if (Close == StringRef::npos)
      break;
    Names.push_back(Note.slice(Open, Close + 1));
    Open = Note.find('\'', Close + 1);
  }
  return Names;
}

/// The message with its related locations linked, as SARIF's embedded
/// links `[text](id)`: code scanning shows a result's related locations
/// only through them. A note is linked at the first mention in the message
/// of a name it quotes that no other link took (its first such name), else
/// by a link appended at the end. Literal brackets are escaped, as SARIF
/// asks.
std::string linkedMessage(StringRef Msg, ArrayRef<std::string> Notes) {
  std::map<size_t, std::pair<size_t, size_t>> Links; // offset -> (length, id)
  auto Free = [&](size_t At, size_t Len) {
    auto Next = Links.lower_bound(At);
    if (Next != Links.end() && Next->first < At + Len)
      return false;
    return Next == Links.begin() ||
           std::prev(Next)->first + std::prev(Next)->second.first <= At;
  };
  std::string Unlinked;
  for (size_t I = 0; I < Notes.size(); ++I) {
    size_t At = StringRef::npos, Len = 0;
    for (StringRef Name : quotedNames(Notes[I])) {
      for (At = Msg.find(Name); At != StringRef::npos && !Free(At, Name.size());)
        At = Msg.find(Name, At + 1);
      if (At != StringRef::npos) {
        Len = Name.size();
        break;
      }
    }
    if (At != StringRef::npos) {
      Links[At] = {Len, I + 1};
      continue;
    }
    Unlinked += (Unlinked.empty() ? " (see " : ", ") +
                formatv("[related location {0}]({0})", I + 1).str();
  }
  std::string Out;
  for (size_t I = 0; I < Msg.size();) {
    auto It = Links.find(I);
    if (It == Links.end()) {
      if (Msg[I] == '[' || Msg[I] == ']')
        Out += '\\';
      Out += Msg[I++];
      continue;
    }
    auto [Len, Id] = It->second;
    Out += formatv("[{0}]({1})", Msg.substr(I, Len), Id).str();
    I += Len;
  }
  return Unlinked.empty() ? Out : Out + Unlinked + ")";
}

json::Object ruleObject(const RuleInfo &R) {
  json::Object O{{"id", R.Id},
                 {"shortDescription", json::Object{{"text", R.ShortDescription}}},
                 {"fullDescription", json::Object{{"text", R.FullDescription}}},
                 {"defaultConfiguration", json::Object{{"level", "warning"}}}};
  if (!R.HelpUri.empty())
    O["helpUri"] = R.HelpUri;
  O["help"] = json::Object{{"text", R.HelpText}, {"markdown", R.HelpMarkdown}};
  return O;
}

std::string serialise(const json::Object &O) {
  return formatv("{0}", json::Value(json::Object(O))).str();
}

/// What orders and identifies a result or notification: its first
/// location, rule, message and fingerprint; the whole text breaks ties.
struct SortKey {
  std::string Uri;
  int64_t Line = 0, Column = 0;
  std::string Rule, Message, Fingerprint, Text;

  explicit SortKey(const json::Object &R) : Text(serialise(R)) {
    if (auto Id = R.getString("ruleId"))
      Rule = Id->str();
    else if (const json::Object *D = R.getObject("descriptor"))
      Rule = D->getString("id").value_or("").str();
    if (const json::Object *M = R.getObject("message"))
      Message = M->getString("text").value_or("").str();
    if (const json::Object *FP = R.getObject("partialFingerprints"))
      Fingerprint = FP->getString(FingerprintKey).value_or("").str();
    const json::Array *Locs = R.getArray("locations");
    const json::Object *L = Locs && !Locs->empty() ? Locs->front().getAsObject() : nullptr;
    const json::Object *Phys = L ? L->getObject("physicalLocation") : nullptr;
    if (!Phys)
      return;
    if (const json::Object *A = Phys->getObject("artifactLocation"))
      Uri = (A->getString("uriBaseId").value_or("") + ":" +
             A->getString("uri").value_or(""))
                .str();
    if (const json::Object *Reg = Phys->getObject("region")) {
      Line = Reg->getInteger("startLine").value_or(0);
      Column = Reg->getInteger("startColumn").value_or(0);
    }
  }
  auto identity() const {
    return std::tie(Uri, Line, Column, Rule, Message, Fingerprint);
  }
  bool operator<(const SortKey &O) const {
    return std::tie(Uri, Line, Column, Rule, Message, Fingerprint, Text) <
           std::tie(O.Uri, O.Line, O.Column, O.Rule, O.Message, O.Fingerprint,
                    O.Text);
  }
};

/// Sorted, and without the repeats of one identity (a header's finding
/// that several translation units or shards saw): the first is kept.
std::vector<json::Object> sortUnique(std::vector<json::Object> Items) {
  std::vector<std::pair<SortKey, size_t>> Keys;
  for (size_t I = 0; I < Items.size(); ++I)
    Keys.emplace_back(SortKey(Items[I]), I);
  llvm::sort(Keys, [](const auto &A, const auto &B) { return A.first < B.first; });
  std::vector<json::Object> Out;
  for (size_t I = 0; I < Keys.size(); ++I)
    if (I == 0 || Keys[I].first.identity() != Keys[I - 1].first.identity())
      Out.push_back(std::move(Items[Keys[I].second]));
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

  json::Object result(const Finding &F) {
    RuleIds.insert(F.Diag.DiagnosticName);
    json::Object R{
        {"ruleId", F.Diag.DiagnosticName},
        {"level", level(F)},
        {"locations", json::Array{location(F.Pos, &F.RangeEnd, "")}},
        {"partialFingerprints", json::Object{{FingerprintKey, F.Fingerprint}}}};
    json::Array Related;
    std::vector<std::string> Linked;
    for (const FindingNote &N : F.Notes) {
      if (Related.size() == Opts.MaxLocationsPerResult) {
        errs() << "aliaslint: warning: SARIF: " << F.Notes.size()
               << " notes on the finding at " << F.RelPath << ":" << F.Pos.Line
               << "; only the first " << Opts.MaxLocationsPerResult
               << " are written as related locations\n";
        break;
      }
      json::Object L = location(N.Pos, &N.End, N.Message);
      L["id"] = Related.size() + 1;
      Related.push_back(std::move(L));
      Linked.push_back(N.Message);
    }
    R["message"] =
        json::Object{{"text", linkedMessage(F.Diag.Message.Message, Linked)}};
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
    SarifParts Parts;
    for (const Finding *F : Findings) {
      if (F->ToolError)
        Parts.Notifications.push_back(notification(*F));
      else
        Parts.Results.push_back(result(*F));
    }
    for (const RuleInfo &R : aliasingRules())
      RuleIds.insert(R.Id);
    for (const std::string &Id : RuleIds)
      Parts.Rules[Id] = ruleObject(ruleFor(Id));
    Parts.Driver = json::Object{{"name", ToolName},
                                {"version", ToolVersion},
                                {"semanticVersion", ToolVersion}};
    if (std::string Uri = toolInformationUri(); !Uri.empty())
      Parts.Driver["informationUri"] = Uri;
    if (!Opts.SourceRoot.empty()) {
      std::string Root = Opts.SourceRoot;
      if (!StringRef(Root).ends_with("/"))
        Root += "/";
      Parts.OriginalUriBaseIds = json::Object{
          {RootId, json::Object{{"uri", "file://" + encodePath(Root)}}}};
    }
    Parts.Category = Opts.Category;
    return assembleSarif(std::move(Parts), Opts.MaxResults);
  }

private:
  const SarifOptions &Opts;
  std::set<std::string> RuleIds;
};
} // namespace

json::Value aliaslint::assembleSarif(SarifParts Parts, size_t MaxResults) {
  std::vector<json::Object> Results = sortUnique(std::move(Parts.Results));
  if (Results.size() > MaxResults)
    errs() << "aliaslint: warning: SARIF: " << Results.size()
           << " findings; only the first " << MaxResults
           << " are written (the code-scanning limit per run)\n";
  // Rules by id (std::map), so ruleIndex does not depend on which results
  // a run happened to have first.
  json::Array RuleObjects;
  StringMap<size_t> RuleIndex;
  for (auto &[Id, Rule] : Parts.Rules) {
    RuleIndex[Id] = RuleObjects.size();
    RuleObjects.push_back(std::move(Rule));
  }
  json::Array ResultArray;
  for (json::Object &R : Results) {
    if (ResultArray.size() == MaxResults)
      break;
    auto It = RuleIndex.find(R.getString("ruleId").value_or(""));
    if (It != RuleIndex.end())
      R["ruleIndex"] = It->second;
    ResultArray.push_back(std::move(R));
  }
  json::Array Notifications;
  for (json::Object &N : sortUnique(std::move(Parts.Notifications)))
    Notifications.push_back(std::move(N));
  json::Object Invocation{{"executionSuccessful", Notifications.empty()}};
  if (!Notifications.empty())
    Invocation["toolExecutionNotifications"] = std::move(Notifications);
  json::Object Driver = std::move(Parts.Driver);
  Driver["rules"] = std::move(RuleObjects);
  json::Object Run{{"tool", json::Object{{"driver", std::move(Driver)}}},
                   {"invocations", json::Array{std::move(Invocation)}},
                   {"columnKind", "utf16CodeUnits"},
                   {"results", std::move(ResultArray)}};
  if (!Parts.Category.empty())
    Run["automationDetails"] = json::Object{{"id", Parts.Category}};
  if (Parts.OriginalUriBaseIds)
    Run["originalUriBaseIds"] = std::move(*Parts.OriginalUriBaseIds);
  return json::Object{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                      {"version", "2.1.0"},
                      {"runs", json::Array{std::move(Run)}}};
}

void aliaslint::writeSarif(raw_ostream &OS, ArrayRef<const Finding *> Findings,
                           const SarifOptions &Opts) {
  SarifBuilder B(Opts);
  printSarif(OS, B.log(Findings));
}

void aliaslint::printSarif(raw_ostream &OS, const json::Value &Log) {
  OS << formatv("{0:2}", Log) << "\n";
}
