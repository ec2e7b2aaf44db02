//===- NestingDepth.h - Refusing too deeply nested YAML and JSON --*- C++ -*-===//
//
// LLVM's YAML and JSON parsers recurse once per level of nesting: a model,
// configuration or baseline file nested some ten thousand levels deep
// overflows the stack. Such input is refused before it is parsed, by a
// linear scan that is cheap next to the parse itself.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_PROVENANCE_NESTINGDEPTH_H
#define ALIASLINT_PROVENANCE_NESTINGDEPTH_H

#include "llvm/Support/Error.h"

namespace aliaslint {

/// Far beyond any hand-written file, far below what the parsers survive.
constexpr unsigned MaxInputNesting = 1000;

enum class InputSyntax { Yaml, Json };

/// An error "<Name>:<line>: error: nested too deeply: ..." (one line, with
/// its newline) when \p Text nests more than MaxInputNesting levels:
/// brackets and braces outside strings and comments, and for YAML also
/// block indentation (`- - - x` nests without brackets).
llvm::Error checkNestingDepth(llvm::StringRef Text, llvm::StringRef Name,
                              InputSyntax Syntax);

} // namespace aliaslint

#endif
