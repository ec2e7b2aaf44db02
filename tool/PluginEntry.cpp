//===- PluginEntry.cpp - clang-tidy -load entry point ---------------------===//
// The module registers itself when the plugin is loaded (AliasingModule.cpp);
// this reference keeps its object file in the plugin.
extern volatile int AliasingModuleAnchorSource;
static int AliasingModuleAnchorDestination = AliasingModuleAnchorSource;
