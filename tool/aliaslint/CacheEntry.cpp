//===- CacheEntry.cpp -----------------------------------------------------===//
#include "CacheEntry.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

using namespace aliaslint;
using namespace clang;
using namespace clang::tidy;
using namespace llvm;

static constexpr StringLiteral Magic = "aliaslint-cache 1 ";

namespace {
/// Fields as `<length>:<bytes>\n`: any byte may occur in a message or a
/// path, and a length read first bounds every later read.
class Writer {
public:
  void str(StringRef S) { OS << S.size() << ':' << S << '\n'; }
  void num(uint64_t N) { str(utostr(N)); }
  std::string take() { return std::move(Body); }

private:
  std::string Body;
  raw_string_ostream OS{Body};
};

class Reader {
public:
  explicit Reader(StringRef Body) : Body(Body) {}

  Error str(std::string &Out) {
    size_t Colon = Body.find(':', Pos);
    uint64_t Len;
    if (Colon == StringRef::npos ||
        Body.slice(Pos, Colon).getAsInteger(10, Len) ||
        Len > Body.size() - Colon - 1 || Colon + 1 + Len >= Body.size() ||
        Body[Colon + 1 + Len] != '\n')
      return fail("malformed field");
    Out = Body.substr(Colon + 1, Len).str();
    Pos = Colon + 2 + Len;
    return Error::success();
  }
  template <typename T> Error num(T &Out, uint64_t Max) {
    std::string S;
    if (Error E = str(S))
      return E;
    uint64_t N;
    if (StringRef(S).getAsInteger(10, N) || N > Max)
      return fail("bad number '" + S + "'");
    Out = static_cast<T>(N);
    return Error::success();
  }
  bool atEnd() const { return Pos == Body.size(); }
  Error fail(const Twine &Why) const {
    return createStringError(inconvertibleErrorCode(),
                             "%s at body byte %zu", Why.str().c_str(), Pos);
  }

private:
  StringRef Body;
  size_t Pos = 0;
};
} // namespace

static void writeMessage(Writer &W, const tooling::DiagnosticMessage &M) {
  W.str(M.Message);
  W.str(M.FilePath);
  W.num(M.FileOffset);
  W.num(M.Fix.size());
  // StringMap order is not fixed; sort so equal entries are equal bytes.
  std::vector<StringRef> Files;
  for (const auto &F : M.Fix)
    Files.push_back(F.getKey());
  llvm::sort(Files);
  for (StringRef File : Files) {
    const tooling::Replacements &Rs = M.Fix.find(File)->second;
    W.str(File);
    W.num(Rs.size());
    for (const tooling::Replacement &R : Rs) {
      W.str(R.getFilePath());
      W.num(R.getOffset());
      W.num(R.getLength());
      W.str(R.getReplacementText());
    }
  }
  W.num(M.Ranges.size());
  for (const tooling::FileByteRange &R : M.Ranges) {
    W.str(R.FilePath);
    W.num(R.FileOffset);
    W.num(R.Length);
  }
}

std::string aliaslint::sealCacheBody(StringRef Body) {
  std::string Out;
  raw_string_ostream OS(Out);
  OS << Magic << format_hex_no_prefix(xxh3_64bits(Body), 16) << ' '
     << Body.size() << '\n'
     << Body;
  return Out;
}

static constexpr StringLiteral ResultKind = "result", ManifestKind = "manifest";

std::string aliaslint::serializeCacheEntry(const CacheEntry &E) {
  Writer W;
  W.str(ResultKind);
  W.str(E.Key);
  W.num(E.Errors.size());
  for (const ClangTidyError &D : E.Errors) {
    W.str(D.DiagnosticName);
    W.num(D.DiagLevel);
    W.str(D.BuildDirectory);
    W.num(D.IsWarningAsError);
    writeMessage(W, D.Message);
    W.num(D.Notes.size());
    for (const tooling::DiagnosticMessage &N : D.Notes)
      writeMessage(W, N);
    W.num(D.EnabledDiagnosticAliases.size());
    for (const std::string &A : D.EnabledDiagnosticAliases)
      W.str(A);
  }
  return sealCacheBody(W.take());
}

std::string aliaslint::serializeManifest(const CacheManifest &M) {
  Writer W;
  W.str(ManifestKind);
  W.str(M.Key);
  W.num(M.Probes.size());
  for (const Probe &P : M.Probes) {
    W.num(P.K);
    W.str(P.Path);
  }
  return sealCacheBody(W.take());
}

/// Counts are bounded by what is left to read: every item takes bytes, so
/// a huge count fails at the first missing item instead of allocating.
static constexpr uint64_t MaxCount = UINT32_MAX;

static Error readFix(Reader &R, tooling::DiagnosticMessage &M) {
  size_t NFiles;
  if (Error E = R.num(NFiles, MaxCount))
    return E;
  for (size_t I = 0; I < NFiles; ++I) {
    std::string File;
    size_t N;
    if (Error E = R.str(File))
      return E;
    if (Error E = R.num(N, MaxCount))
      return E;
    tooling::Replacements &Rs = M.Fix[File];
    for (size_t J = 0; J < N; ++J) {
      std::string Path, Text;
      unsigned Offset, Length;
      if (Error E = R.str(Path))
        return E;
      if (Error E = R.num(Offset, UINT32_MAX))
        return E;
      if (Error E = R.num(Length, UINT32_MAX))
        return E;
      if (Error E = R.str(Text))
        return E;
      if (Error E = Rs.add(tooling::Replacement(Path, Offset, Length, Text))) {
        consumeError(std::move(E));
        return R.fail("conflicting replacements");
      }
    }
  }
  return Error::success();
}

static Error readMessage(Reader &R, tooling::DiagnosticMessage &M) {
  if (Error E = R.str(M.Message))
    return E;
  if (Error E = R.str(M.FilePath))
    return E;
  if (Error E = R.num(M.FileOffset, UINT32_MAX))
    return E;
  if (Error E = readFix(R, M))
    return E;
  size_t NRanges;
  if (Error E = R.num(NRanges, MaxCount))
    return E;
  for (size_t I = 0; I < NRanges; ++I) {
    tooling::FileByteRange B;
    if (Error E = R.str(B.FilePath))
      return E;
    if (Error E = R.num(B.FileOffset, UINT32_MAX))
      return E;
    if (Error E = R.num(B.Length, UINT32_MAX))
      return E;
    M.Ranges.push_back(std::move(B));
  }
  return Error::success();
}

static Error readError(Reader &R, std::vector<ClangTidyError> &Out) {
  std::string Name, BuildDir;
  unsigned Level;
  bool AsError;
  if (Error E = R.str(Name))
    return E;
  if (Error E = R.num(Level, ClangTidyError::Error))
    return E;
  if (Level != ClangTidyError::Remark && Level != ClangTidyError::Warning &&
      Level != ClangTidyError::Error)
    return R.fail("bad diagnostic level");
  if (Error E = R.str(BuildDir))
    return E;
  if (Error E = R.num(AsError, 1))
    return E;
  ClangTidyError D(Name, static_cast<ClangTidyError::Level>(Level), BuildDir,
                   AsError);
  if (Error E = readMessage(R, D.Message))
    return E;
  size_t N;
  if (Error E = R.num(N, MaxCount))
    return E;
  for (size_t I = 0; I < N; ++I)
    if (Error E = readMessage(R, D.Notes.emplace_back()))
      return E;
  if (Error E = R.num(N, MaxCount))
    return E;
  for (size_t I = 0; I < N; ++I)
    if (Error E = R.str(D.EnabledDiagnosticAliases.emplace_back()))
      return E;
  Out.push_back(std::move(D));
  return Error::success();
}

/// The body after checking the header's checksum and length.
static Expected<StringRef> checkedBody(StringRef Data) {
  auto Bad = [](const Twine &Why) {
    return createStringError(inconvertibleErrorCode(), Why.str().c_str());
  };
  if (!Data.consume_front(Magic))
    return Bad("not an aliaslint cache entry (version 1)");
  auto [Header, Body] = Data.split('\n');
  auto [Sum, Len] = Header.split(' ');
  uint64_t Checksum, Length;
  if (Sum.size() != 16 || Sum.getAsInteger(16, Checksum) ||
      Len.getAsInteger(10, Length) || Header.size() == Data.size())
    return Bad("malformed header");
  if (Body.size() != Length)
    return Bad("truncated: " + Twine(Body.size()) + " of " + Twine(Length) +
               " bytes");
  if (xxh3_64bits(Body) != Checksum)
    return Bad("checksum mismatch");
  return Body;
}

/// Checks the header and the kind; the reader is left at the key.
static Error openBody(StringRef Data, StringRef Kind, std::optional<Reader> &R) {
  auto Body = checkedBody(Data);
  if (!Body)
    return Body.takeError();
  R.emplace(*Body);
  std::string Got;
  if (Error E = R->str(Got))
    return E;
  if (Got != Kind)
    return R->fail("a " + Got + " entry where a " + Kind + " was expected");
  return Error::success();
}

Expected<CacheManifest> aliaslint::parseManifest(StringRef Data) {
  std::optional<Reader> R;
  if (Error E = openBody(Data, ManifestKind, R))
    return std::move(E);
  CacheManifest M;
  size_t N;
  if (Error E = R->str(M.Key))
    return std::move(E);
  if (Error E = R->num(N, MaxCount))
    return std::move(E);
  for (size_t I = 0; I < N; ++I) {
    Probe P;
    if (Error E = R->num(P.K, Probe::Last))
      return std::move(E);
    if (Error E = R->str(P.Path))
      return std::move(E);
    M.Probes.push_back(std::move(P));
  }
  if (!R->atEnd())
    return R->fail("trailing bytes");
  return std::move(M);
}

Expected<CacheEntry> aliaslint::parseCacheEntry(StringRef Data) {
  std::optional<Reader> Body;
  if (Error E = openBody(Data, ResultKind, Body))
    return std::move(E);
  Reader &R = *Body;
  CacheEntry Entry;
  size_t N;
  if (Error E = R.str(Entry.Key))
    return std::move(E);
  if (Error E = R.num(N, MaxCount))
    return std::move(E);
  for (size_t I = 0; I < N; ++I)
    if (Error E = readError(R, Entry.Errors))
      return std::move(E);
  if (!R.atEnd())
    return R.fail("trailing bytes");
  return std::move(Entry);
}
