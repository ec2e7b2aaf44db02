//===- ClangdMain.cpp - clangd with the aliasing checks -------------------===//
// Debian's clangdMain library is a complete clangd; linking the module in
// makes its checks available to every editor that talks to this binary.
#include "Checks.h"

namespace clang::clangd {
int clangdMain(int argc, char *argv[]);
}
extern volatile int AliasingModuleAnchorSource;

int main(int argc, char *argv[]) {
  (void)AliasingModuleAnchorSource;
  // The editor shows no configuration error: a bad model must show in files.
  aliaslint::reportModelErrorsInFiles();
  return clang::clangd::clangdMain(argc, argv);
}
