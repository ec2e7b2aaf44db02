// RUN: %aliaslint --dump-provenance %s -- %mock_flags | FileCheck %s --check-prefix=SETTLED
// RUN: %aliaslint --dump-provenance --engine-visits-per-block=0 %s -- %mock_flags | FileCheck %s --check-prefix=BUDGET
//
// A function whose facts have not settled when the worklist budget runs out
// is skipped, with the reason, like one over the size limit: its events
// would come from facts that do not hold yet. (The budget is 100 visits plus
// --engine-visits-per-block per block; this function needs more than 100.)
#include <torch/torch.h>

// SETTLED: function 'branches' at line [[#@LINE+3]]: {{[0-9]+}} blocks, {{[0-9]+}} visits
// BUDGET: function 'branches' at line [[#@LINE+2]]
// BUDGET-NEXT: skipped: its facts did not settle within 100 block visits
void branches(torch::Tensor t, torch::Tensor u, int n) {
  if (n > 0) u = t.slice(0, 0, 1);
  if (n > 1) u = t.slice(0, 0, 2);
  if (n > 2) u = t.slice(0, 0, 3);
  if (n > 3) u = t.slice(0, 0, 4);
  if (n > 4) u = t.slice(0, 0, 5);
  if (n > 5) u = t.slice(0, 0, 6);
  if (n > 6) u = t.slice(0, 0, 7);
  if (n > 7) u = t.slice(0, 0, 8);
  if (n > 8) u = t.slice(0, 0, 9);
  if (n > 9) u = t.slice(0, 0, 10);
  if (n > 10) u = t.slice(0, 0, 11);
  if (n > 11) u = t.slice(0, 0, 12);
  if (n > 12) u = t.slice(0, 0, 13);
  if (n > 13) u = t.slice(0, 0, 14);
  if (n > 14) u = t.slice(0, 0, 15);
  if (n > 15) u = t.slice(0, 0, 16);
  if (n > 16) u = t.slice(0, 0, 17);
  if (n > 17) u = t.slice(0, 0, 18);
  if (n > 18) u = t.slice(0, 0, 19);
  if (n > 19) u = t.slice(0, 0, 20);
  if (n > 20) u = t.slice(0, 0, 21);
  if (n > 21) u = t.slice(0, 0, 22);
  if (n > 22) u = t.slice(0, 0, 23);
  if (n > 23) u = t.slice(0, 0, 24);
  if (n > 24) u = t.slice(0, 0, 25);
  if (n > 25) u = t.slice(0, 0, 26);
  if (n > 26) u = t.slice(0, 0, 27);
  if (n > 27) u = t.slice(0, 0, 28);
  if (n > 28) u = t.slice(0, 0, 29);
  if (n > 29) u = t.slice(0, 0, 30);
  if (n > 30) u = t.slice(0, 0, 31);
  if (n > 31) u = t.slice(0, 0, 32);
  if (n > 32) u = t.slice(0, 0, 33);
  if (n > 33) u = t.slice(0, 0, 34);
  if (n > 34) u = t.slice(0, 0, 35);
  if (n > 35) u = t.slice(0, 0, 36);
  if (n > 36) u = t.slice(0, 0, 37);
  if (n > 37) u = t.slice(0, 0, 38);
  if (n > 38) u = t.slice(0, 0, 39);
  if (n > 39) u = t.slice(0, 0, 40);
  if (n > 40) u = t.slice(0, 0, 41);
  if (n > 41) u = t.slice(0, 0, 42);
  if (n > 42) u = t.slice(0, 0, 43);
  if (n > 43) u = t.slice(0, 0, 44);
  if (n > 44) u = t.slice(0, 0, 45);
  if (n > 45) u = t.slice(0, 0, 46);
  if (n > 46) u = t.slice(0, 0, 47);
  if (n > 47) u = t.slice(0, 0, 48);
  if (n > 48) u = t.slice(0, 0, 49);
  if (n > 49) u = t.slice(0, 0, 50);
  if (n > 50) u = t.slice(0, 0, 51);
  if (n > 51) u = t.slice(0, 0, 52);
  if (n > 52) u = t.slice(0, 0, 53);
  if (n > 53) u = t.slice(0, 0, 54);
  if (n > 54) u = t.slice(0, 0, 55);
  if (n > 55) u = t.slice(0, 0, 56);
  if (n > 56) u = t.slice(0, 0, 57);
  if (n > 57) u = t.slice(0, 0, 58);
  if (n > 58) u = t.slice(0, 0, 59);
  if (n > 59) u = t.slice(0, 0, 60);
  u.zero_();
  // SETTLED: [[@LINE-1]]:3 write u method at::Tensor::zero_ {t: view may by at::Tensor::slice at {{.*}}; u: same may}
}
