//===- ApiModel.cpp - Reading and indexing API models ---------------------===//
#include "provenance/ApiModel.h"
#include "provenance/NestingDepth.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"

using namespace aliaslint;

#include "provenance/ModelScalars.inc"

namespace {
/// A qualified C++ name, optionally with `*` in its last component for op
/// globs: `at::Tensor::slice`, `at::Tensor::*_`, `cv::operator+=`.
bool isValidName(llvm::StringRef Name, bool AllowGlob) {
  static const llvm::Regex Ident(
      "^(::)?([A-Za-z_*][A-Za-z0-9_*]*::)*"
      "([A-Za-z_*][A-Za-z0-9_*]*|operator(\\(\\)|\\[\\]|[-+*/%^&|~!=<>,]+))$");
  if (!Ident.match(Name))
    return false;
  return AllowGlob || !Name.contains('*');
}
} // namespace

namespace {
/// The context of a parse: the text, to turn node positions into lines.
struct ParseContext {
  llvm::StringRef Yaml;
};

/// Records where the entry being read starts, for messages about it.
void recordPosition(llvm::yaml::IO &IO, EntryUse &Use) {
  auto *Ctx = static_cast<ParseContext *>(IO.getContext());
  if (IO.outputting() || !Ctx)
    return;
  const llvm::yaml::Node *N = static_cast<llvm::yaml::Input &>(IO).getCurrentNode();
  if (!N)
    return;
  const char *At = N->getSourceRange().Start.getPointer();
  if (At < Ctx->Yaml.begin() || At > Ctx->Yaml.end())
    return;
  llvm::StringRef Before = Ctx->Yaml.take_front(At - Ctx->Yaml.begin());
  Use.Line = Before.count('\n') + 1;
  size_t LineStart = Before.rfind('\n');
  Use.Column = Before.size() - (LineStart == llvm::StringRef::npos ? 0 : LineStart + 1) + 1;
}
} // namespace

namespace llvm::yaml {

template <> struct ScalarEnumerationTraits<OpEntry::ContentsUse> {
  static void enumeration(IO &IO, OpEntry::ContentsUse &U) {
    IO.enumCase(U, "none", OpEntry::ContentsUse::None);
    IO.enumCase(U, "element", OpEntry::ContentsUse::Element);
    IO.enumCase(U, "replaced", OpEntry::ContentsUse::Replaced);
  }
};

template <> struct MappingTraits<TypeEntry::StorageOrderArg> {
  static void mapping(IO &IO, TypeEntry::StorageOrderArg &S) {
    IO.mapOptional("options", S.Options, -1);
    IO.mapOptional("row-major-bit", S.RowMajorBit, uint64_t(0));
    IO.mapOptional("of", S.Of, -1);
  }
  static std::string validate(IO &, TypeEntry::StorageOrderArg &S) {
    if ((S.Options >= 0) == (S.Of >= 0))
      return "'storage-order' needs either 'options' and 'row-major-bit', or 'of'";
    if (S.Options >= 0 && S.RowMajorBit == 0)
      return "'storage-order' with 'options' needs a nonzero 'row-major-bit'";
    return {};
  }
};

template <> struct MappingTraits<TypeEntry> {
  static void mapping(IO &IO, TypeEntry &T) {
    recordPosition(IO, T.Use);
    IO.mapRequired("name", T.Name);
    IO.mapRequired("kind", T.Kind);
    AssignMode Assign{false}, Rvalue{false};
    std::optional<AssignMode> RvalueOpt;
    IO.mapOptional("assign", Assign, AssignMode{false});
    IO.mapOptional("rvalue-assign", RvalueOpt);
    T.AssignRebinds = Assign.Yes;
    Rvalue = RvalueOpt.value_or(Assign);
    T.RvalueAssignWrites = !Rvalue.Yes;
    LazyAssign Lazy;
    IO.mapOptional("assign-lazy", Lazy, LazyAssign{false});
    T.LazyAssignIsOutput = Lazy.AsOutput;
    T.LazyAssignIsTemporary = Lazy.ThroughTemporary;
    AccessBits Access;
    IO.mapOptional("access", Access, AccessElementwise);
    T.Access = Access;
    ConstForm Const;
    IO.mapOptional("const-form", Const, ConstForm{false});
    T.ConstFormMayCopy = Const.Yes;
    std::vector<Operand> Extents;
    IO.mapOptional("extents", Extents);
    for (const Operand &O : Extents)
      T.StaticExtents.push_back(O.Index);
    IO.mapOptional("storage-order", T.StorageOrder);
  }
  static std::string validate(IO &, TypeEntry &T) {
    if (!isValidName(T.Name, /*AllowGlob=*/false))
      return "type name '" + T.Name + "' is not a qualified C++ name";
    if (llvm::is_contained(T.StaticExtents, ThisOperand))
      return "'extents' names template arguments (0, 1, ...)";
    return {};
  }
};

template <> struct MappingTraits<IndexRule> {
  static void mapping(IO &IO, IndexRule &R) {
    IO.mapRequired("arg", R.Arg);
    IO.mapRequired("advanced-types", R.AdvancedTypes);
    IO.mapOptional("advanced", R.Advanced, ResultRel::Copy);
    IO.mapOptional("put", R.PutMethod);
    IO.mapOptional("zero-dim-producers", R.ZeroDimProducers);
  }
};

template <> struct MappingTraits<BlockArgs> {
  static void mapping(IO &IO, BlockArgs &B) {
    std::vector<BlockBound> Start, Size;
    IO.mapOptional("start", Start);
    IO.mapOptional("size", Size);
    IO.mapOptional("from-end", B.FromEnd, false);
    IO.mapOptional("template-size", B.TemplateSize);
    std::optional<Operand> Slices;
    IO.mapOptional("slices", Slices);
    if (Slices)
      B.Slices = Slices->Index;
    for (const BlockBound &O : Start)
      B.Start.push_back(O.Index);
    for (const BlockBound &O : Size)
      B.Size.push_back(O.Index);
  }
  static std::string validate(IO &, BlockArgs &B) {
    if (B.Slices)
      return *B.Slices == ThisOperand || !B.Start.empty() || !B.Size.empty()
                 ? "'block': 'slices' names the first slice argument, instead "
                   "of 'start' and 'size'"
                 : "";
    if (B.Size.empty() || (!B.Start.empty() && B.Start.size() != B.Size.size()))
      return "'block' needs one 'size' argument per dimension, and as many "
             "'start' arguments, if any";
    if (llvm::any_of(B.Start, [](int I) { return I == BlockOne || I == BlockAll; }) ||
        llvm::any_of(B.Size, [](int I) { return I == BlockFirst || I == BlockLast; }))
      return "'block': a start is an argument, first or last, a size an "
             "argument, one or all";
    if (B.FromEnd && !B.Start.empty())
      return "'block': a block 'from-end' has no 'start'";
    if (!B.TemplateSize.empty() &&
        (B.TemplateSize.size() != B.Size.size() ||
         llvm::any_of(B.TemplateSize, [](int I) { return I < 0; })))
      return "'block': 'template-size' names one template argument (0, 1, "
             "...) per dimension";
    return {};
  }
};

template <> struct MappingTraits<SliceArgs> {
  static void mapping(IO &IO, SliceArgs &S) {
    std::optional<Operand> Start, Stop;
    IO.mapOptional("start", Start);
    IO.mapOptional("stop", Stop);
    if (Start)
      S.Start = Start->Index;
    if (Stop)
      S.Stop = Stop->Index;
  }
  static std::string validate(IO &, SliceArgs &S) {
    if (S.Start == ThisOperand || S.Stop == ThisOperand)
      return "'slice' names arguments (0, 1, ...), not 'this'";
    return {};
  }
};

template <> struct MappingTraits<OpEntry> {
  static void mapping(IO &IO, OpEntry &O) {
    recordPosition(IO, O.Use);
    IO.mapRequired("name", O.Name);
    IO.mapOptional("result", O.Result, ResultRel::Unknown);
    Operand Src;
    IO.mapOptional("source", Src, Operand{ThisOperand});
    O.Source = Src.Index;
    // Keys naming operands: lists (`writes: [this, 0]`) and single ones.
    auto Operands = [&IO](const char *Key, std::vector<int> &Out) {
      std::vector<Operand> List;
      IO.mapOptional(Key, List);
      for (const Operand &K : List)
        Out.push_back(K.Index);
    };
    auto OneOperand = [&IO](const char *Key, std::optional<int> &Out) {
      std::optional<Operand> K;
      IO.mapOptional(Key, K);
      if (K)
        Out = K->Index;
    };
    Operands("writes", O.Writes);
    Operands("reallocates", O.Reallocates);
    Operands("releases", O.Releases);
    OneOperand("assigns", O.Assigns);
    IO.mapOptional("index", O.Index);
    AccessBits Access;
    IO.mapOptional("access", Access, AccessElementwise);
    O.Access = Access;
    IO.mapOptional("in-place", O.InPlace);
    IO.mapOptional("block", O.Block);
    IO.mapOptional("slice", O.Slice);
    std::optional<ExtentDim> Extent;
    IO.mapOptional("extent", Extent);
    if (Extent)
      O.Extent = Extent->Dim;
    Operands("keeps-product", O.KeepsProduct);
    IO.mapOptional("alias", O.Alias);
    IO.mapOptional("depends-on", O.DependsOn, std::string("layout"));
    Operands("invokes", O.Invokes);
    Operands("stores", O.Stores);
    IO.mapOptional("contents", O.Contents, OpEntry::ContentsUse::None);
    OneOperand("copy-flag", O.CopyFlag);
  }
  static std::string validate(IO &IO, OpEntry &O) {
    // A key that failed to parse left its field at a default that would be
    // reported again here, as a second, misleading error.
    if (IO.error())
      return {};
    // Wildcards alone (`*`, `::*::*`) would model every function.
    if (llvm::StringRef(O.Name).find_first_not_of("*:") == llvm::StringRef::npos)
      return "operation name '" + O.Name + "' would match every function";
    if (!isValidName(O.Name, /*AllowGlob=*/true))
      return "operation name '" + O.Name + "' is not a qualified C++ name";
    if (O.Result == ResultRel::Unknown && O.Writes.empty() &&
        O.Reallocates.empty() && O.Releases.empty() && O.Access == AccessElementwise &&
        !O.Slice && O.KeepsProduct.empty() && !O.CopyFlag && O.Invokes.empty() &&
        O.Stores.empty() && O.Contents == OpEntry::ContentsUse::None)
      return "operation '" + O.Name + "' says neither 'result' nor 'writes'";
    if (!O.InPlace.empty() && O.InPlace.find("{0}") == std::string::npos)
      return "operation '" + O.Name +
             "': 'in-place' must contain {0} where the object goes";
    if (!O.Alias.empty() &&
        (O.Result != ResultRel::MaybeView || !isValidName(O.Alias, false) ||
         O.Alias.find("::") != std::string::npos))
      return "operation '" + O.Name +
             "': 'alias' names the method that always returns a view, for a "
             "'maybe-view' result";
    if (O.DependsOn != "layout" && O.Result != ResultRel::MaybeView)
      return "operation '" + O.Name +
             "': 'depends-on' says what decides a 'maybe-view' result";
    if (llvm::is_contained(O.Invokes, ThisOperand))
      return "operation '" + O.Name + "': 'invokes' names the arguments it calls";
    if (O.CopyFlag && *O.CopyFlag == ThisOperand)
      return "operation '" + O.Name +
             "': 'copy-flag' names the constructor argument saying whether "
             "the elements are copied";
    if (O.Assigns && (*O.Assigns == ThisOperand || O.Writes.empty()))
      return "operation '" + O.Name +
             "': 'assigns' names the argument written into its 'writes' operands";
    return {};
  }
};

template <> struct MappingTraits<LibraryModel> {
  static void mapping(IO &IO, LibraryModel &L) {
    IO.mapRequired("library", L.Name);
    IO.mapOptional("copy", L.CopySpelling);
    IO.mapOptional("copy-into", L.CopyIntoSpelling);
    IO.mapOptional("const-is-promise", L.ConstIsPromise, false);
    RvalueOperands Rvalues;
    IO.mapOptional("rvalue-operands", Rvalues, RvalueOperands{false});
    L.RvalueOperandsByValue = Rvalues.Yes;
    IO.mapOptional("types", L.Types);
    IO.mapOptional("output-parameter-types", L.OutputParamTypes);
    IO.mapOptional("operations", L.Ops);
    std::vector<HeaderGlob> Headers;
    IO.mapOptional("headers", Headers);
    for (HeaderGlob &H : Headers)
      L.Headers.push_back(std::move(H.Text));
  }
  static std::string validate(IO &IO, LibraryModel &L) {
    // With no document (an empty file, comments only, `~`) yaml::Input has
    // no node to put an error at, and LLVM 22 dereferences the null node
    // (found by tool/fuzz/ModelFuzzer.cpp); the missing `library` key has
    // already failed the parse: ApiModel::parse says what is wrong.
    if (IO.error())
      return {};
    // Diagnostics and fix-its name the library: it must have a name.
    if (llvm::StringRef(L.Name).trim().empty())
      return "'library' must name the library";
    if (!L.CopySpelling.empty() &&
        L.CopySpelling.find("{0}") == std::string::npos)
      return "'copy' must contain {0} where the copied expression goes";
    if (!L.CopyIntoSpelling.empty() &&
        (L.CopyIntoSpelling.find("{0}") == std::string::npos ||
         L.CopyIntoSpelling.find("{1}") == std::string::npos))
      return "'copy-into' must contain {0} (the destination) and {1} (the "
             "source)";
    for (const std::string &T : L.OutputParamTypes)
      if (!isValidName(T, false))
        return "output parameter type '" + T + "' is not a qualified C++ name";
    return {};
  }
};

} // namespace llvm::yaml

/// The start of the line that opens the second document: a `---` after
/// some content, or the first content after a `...`. (yaml::Input knows
/// there is one, but its root node of a block mapping has no location.)
static const char *secondDocumentStart(llvm::StringRef Yaml) {
  bool Content = false, Ended = false;
  for (llvm::StringRef Rest = Yaml; !Rest.empty();) {
    auto [Line, Next] = Rest.split('\n');
    llvm::StringRef Trimmed = Line.rtrim();
    bool Marker = Trimmed == "---" || Trimmed.starts_with("--- ");
    bool Blank = Trimmed.ltrim().empty() || Trimmed.ltrim().starts_with("#");
    if ((Marker && Content) || (Ended && !Blank))
      return Line.data();
    Ended |= Trimmed == "...";
    Content |= !Marker && !Blank && !Ended;
    Rest = Next;
  }
  return Yaml.data();
}

static void reportSecondDocument(llvm::StringRef Yaml, llvm::StringRef FileName,
                                 llvm::raw_ostream &OS) {
  llvm::SourceMgr SM;
  SM.AddNewSourceBuffer(llvm::MemoryBuffer::getMemBuffer(Yaml, FileName, false),
                        llvm::SMLoc());
  SM.PrintMessage(OS, llvm::SMLoc::getFromPointer(secondDocumentStart(Yaml)),
                  llvm::SourceMgr::DK_Error,
                  "an API model file holds one document; this second one "
                  "would be ignored",
                  {}, {}, /*ShowColors=*/false);
}

llvm::Expected<LibraryModel> ApiModel::parse(llvm::StringRef Yaml,
                                             llvm::StringRef FileName) {
  std::string Errors;
  llvm::raw_string_ostream ErrOS(Errors);
  auto Handler = [](const llvm::SMDiagnostic &D, void *Ctx) {
    D.print(nullptr, *static_cast<llvm::raw_string_ostream *>(Ctx),
            /*ShowColors=*/false);
  };
  if (llvm::Error E = checkNestingDepth(Yaml, FileName, InputSyntax::Yaml))
    return std::move(E);
  LibraryModel Lib;
  {
    ParseContext Ctx{Yaml};
    llvm::yaml::Input In(llvm::MemoryBufferRef(Yaml, FileName), &Ctx,
                         Handler, &ErrOS);
    In >> Lib;
    // A second document would be ignored silently: say where it starts.
    if (!In.error() && Errors.empty() && In.nextDocument())
      reportSecondDocument(Yaml, FileName, ErrOS);
    if (In.error() || !Errors.empty()) {
      // No message: the stream held no document (see validate above).
      if (Errors.empty())
        Errors = (FileName + (Lib.Name.empty()
                                  ? ": error: empty API model: expected a "
                                    "mapping with a 'library' key\n"
                                  : ": error: not a valid API model\n"))
                     .str();
      return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s",
                                     Errors.c_str());
    }
  }
  Lib.SourceFile = FileName.str();
  return Lib;
}

void ApiModel::add(LibraryModel Lib) {
  Libraries.push_back(std::make_unique<LibraryModel>(std::move(Lib)));
  const LibraryModel *L = Libraries.back().get();
  for (const TypeEntry &T : L->Types)
    TypesByName[llvm::StringRef(T.Name).ltrim(':')] = TypeMatch{&T, L};
  for (const OpEntry &O : L->Ops) {
    if (llvm::StringRef(O.Name).contains('*')) {
      // Names were validated: the pattern has no brackets to reject.
      if (auto P = llvm::GlobPattern::create(llvm::StringRef(O.Name).ltrim(':')))
        GlobOps.emplace_back(std::move(*P), OpMatch{&O, L});
      else
        llvm::consumeError(P.takeError());
    }
    else
      OpsByName[llvm::StringRef(O.Name).ltrim(':')] = OpMatch{&O, L};
  }
  for (const std::string &T : L->OutputParamTypes)
    OutputTypes[llvm::StringRef(T).ltrim(':')] = L;
  for (const std::string &H : L->Headers) {
    // Validated by the parser; a model built in code may still be wrong.
    if (auto P = llvm::GlobPattern::create(H))
      HeaderGlobs.emplace_back(std::move(*P), L);
    else
      llvm::consumeError(P.takeError());
  }
}

const LibraryModel *ApiModel::findHeaderOwner(llvm::StringRef Path) const {
  for (const auto &[Pattern, L] : HeaderGlobs)
    if (Pattern.match(Path))
      return L;
  return nullptr;
}

std::optional<ApiModel::TypeMatch>
ApiModel::findType(llvm::StringRef Name) const {
  auto It = TypesByName.find(Name);
  if (It == TypesByName.end())
    return std::nullopt;
  It->second.Type->Use.mark();
  return It->second;
}

std::optional<ApiModel::OpMatch> ApiModel::findOp(llvm::StringRef Name) const {
  auto It = OpsByName.find(Name);
  if (It != OpsByName.end()) {
    It->second.Op->Use.mark();
    return It->second;
  }
  // The last wildcard entry added wins, as a later exact entry replaces an
  // earlier one: a user's file overrides the built-in models.
  for (const auto &[Pattern, M] : llvm::reverse(GlobOps))
    if (Pattern.match(Name)) {
      M.Op->Use.mark();
      return M;
    }
  return std::nullopt;
}

const LibraryModel *
ApiModel::findOutputParamType(llvm::StringRef Name) const {
  auto It = OutputTypes.find(Name);
  return It == OutputTypes.end() ? nullptr : It->second;
}

llvm::StringRef aliaslint::toString(ResultRel R) {
  switch (R) {
  case ResultRel::Unknown: return "unknown";
  case ResultRel::Same: return "same";
  case ResultRel::View: return "view";
  case ResultRel::MaybeView: return "maybe-view";
  case ResultRel::Copy: return "copy";
  case ResultRel::Lazy: return "lazy";
  case ResultRel::Fresh: return "fresh";
  case ResultRel::Metadata: return "metadata";
  }
  return "unknown";
}

std::string aliaslint::accessToString(uint8_t A) {
  static const std::pair<uint8_t, const char *> Names[] = {
      {AccessTransposed, "transposed"}, {AccessReversed, "reversed"},
      {AccessBlock, "block"},           {AccessProduct, "product"},
      {AccessMixed, "mixed"},           {AccessDirect, "direct"}};
  std::string S;
  for (auto [Bit, Name] : Names)
    if (A & Bit)
      S += (S.empty() ? "" : "+") + std::string(Name);
  return S.empty() ? "elementwise" : S;
}

llvm::StringRef aliaslint::toString(TypeKind K) {
  switch (K) {
  case TypeKind::Owning: return "owning";
  case TypeKind::Handle: return "handle";
  case TypeKind::View: return "view";
  case TypeKind::Lazy: return "lazy";
  }
  return "owning";
}
