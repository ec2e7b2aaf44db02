// Every case runs on the mock headers and on the real Debian headers
// (libtorch 1.13); the fixed file compiles and has nothing left to report
// but the cases that have no fix-it (AFTER).
// RUN: %check_clang_tidy %s aliasing-maybe-view-write %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-maybe-view-write %t.real -- %torch_flags
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %torch_flags %t.real.cpp
// RUN: not %aliaslint --quiet --checks=aliasing-maybe-view-write %t.cpp -- %mock_flags 2>&1 | FileCheck %s --check-prefix=AFTER --implicit-check-not=warning:
// RUN: not %aliaslint --quiet --checks=aliasing-maybe-view-write %t.real.cpp -- %torch_flags 2>&1 | FileCheck %s --check-prefix=AFTER --implicit-check-not=warning:
#include <torch/torch.h>

void consume(const torch::Tensor &t);

// ===== Direction 1: the write is meant to reach the original ==============

// In-place through a reshape of the caller's tensor: lost when `t` is not
// viewable as 1-D (a transposed or sliced input).
void scaleInPlace(torch::Tensor t) {
  t.reshape({-1}).mul_(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through the result of 'at::Tensor::reshape' reaches 't' only if 'at::Tensor::reshape' returned a view of it: when the layout makes it copy, 't' is NOT modified and the write is lost; 'view' always returns a view (or fails) [aliasing-maybe-view-write]
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: result made by 'at::Tensor::reshape' here: a view of 't' or a copy, depending on its layout
  // CHECK-FIXES: t.view({-1}).mul_(2);
}

// contiguous() returns `t` itself only when it already is contiguous.
void bumpContiguous(torch::Tensor &t) {
  t.contiguous().add_(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through the result of 'at::Tensor::contiguous' reaches 't' only if 'at::Tensor::contiguous' returned a view of it: when the layout makes it copy, 't' is NOT modified and the write is lost [aliasing-maybe-view-write]
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: result made by 'at::Tensor::contiguous' here: a view of 't' or a copy, depending on its layout
  // AFTER: :[[@LINE-3]]:3: warning: write through the result of 'at::Tensor::contiguous'
}

// to() returns `t` itself when dtype and device already match.
void clampAsFloat(torch::Tensor t) {
  t.to(torch::kFloat).clamp_min_(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through the result of 'at::Tensor::to' reaches 't' only if 'at::Tensor::to' returned a view of it: when the layout makes it copy, 't' is NOT modified and the write is lost [aliasing-maybe-view-write]
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: result made by 'at::Tensor::to' here: a view of 't' or a copy, depending on its layout
  // AFTER: :[[@LINE-3]]:3: warning: write through the result of 'at::Tensor::to'
}

// A named flatten() written, then only the original is used.
float doubledSum(torch::Tensor t) {
  auto f = t.flatten();
  f.mul_(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'f' reaches 't' only if 'at::Tensor::flatten' returned a view of it: when the layout makes it copy, 't' is NOT modified and the write is lost [aliasing-maybe-view-write]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: 'f' made by 'at::Tensor::flatten' here: a view of 't' or a copy, depending on its layout
  // AFTER: :[[@LINE-3]]:3: warning: write through 'f' reaches 't'
  return t.sum().item<float>();
}

// Through a slice of a named reshape: the caller's tensor is meant to change.
void zeroPrefix(torch::Tensor t, int64_t n) {
  auto flat = t.reshape({-1});
  flat.slice(0, 0, n).zero_();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'flat' reaches 't' only if 'at::Tensor::reshape' returned a view of it: when the layout makes it copy, 't' is NOT modified and the write is lost; 'view' always returns a view (or fails) [aliasing-maybe-view-write]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'flat' made by 'at::Tensor::reshape' here: a view of 't' or a copy, depending on its layout
  // CHECK-FIXES: auto flat = t.view({-1});
}

// A chain of writes on one temporary is one finding.
void shiftAndScale(torch::Tensor t) {
  t.reshape({-1}).add_(1).mul_(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through the result of 'at::Tensor::reshape' reaches 't' only if 'at::Tensor::reshape' returned a view of it: when the layout makes it copy, 't' is NOT modified and the write is lost; 'view' always returns a view (or fails) [aliasing-maybe-view-write]
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: result made by 'at::Tensor::reshape' here: a view of 't' or a copy, depending on its layout
  // CHECK-FIXES: t.view({-1}).add_(1).mul_(2);
}

// ===== Direction 2: the result is used as a scratch copy ==================

// The "scratch" is `x` itself whenever `x` was contiguous.
torch::Tensor residual(torch::Tensor x) {
  auto h = x.contiguous();
  h.relu_();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'h' also modifies 'x' when 'at::Tensor::contiguous' returned 'x' itself or a view of it, which depends on its layout at run time; 'x' is used afterwards as if unchanged [aliasing-maybe-view-write]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: 'h' made by 'at::Tensor::contiguous' here: a view of 'x' or a copy, depending on its layout
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'x' is used here, after the write
  // CHECK-FIXES: auto h = x.contiguous().clone();
  return x + h;
}

// A float working copy that is `img` itself for a float input.
float normalizedMean(torch::Tensor img) {
  torch::Tensor work = img.to(torch::kFloat);
  work.div_(255);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'work' also modifies 'img' when 'at::Tensor::to' returned 'img' itself or a view of it, which depends on its layout at run time; 'img' is used afterwards as if unchanged [aliasing-maybe-view-write]
  // CHECK-MESSAGES: :[[@LINE-3]]:28: note: 'work' made by 'at::Tensor::to' here: a view of 'img' or a copy, depending on its layout
  // CHECK-MESSAGES: :[[@LINE+3]]:11: note: 'img' is used here, after the write
  // CHECK-FIXES: torch::Tensor work = img.to(torch::kFloat).clone();
  float m = work.mean().item<float>();
  consume(img);
  return m;
}

// The written temporary is kept, and `t` is used again.
float scaledCopy(torch::Tensor t) {
  auto y = t.contiguous().mul_(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: write through the result of 'at::Tensor::contiguous' also modifies 't' when 'at::Tensor::contiguous' returned 't' itself or a view of it, which depends on its layout at run time; 't' is used afterwards as if unchanged [aliasing-maybe-view-write]
  // CHECK-MESSAGES: :[[@LINE-2]]:14: note: result made by 'at::Tensor::contiguous' here: a view of 't' or a copy, depending on its layout
  // CHECK-MESSAGES: :[[@LINE+2]]:11: note: 't' is used here, after the write
  // CHECK-FIXES: auto y = t.contiguous().clone().mul_(2);
  consume(t);
  return y.sum().item<float>();
}

// ===== A discarded maybe-view call ========================================

void prepare(torch::Tensor t) {
  t.contiguous();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'at::Tensor::contiguous' is discarded: it does not change 't' in place, it returns 't' itself or a new copy depending on its layout at run time [aliasing-maybe-view-write]
  // CHECK-FIXES: t = t.contiguous();
  consume(t);
}

// ===== Never reported =====================================================

// Maybe-views only read: the common, intended use.
float readsOnly(torch::Tensor t, int64_t n) {
  consume(t.reshape({n, -1}));
  auto flat = t.flatten();
  return flat.sum().item<float>() + t.contiguous().mean().item<float>();
}

// Written, then copied back explicitly: right whether `f` is a view or not.
void copiedBack(torch::Tensor t) {
  auto f = t.contiguous();
  f.mul_(2);
  t.copy_(f);
  consume(t);
}

// The written result is the function's result; `t` is not used again.
torch::Tensor returnsResult(torch::Tensor t) {
  auto f = t.to(torch::kFloat);
  f.mul_(2);
  return f;
}

// Rebound to its own result: `t` is the contiguous tensor from then on.
void rebound(torch::Tensor t) {
  t = t.contiguous();
  t.mul_(2);
  consume(t);
}

// An explicit copy breaks the link.
torch::Tensor cloned(torch::Tensor x) {
  auto h = x.contiguous().clone();
  h.relu_();
  return x + h;
}

// A local never used again: dead, but no aliasing question.
void deadLocal() {
  auto t = torch::zeros({4, 4});
  t.reshape({-1}).add_(1);
}

// `view` always aliases (or throws).
void viewWrite(torch::Tensor t) {
  t.view({-1}).add_(1);
}

// A (void) cast says the result is dropped on purpose.
void voided(torch::Tensor t) {
  (void)t.contiguous();
}

// A view of a named maybe-view, written while the maybe-view itself is used
// afterwards: a question about `f`, not about `t`.
void viewOfNamed(torch::Tensor t) {
  auto f = t.reshape({-1});
  auto g = f.slice(0, 0, 2);
  g.zero_();
  consume(f);
}

// Side effects in the arguments: the statement does something.
void sideEffect(torch::Tensor t, int64_t n) {
  t.reshape({n++});
  consume(t);
}

// NOLINT is honoured.
void suppressed(torch::Tensor t) {
  t.reshape({-1}).add_(1); // NOLINT(aliasing-maybe-view-write)
}
