// A second view of the same elements, made after the write and used with the
// written view: the author re-derived "the original" and expected it
// unchanged (bench case torch_wtv_bug_01). Other views of the same tensor
// read together with the written one are idiomatic and not reported.
// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-write-through-view %t.real -- %torch_flags
// The fixed file compiles:
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %torch_flags %t.real.cpp
#include <torch/torch.h>

// ===== Positives ==========================================================

// `original` is a select of the same row, made after the write: `original -
// row` is always zero.
double firstRowChange(torch::Tensor features, double keepProb) {
  auto row = features.select(0, 0);
  row.mul_(keepProb);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'row' also modifies 'features': 'row' is a view of 'features' created by 'at::Tensor::select' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: 'row' is made a view of 'features' here
  // CHECK-MESSAGES: :[[@LINE+3]]:11: note: 'original', a second view of the same elements of 'features', is used together with 'row' here, after the write
  // CHECK-FIXES: auto row = features.select(0, 0).clone();
  auto original = features.select(0, 0);
  return (original - row).abs().sum().item<double>();
}

// The same in a loop, with the loop's index as argument, and a comparison.
int64_t clippedPerRow(torch::Tensor act, double hi) {
  int64_t n = 0;
  for (int64_t i = 0; i < act.size(0); ++i) {
    auto r = act.narrow(0, i, 1);
    r.clamp_(-hi, hi);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write through 'r' also modifies 'act': 'r' is a view of 'act' created by 'at::Tensor::narrow' [aliasing-write-through-view]
    // CHECK-MESSAGES: :[[@LINE-3]]:14: note: 'r' is made a view of 'act' here
    // CHECK-MESSAGES: :[[@LINE+3]]:16: note: 'before', a second view of the same elements of 'act', is used together with 'r' here, after the write
    // CHECK-FIXES: auto r = act.narrow(0, i, 1).clone();
    auto before = act.narrow(0, i, 1);
    n += (r != before).sum().item<int64_t>();
  }
  return n;
}

// The second view made by a rebind after the write counts the same.
double reboundAfter(torch::Tensor x) {
  auto a = x.select(0, 0);
  a.mul_(2.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'a' also modifies 'x': 'a' is a view of 'x' created by 'at::Tensor::select' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 'a' is made a view of 'x' here
  // CHECK-MESSAGES: :[[@LINE+4]]:15: note: 'b', a second view of the same elements of 'x', is used together with 'a' here, after the write
  // CHECK-FIXES: auto a = x.select(0, 0).clone();
  auto b = x.select(0, 1);
  b = x.select(0, 0);
  return (a - b).norm().item<double>();
}

// ===== Negatives ==========================================================

// The same row viewed twice before the write: nothing says the original
// was re-derived after it (this signal is about views made after the write).
double madeBefore(torch::Tensor x) {
  auto b = x.select(0, 0);
  auto a = x.select(0, 0);
  a.mul_(2.0);
  return (a - b).norm().item<double>();
}

// Both views are made anew in each iteration, after the previous
// iteration's write: the write is not what makes them equal.
double remadeEachIteration(torch::Tensor x, int n) {
  double s = 0;
  for (int k = 0; k < n; ++k) {
    auto a = x.select(0, 0);
    auto b = x.select(0, 0);
    s += (a - b).norm().item<double>();
    a.mul_(2.0);
  }
  return s;
}

// Differences of two rows: other elements of the same tensor.
double rowDistance(torch::Tensor x, int64_t i, int64_t j) {
  auto a = x.select(0, i);
  a.mul_(2.0);
  auto b = x.select(0, j);
  return (a - b).norm().item<double>();
}

// A three-point stencil over shifted slices: the written middle is read
// with its neighbours, which are other elements.
torch::Tensor smooth(torch::Tensor u) {
  int64_t n = u.size(0);
  auto mid = u.slice(0, 1, n - 1);
  mid.mul_(0.5);
  auto left = u.slice(0, 0, n - 2);
  auto right = u.slice(0, 2, n);
  return mid + 0.25 * (left + right);
}

// Gram-Schmidt over named column views: each column is made orthogonal to
// the earlier ones in place, and checked against them.
double gramSchmidt(torch::Tensor q) {
  double worst = 0;
  for (int64_t k = 0; k < q.size(1); ++k) {
    auto qk = q.select(1, k);
    for (int64_t j = 0; j < k; ++j) {
      auto qj = q.select(1, j);
      qk.sub_(qj.dot(qk) * qj);
    }
    qk.div_(qk.norm());
    for (int64_t j = 0; j < k; ++j) {
      auto qj = q.select(1, j);
      worst = std::max(worst, qk.dot(qj).abs().item<double>());
    }
  }
  return worst;
}

// One block written from another block of the same tensor.
torch::Tensor copyBlock(torch::Tensor t) {
  auto dst = t.narrow(0, 0, 2);
  auto src = t.narrow(0, 2, 2);
  dst.copy_(src);
  auto next = t.narrow(0, 4, 2);
  return dst + next;
}

// The same row made again after the write, but not used with the written
// view: reading the written row through it is the intent.
double rescaleThenSum(torch::Tensor t) {
  auto row = t.select(0, 0);
  row.mul_(2.0);
  auto again = t.select(0, 0);
  return again.sum().item<double>();
}

// The same operation on another tensor.
double otherTensor(torch::Tensor x, torch::Tensor y) {
  auto a = x.select(0, 0);
  a.mul_(2.0);
  auto b = y.select(0, 0);
  return (a - b).norm().item<double>();
}

// The second view copies its elements: a real snapshot, taken after the
// write but of the written values (and not a view).
double afterCopy(torch::Tensor x) {
  auto a = x.select(0, 0);
  a.mul_(2.0);
  auto b = x.select(0, 0).clone();
  return (a - b).norm().item<double>();
}

// A handle copied from the written view names the view, knowingly.
double handleOfView(torch::Tensor x) {
  auto a = x.select(0, 0);
  a.mul_(2.0);
  auto alias = a;
  return (a - alias).norm().item<double>();
}
