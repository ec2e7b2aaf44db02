#!/usr/bin/env bash
# Builds aliaslint and the clang-tidy plugin for measurements from a clean
# snapshot of one commit (default HEAD), into build-bench/, and records the
# commit in build-bench/SOURCE_COMMIT. Uncommitted changes in the working
# tree are not measured, and the lead's rebuilds of build/ do not disturb a
# running benchmark. Then: bench/cost.py --bin-dir build-bench/bin, etc.
#
#   bench/build-bench.sh [REV] [BUILD_DIR]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
rev="$(git -C "$repo" rev-parse "${1:-HEAD}")"
build="${2:-$repo/build-bench}"
src="${TMPDIR:-/tmp}/aliaslint-bench-src-$rev"
if [ ! -d "$src" ]; then
  mkdir -p "$src.tmp"
  git -C "$repo" archive "$rev" | tar -x -C "$src.tmp"
  mv "$src.tmp" "$src"
fi
if [ -f "$build/CMakeCache.txt" ] && ! grep -q "^CMAKE_HOME_DIRECTORY:INTERNAL=$src\$" "$build/CMakeCache.txt"; then
  rm -rf "$build"   # configured from another snapshot
fi
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_COMPILER=clang++-22 >/dev/null
ninja -C "$build" -j"$(nproc)" aliaslint AliasingTidyPlugin
echo "$rev" > "$build/SOURCE_COMMIT"
echo "build-bench: $build from $rev"
