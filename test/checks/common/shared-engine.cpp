// The enabled aliasing checks share one function matcher and one provenance
// engine per TU, so each function is matched and analysed once, also when
// every check names the model files itself: they get one parsed model (rules/provenance/ModelCache.cpp), which
// the next TU of the process reuses. Here the file is analysed twice, as
// two TUs.
// `--print-debug-counter` prints how many engines were built and models
// parsed (after -load, which registers the counters).
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --print-debug-counter \
// RUN:   --config="{CheckOptions: {aliasing-write-through-view.ModelFiles: '%S/Inputs/myarray.yaml', aliasing-lost-write-to-copy.ModelFiles: '%S/Inputs/myarray.yaml', aliasing-const-write-through-view.ModelFiles: '%S/Inputs/myarray.yaml', aliasing-dangling-view.ModelFiles: '%S/Inputs/myarray.yaml', aliasing-view-rebind.ModelFiles: '%S/Inputs/myarray.yaml', aliasing-overlapping-assignment.ModelFiles: '%S/Inputs/myarray.yaml', aliasing-maybe-view-write.ModelFiles: '%S/Inputs/myarray.yaml', aliasing-stale-snapshot.ModelFiles: '%S/Inputs/myarray.yaml'}}" \
// RUN:   %s %s -- -std=c++17 -isystem %S/Inputs/myarray 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,SHARED
//
// The global option: the same.
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' --print-debug-counter \
// RUN:   --config="{CheckOptions: {ModelFiles: '%S/Inputs/myarray.yaml'}}" \
// RUN:   %s %s -- -std=c++17 -isystem %S/Inputs/myarray 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,SHARED
//
// The count is not vacuous: spelled as eight different lists of files, the
// model is parsed eight times and the checks cannot share an engine.
// RUN: cd %S && %clang-tidy -load %plugin --checks='-*,aliasing-*' --print-debug-counter \
// RUN:   --config="{CheckOptions: {aliasing-write-through-view.ModelFiles: '%S/Inputs/myarray.yaml', aliasing-lost-write-to-copy.ModelFiles: 'Inputs/myarray.yaml', aliasing-const-write-through-view.ModelFiles: './Inputs/myarray.yaml', aliasing-dangling-view.ModelFiles: 'Inputs/../Inputs/myarray.yaml', aliasing-view-rebind.ModelFiles: 'Inputs/./myarray.yaml', aliasing-overlapping-assignment.ModelFiles: 'Inputs//myarray.yaml', aliasing-maybe-view-write.ModelFiles: 'Inputs/.//myarray.yaml', aliasing-stale-snapshot.ModelFiles: 'Inputs/./././myarray.yaml'}}" \
// RUN:   %s %s -- -std=c++17 -isystem %S/Inputs/myarray 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,UNSHARED
#include <myarray.h>

float f(my::Array data) {
  my::Array backup = data.sub(0, 5);
  backup.scale(2);
  // CHECK: :[[@LINE-1]]:3: warning: write through 'backup' also modifies 'data'
  return data.sum();
}

// SHARED:   aliaslint-engines-built {{ *}}: {2,empty}
// SHARED:   aliaslint-matchers-registered {{ *}}: {2,empty}
// SHARED:   aliaslint-models-parsed {{ *}}: {1,empty}
// UNSHARED: aliaslint-engines-built {{ *}}: {16,empty}
// UNSHARED: aliaslint-matchers-registered {{ *}}: {16,empty}
// UNSHARED: aliaslint-models-parsed {{ *}}: {8,empty}
