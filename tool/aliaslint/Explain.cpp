//===- Explain.cpp --------------------------------------------------------===//
#include "Explain.h"
#include "llvm/ADT/StringExtras.h"

using namespace aliaslint;
using namespace llvm;

static std::string where(const LibraryModel &L, const EntryUse &U) {
  std::string S = L.SourceFile;
  if (U.Line)
    S += ":" + std::to_string(U.Line) + ":" + std::to_string(U.Column);
  return S;
}

static std::string operand(int I) {
  return I == ThisOperand ? "this" : "argument " + std::to_string(I);
}

static std::string operands(ArrayRef<int> Is) {
  SmallVector<std::string, 4> Names;
  for (int I : Is)
    Names.push_back(operand(I));
  return join(Names, ", ");
}

static StringRef kindMeaning(TypeKind K) {
  switch (K) {
  case TypeKind::Owning: return "copies copy the elements; const is deep";
  case TypeKind::Handle: return "copies share the elements; const is shallow";
  case TypeKind::View: return "refers to another array's elements";
  case TypeKind::Lazy: return "an expression reading its operands when evaluated";
  }
  return "";
}

static std::string resultMeaning(ResultRel R, const std::string &Source,
                                 StringRef DependsOn) {
  switch (R) {
  case ResultRel::Same: return Source + " itself";
  case ResultRel::View: return "shares the elements of " + Source;
  case ResultRel::MaybeView:
    return "a view of " + Source + " or a copy, depending on " + DependsOn.str();
  case ResultRel::Copy: return "new elements copied from " + Source;
  case ResultRel::Lazy: return "an expression over its operands";
  case ResultRel::Fresh: return "new elements, related to no operand";
  case ResultRel::Metadata: return "no array: reads only the shape of " + Source;
  case ResultRel::Unknown: break;
  }
  return "";
}

static void printType(const TypeEntry &T, const LibraryModel &L, raw_ostream &OS) {
  OS << T.Name << ": type of library '" << L.Name << "' (" << where(L, T.Use) << ")\n";
  OS << "  kind: " << toString(T.Kind) << " (" << kindMeaning(T.Kind) << ")\n";
  OS << "  a = b: " << (T.AssignRebinds ? "rebinds a" : "writes a's elements");
  if (T.AssignRebinds && T.RvalueAssignWrites)
    OS << "; on a temporary (a.sub(..) = b) writes its elements";
  OS << "\n";
  if (T.LazyAssignIsOutput)
    OS << "  a = expression: evaluated into a as into an output argument\n";
  if (T.LazyAssignIsTemporary)
    OS << "  a = expression: evaluated into a temporary first\n";
  if (T.Access != AccessElementwise)
    OS << "  access: " << accessToString(T.Access) << "\n";
  if (T.ConstFormMayCopy)
    OS << "  with a const first template argument: may copy (a view of a plain "
          "array, a copy of an expression)\n";
}

static void printLibrary(const LibraryModel &L, raw_ostream &OS) {
  if (!L.CopySpelling.empty())
    OS << "  copy (fix-its): " << L.CopySpelling << "\n";
  OS << "  const-is-promise: " << (L.ConstIsPromise ? "true" : "false") << "\n";
}

static void printOp(const OpEntry &O, const LibraryModel &L, raw_ostream &OS,
                    StringRef Indent) {
  OS << Indent << O.Name << ": operation of library '" << L.Name << "' ("
     << where(L, O.Use) << ")\n";
  std::string In = (Indent + "  ").str();
  if (O.Result != ResultRel::Unknown) {
    OS << In << "result: " << toString(O.Result) << " ("
       << resultMeaning(O.Result, operand(O.Source), O.DependsOn) << ")\n";
  } else {
    OS << In << "result: not modelled (inferred from its type)\n";
  }
  if (!O.Writes.empty()) {
    OS << In << "writes: " << operands(O.Writes);
    if (O.Assigns)
      OS << ", every element from " << operand(*O.Assigns);
    OS << "\n";
  }
  if (!O.Reallocates.empty())
    OS << In << "reallocates: " << operands(O.Reallocates) << "\n";
  if (!O.Releases.empty())
    OS << In << "releases: " << operands(O.Releases) << "\n";
  if (O.Access != AccessElementwise)
    OS << In << "access: " << accessToString(O.Access) << "\n";
  if (O.Index)
    OS << In << "index: " << operand(O.Index->Arg) << "; an advanced index gives a "
       << toString(O.Index->Advanced) << "\n";
  if (!O.Alias.empty())
    OS << In << "always a view: " << O.Alias << "\n";
  if (!O.Invokes.empty())
    OS << In << "calls: " << operands(O.Invokes) << "\n";
  if (O.CopyFlag)
    OS << In << "copies the pointed-to elements unless " << operand(*O.CopyFlag)
       << " is false\n";
}

bool aliaslint::explainName(const ApiModel &M, StringRef Name, raw_ostream &OS) {
  Name = Name.ltrim(':');
  bool Found = false;
  if (auto T = M.findType(Name)) {
    printType(*T->Type, *T->Library, OS);
    printLibrary(*T->Library, OS);
    std::string Prefix = (Name + "::").str();
    for (const auto &L : M.libraries())
      for (const OpEntry &O : L->Ops)
        if (StringRef(O.Name).ltrim(':').starts_with(Prefix))
          printOp(O, *L, OS, "  ");
    Found = true;
  }
  if (auto O = M.findOp(Name)) {
    bool Wildcard = StringRef(O->Op->Name).contains('*');
    if (!Wildcard || !Found) {
      if (Wildcard)
        OS << Name << ": matched by the wildcard entry '" << O->Op->Name << "'\n";
      printOp(*O->Op, *O->Library, OS, "");
      Found = true;
    }
  }
  if (!Found)
    OS << Name << ": no model describes it: a call to it is a call to unknown "
       << "code (its array arguments escape), a value of that type is no array\n";
  return Found;
}

void aliaslint::listModels(const ApiModel &M, raw_ostream &OS) {
  for (const auto &L : M.libraries()) {
    OS << L->Name << ": " << L->SourceFile << ", " << L->Types.size()
       << " types, " << L->Ops.size() << " operations";
    if (!L->Headers.empty())
      OS << ", headers " << join(L->Headers, " ");
    OS << "\n";
  }
}

int aliaslint::runExplain(const ApiModel &M, bool List, ArrayRef<std::string> Names,
                          raw_ostream &OS) {
  if (List)
    listModels(M, OS);
  bool All = true;
  for (const std::string &Name : Names)
    All &= explainName(M, Name, OS);
  return All ? 0 : 1;
}
