# ALIASLINT_SANITIZE: every target built with AddressSanitizer and
# UndefinedBehaviorSanitizer (scripts/sanitize, build-asan/). The plugin is
# built too but cannot be loaded into Debian's uninstrumented clang-tidy;
# the lit suite skips the tests that need it (feature `plugin`).
#
# ALIASLINT_FUZZ: additionally the libFuzzer targets of tool/fuzz/
# (scripts/fuzz, build-fuzz/). Only the readers of user text get libFuzzer's
# coverage instrumentation (tool/fuzz/CMakeLists.txt): the rest of the
# library is compiled exactly as in build-asan/, so ccache serves it.
option(ALIASLINT_SANITIZE "Build everything with ASan and UBSan" OFF)
option(ALIASLINT_FUZZ "Build the libFuzzer targets (implies ALIASLINT_SANITIZE)" OFF)

if(ALIASLINT_FUZZ)
  set(ALIASLINT_SANITIZE ON)
endif()
if(ALIASLINT_SANITIZE)
  # -fno-rtti (CMakeLists.txt) leaves UBSan's vptr check out by itself.
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined -gline-tables-only)
  add_link_options(-fsanitize=address,undefined)
endif()
