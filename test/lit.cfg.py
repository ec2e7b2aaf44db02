# lit configuration for aliaslint's test suite.
import os
import shlex
import shutil

import lit.formats

config.name = "aliaslint"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs", "lit.cfg.py", "check_clang_tidy.py", "lsp_client.py", "expect_exit.py",
                   "doc_blocks.py"]
config.test_source_root = os.path.dirname(__file__)
repo = os.path.dirname(config.test_source_root)

llvm_bin = "/usr/lib/llvm-22/bin"
config.environment["PATH"] = os.pathsep.join([llvm_bin, config.environment.get("PATH", os.environ["PATH"])])
config.environment["HOME"] = os.environ.get("HOME", "/root")

bindir = lit_config.params.get("aliaslint_bin", os.path.join(repo, "build", "bin"))
libdir = os.path.join(os.path.dirname(bindir), "lib")
# Temporary files next to the binaries under test: runs against different
# build directories do not share them.
config.test_exec_root = os.path.join(os.path.dirname(bindir), "test")
plugin = os.path.join(libdir, "AliasingTidyPlugin.so")
inputs = os.path.join(config.test_source_root, "Inputs")
mock = os.path.join(inputs, "mock")

# A build with ALIASLINT_SANITIZE (scripts/sanitize, build-asan/): ASan
# cannot be carried into Debian's uninstrumented clang-tidy, so the plugin is
# not loaded there. Instead `%clang-tidy -load %plugin` runs the instrumented
# clang-tidy-aliaslint (clang-tidy's own main with the module built in), and
# tests that need the plugin inside another program (run-clang-tidy, the
# bench harness) require the feature `plugin`.
def cmake_cache_flag(builddir, name):
    try:
        with open(os.path.join(builddir, "CMakeCache.txt")) as f:
            return any(l.strip() == name + ":BOOL=ON" for l in f)
    except OSError:
        return False

# ALIASLINT_FUZZ implies the sanitizers (cmake/Sanitizers.cmake) without
# setting the cached option, so a build-fuzz/ is a sanitizer build too.
sanitized = any(cmake_cache_flag(os.path.dirname(bindir), flag)
                for flag in ("ALIASLINT_SANITIZE", "ALIASLINT_FUZZ"))
tidy_bin = os.path.join(llvm_bin, "clang-tidy")
if sanitized:
    config.available_features.add("sanitized")
    tidy_bin = os.path.join(bindir, "clang-tidy-aliaslint")
    config.substitutions.append((r"-load[ =]%plugin;?", ""))
    # Reports go to files that scripts/sanitize counts: `not` and
    # %expect_exit would otherwise take a sanitizer's exit for findings.
    for var in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if var in os.environ:
            config.environment[var] = os.environ[var]
else:
    config.available_features.add("plugin")

config.substitutions += [
    ("%clang-tidy-aliaslint", os.path.join(bindir, "clang-tidy-aliaslint")),
    ("%aliaslint-clangd", os.path.join(bindir, "aliaslint-clangd")),
    ("%aliaslint", os.path.join(bindir, "aliaslint")),
    ("%plugin", plugin),
    ("%builddir", os.path.dirname(bindir)),
    ("%repo", repo),
    ("%clang-tidy", tidy_bin),
    ("%check_clang_tidy",
     "python3 %s --clang-tidy=%s --plugin=%s" % (
         os.path.join(config.test_source_root, "check_clang_tidy.py"),
         tidy_bin, "" if sanitized else plugin)),
    ("%expect_exit", "python3 " + os.path.join(config.test_source_root, "expect_exit.py")),
    # Time and memory limits; a sanitizer build gets four times as much.
    ("%bounded", "python3 %s --scale %d" % (
        os.path.join(config.test_source_root, "hostile", "Inputs", "bounded.py"),
        4 if sanitized else 1)),
    # A sanitizer build of clangd is several times slower: a longer session
    # deadline (a test's own --timeout, given after, still wins).
    ("%lsp_client", "python3 " + os.path.join(config.test_source_root, "lsp_client.py")
     + (" --timeout 300" if sanitized else "")),
    ("%inputs", inputs),
    ("%mock_flags", "-std=c++17 -isystem " + mock),
    # The same headers as user include paths, as CMake's include_directories()
    # gives: library code must be recognised by its path, not by -isystem.
    ("%mock_I_flags", "-std=c++17 -I " + mock),
    ("%opencv_I_flags", "-std=c++17 -I /usr/include/opencv4"),
    ("%eigen_I_flags", "-std=c++17 -I /usr/include/eigen3"),
    ("%torch_I_flags", "-std=c++17 -I /usr/include/torch/csrc/api/include"),
    # xtensor, xtl and xsimd sit in /usr/include, always a system directory.
    ("%xtensor_I_flags", "-std=c++17 --no-system-header-prefix=xtensor/"
     " --no-system-header-prefix=xtl/ --no-system-header-prefix=xsimd/"),
    # The real Debian headers (libtorch 1.13, OpenCV 4.6, Eigen 3.4, xtensor 0.24,
    # Kokkos 3.4, Armadillo 11.4).
    ("%torch_flags", "-std=c++17 -isystem /usr/include/torch/csrc/api/include"),
    ("%opencv_flags", "-std=c++17 -isystem /usr/include/opencv4"),
    ("%eigen_flags", "-std=c++17 -isystem /usr/include/eigen3"),
    ("%xtensor_flags", "-std=c++17"),
    # Kokkos 3.4 (Trilinos 13.2, Serial) and Armadillo 11.4.
    ("%kokkos_flags", "-std=c++17 -isystem /usr/include/trilinos"),
    ("%armadillo_flags", "-std=c++17"),
]

# test/settle.py's `--subst NAME=FLAGS` for every compile-flags substitution
# above (and %inputs, which they use), so that it reads the RUN lines' flags as lit would.
config.substitutions.append(("%flag_substs", " ".join(
    "--subst " + shlex.quote(name[1:] + "=" + value)
    for name, value in config.substitutions
    if name == "%inputs" or (name.startswith("%") and name.endswith("_flags")))))

# Real-header tests need the -dev packages that scripts/setup installs; a
# missing one is a set-up defect, so it fails rather than being skipped.
for name, path in [("torch", "/usr/include/torch/csrc/api/include/torch/torch.h"),
                   ("opencv", "/usr/include/opencv4/opencv2/core.hpp"),
                   ("eigen", "/usr/include/eigen3/Eigen/Dense"),
                   ("xtensor", "/usr/include/xtensor/xarray.hpp"),
                   ("kokkos", "/usr/include/trilinos/Kokkos_Core.hpp"),
                   ("armadillo", "/usr/include/armadillo")]:
    if not os.path.exists(path):
        lit_config.error("real %s headers missing (%s): run scripts/setup" % (name, path))
