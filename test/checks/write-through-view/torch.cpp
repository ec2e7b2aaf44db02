// Every case runs on the mock headers and on the real Debian headers.
// RUN: %check_clang_tidy %s aliasing-write-through-view %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-write-through-view %t.real -- %torch_flags
// The fixed file compiles:
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %torch_flags %t.real.cpp
#include <torch/torch.h>

using torch::indexing::None;
using torch::indexing::Slice;

// ===== Positives ==========================================================

// A view named like a copy, written, then the original read.
float scaleBackup(torch::Tensor data) {
  auto backup = data.slice(0, 0, 5);
  backup.mul_(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'backup' also modifies 'data': 'backup' is a view of 'data' created by 'at::Tensor::slice' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'backup' is made a view of 'data' here
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'data' is read here, after the write
  // No fix-it: the view is not read after the write, so a copy would only lose the write.
  return data.sum().item<float>();
}

// `Tensor tmp = weights` copies the handle only: the tentative step moves the
// weights too, so the loss comparison compares a tensor with itself.
bool tryStep(torch::Tensor &weights, const torch::Tensor &grad, double lr) {
  torch::Tensor tmp = weights;
  tmp.sub_(grad * lr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'tmp' also modifies 'weights': 'tmp' is a second handle to the data of 'weights' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:23: note: 'tmp' is made a handle sharing 'weights' here
  // CHECK-MESSAGES: :[[@LINE+2]]:20: note: 'weights' is read here, after the write
  // CHECK-FIXES: torch::Tensor tmp = weights.clone();
  double oldLoss = weights.sum().item<double>();
  double newLoss = tmp.sum().item<double>();
  return newLoss < oldLoss;
}

// The view and the original used together after the write: the count of
// clipped values is always zero.
int64_t clipActivations(torch::Tensor act, double lo, double hi) {
  torch::Tensor clipped = act.view({-1});
  clipped.clamp_(lo, hi);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'clipped' also modifies 'act': 'clipped' is a view of 'act' created by 'at::Tensor::view' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:27: note: 'clipped' is made a view of 'act' here
  // CHECK-MESSAGES: :[[@LINE+2]]:22: note: 'act' is used together with 'clipped' here, after the write
  // CHECK-FIXES: torch::Tensor clipped = act.view({-1}).clone();
  return (clipped != act.view({-1})).sum().item<int64_t>();
}

// A same-TU helper returns a view; the augmented crop is written in place and
// returned beside the image it was cut from.
static torch::Tensor centerCrop(const torch::Tensor &img, int64_t size) {
  int64_t top = (img.size(1) - size) / 2;
  return img.narrow(1, top, size).narrow(2, top, size);
}
std::pair<torch::Tensor, torch::Tensor> makePair(torch::Tensor img, double b) {
  torch::Tensor local = centerCrop(img, 96);
  local.add_(b).clamp_(0.0, 1.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'local' also modifies 'img': 'local' is a view of 'img' created by 'centerCrop' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:25: note: 'local' is made a view of 'img' here
  // CHECK-MESSAGES: :[[@LINE+2]]:11: note: 'img' is used together with 'local' here, after the write
  // CHECK-FIXES: torch::Tensor local = centerCrop(img, 96).clone();
  return {img, local};
}

// detach() shares storage; the write happens on one branch only, but the
// view exists on every path.
torch::Tensor guidedEmbedding(torch::Tensor emb, double noise, bool addNoise) {
  torch::Tensor noisy = emb.detach();
  if (addNoise) {
    noisy.add_(torch::randn({4}) * noise);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write through 'noisy' also modifies 'emb': 'noisy' is a view of 'emb' created by 'at::Tensor::detach' [aliasing-write-through-view]
    // CHECK-MESSAGES: :[[@LINE-4]]:25: note: 'noisy' is made a view of 'emb' here
    // CHECK-MESSAGES: :[[@LINE+3]]:10: note: 'emb' is used together with 'noisy' here, after the write
    // CHECK-FIXES: torch::Tensor noisy = emb.detach().clone();
  }
  return emb + (noisy - emb) * 0.5;
}

// A compound operator through a transposed view kept as "the old value".
torch::Tensor residual(torch::Tensor w) {
  auto old = w.t();
  old *= 0.9;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'old' also modifies 'w': 'old' is a view of 'w' created by 'at::Tensor::t' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: 'old' is made a view of 'w' here
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'w' is read here, after the write
  // No fix-it: the view is not read after the write, so a copy would only lose the write.
  return w - w.sum();
}

// A same-TU callee writes the view it is given.
static void zeroInPlace(torch::Tensor &x) { x.zero_(); }
torch::Tensor withoutFirstRows(torch::Tensor t) {
  auto saved = t.narrow(0, 0, 2);
  zeroInPlace(saved);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'saved' also modifies 't': 'saved' is a view of 't' created by 'at::Tensor::narrow' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: 'saved' is made a view of 't' here
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 't' is read here, after the write
  // No fix-it: the view is not read after the write, so a copy would only lose the write.
  return t.mean();
}

// Rvalue assignment through a named view: `copy_` into the permuted view.
torch::Tensor blendPrev(torch::Tensor x, const torch::Tensor &y) {
  torch::Tensor prev = x.permute({1, 0});
  prev.copy_(y);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'prev' also modifies 'x': 'prev' is a view of 'x' created by 'at::Tensor::permute' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:24: note: 'prev' is made a view of 'x' here
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'x' is used together with 'prev' here, after the write
  // CHECK-FIXES: torch::Tensor prev = x.permute({1, 0}).clone();
  return x + prev;
}

// In a loop, the next iteration reads the original after the write.
double runningTotal(torch::Tensor t, int64_t n) {
  double total = 0;
  for (int64_t i = 0; i < n; ++i) {
    total += t.sum().item<double>();
    auto scratch = t.select(0, i);
    scratch.fill_(0);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write through 'scratch' also modifies 't': 'scratch' is a view of 't' created by 'at::Tensor::select' [aliasing-write-through-view]
    // CHECK-MESSAGES: :[[@LINE-3]]:20: note: 'scratch' is made a view of 't' here
    // CHECK-MESSAGES: :[[@LINE-5]]:14: note: 't' is read here, after the write
    // No fix-it: the view is not read after the write, so a copy would only lose the write.
  }
  return total;
}

// A closure that writes the view it captures by reference, called later:
// the write happens at the call.
float closureClearsHead(torch::Tensor t) {
  auto backup = t.narrow(0, 0, 1);
  auto clear = [&backup] { backup.zero_(); };
  clear();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'backup' also modifies 't': 'backup' is a view of 't' created by 'at::Tensor::narrow' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-4]]:17: note: 'backup' is made a view of 't' here
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 't' is read here, after the write
  return t.sum().item<float>();
}

// ===== Negatives ==========================================================

// Intended: normalising a row in place is the function's job.
void normaliseRow(torch::Tensor m, int64_t i) {
  auto row = m.select(0, i);
  row.div_(row.sum());
}

// Intended: every row of the table normalised through a loop-local view.
void normalizeRows(torch::Tensor &table) {
  for (int64_t i = 0; i < table.size(0); ++i) {
    auto row = table.select(0, i);
    row.div_(row.sum().clamp_(1e-12));
  }
}

// An explicit clone() before the write: the original keeps its values.
double firstRowChange(const torch::Tensor &features, double keep) {
  auto backup = features.select(0, 0).clone();
  backup.mul_(keep);
  auto original = features.select(0, 0);
  return (original - backup).abs().sum().item<double>();
}

// Basic-index assignment writes the tensor on purpose.
torch::Tensor maskPadding(torch::Tensor scores, int64_t len, const torch::Tensor &v) {
  scores.index({Slice(0, 2)}) = 0;
  scores.index({0}) = v;
  scores.index({Slice(), Slice(len, None)}) = -1e9;
  return scores.sum();
}

// The view is rebound to a clone before the write.
torch::Tensor appendScaled(const torch::Tensor &x, int64_t d, double scale) {
  torch::Tensor extra = x.slice(1, 0, d);
  extra = extra.clone();
  extra.mul_(scale);
  return torch::cat({x, extra}, 1);
}

// A helper writes its by-reference parameter on purpose; the caller wants
// the clamped logits.
static void clampPrefix(torch::Tensor &logits, int64_t n, double bound) {
  if (n <= 0)
    return;
  logits.index({Slice(), Slice(0, n)}).clamp_(-bound, bound);
}
torch::Tensor specialTokenProbs(torch::Tensor logits, int64_t n) {
  clampPrefix(logits, n, 20.0);
  return logits.sum();
}

// A view named like a copy, but the workspace is not read after the write
// (early return on the other path).
void resetWorkspace(torch::Tensor &workspace, int64_t used, bool enabled) {
  torch::Tensor scratch = workspace.narrow(0, 0, used);
  if (!enabled || used == 0)
    return;
  scratch.zero_();
}

// The read of the original is on a path the write cannot reach.
double earlyReturn(torch::Tensor t, bool reset) {
  auto tmp = t.narrow(0, 0, 1);
  if (reset) {
    tmp.zero_();
    return 0;
  }
  return t.sum().item<double>();
}

// The view handle is rebound to another tensor before the write.
torch::Tensor reassigned(torch::Tensor t, torch::Tensor other) {
  auto backup = t.slice(0, 0, 2);
  backup = other;
  backup.add_(1);
  return t + backup;
}

// Written again after the read: a clone would lose the second write (the
// caller's `t` gets it now), so no fix-it.
torch::Tensor rewritten(torch::Tensor t, const torch::Tensor &c) {
  auto work = t.slice(0, 0, 2);
  work.copy_(c);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write through 'work' also modifies 't': 'work' is a view of 't' created by 'at::Tensor::slice' [aliasing-write-through-view]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'work' is made a view of 't' here
  // CHECK-MESSAGES: :[[@LINE+2]]:12: note: 't' is used together with 'work' here, after the write
  // CHECK-FIXES: {{^}}  auto work = t.slice(0, 0, 2);{{$}}
  auto r = t + work;
  work.fill_(0);
  return r;
}

// A view on one path only (a may-fact): not reported unless Strict.
torch::Tensor onePath(torch::Tensor t, bool flag) {
  torch::Tensor work = t.clone();
  if (flag)
    work = t.select(0, 0);
  work.zero_();
  return t.sum();
}

// A reference names the original on purpose.
torch::Tensor byReference(torch::Tensor t) {
  auto &backup = t;
  backup.add_(1);
  return t.sum();
}

// Writing the original and reading the view is a stale snapshot, another
// check's business.
torch::Tensor writeOriginal(torch::Tensor t) {
  auto backup = t.slice(0, 0, 2);
  t.zero_();
  return backup.sum();
}

// A by-value Tensor updated in place through a view is libtorch's
// convention, not a bug.
void byValueInPlace(torch::Tensor t) {
  auto head = t.narrow(0, 0, 1);
  head.fill_(1);
}

// The view goes out of scope; the write into the tensor is the intent and
// the later read expects it.
torch::Tensor scopedView(torch::Tensor t) {
  {
    auto head = t.narrow(0, 0, 1);
    head.fill_(1);
  }
  return t.sum();
}

// Reading only the original's shape after the write is no use of its
// values: the in-place row loop reads `t.size(0)` in its condition.
void scaleRows(torch::Tensor t) {
  for (int64_t i = 0; i < t.size(0); ++i) {
    auto tmp = t.select(0, i);
    tmp.mul_(2);
  }
}
int64_t clearHead(torch::Tensor t) {
  auto backup = t.narrow(0, 0, 1);
  backup.zero_();
  return t.size(0) + t.numel() + t.dim();
}

// grad() is another tensor: zeroing it does not write `w`.
double manualStep(torch::Tensor w) {
  auto saved = w.grad();
  saved.zero_();
  return w.sum().item<double>();
}

// NOLINT and NOLINTNEXTLINE are honoured.
float suppressed(torch::Tensor data) {
  auto backup = data.slice(0, 0, 5);
  backup.mul_(2); // NOLINT(aliasing-write-through-view)
  auto copy = data.slice(0, 5, 10);
  // NOLINTNEXTLINE(aliasing-write-through-view)
  copy.mul_(2);
  return data.sum().item<float>();
}

// A closure writing an explicit copy leaves t alone.
float closureClearsClone(torch::Tensor t) {
  auto backup = t.narrow(0, 0, 1).clone();
  auto clear = [&backup] { backup.zero_(); };
  clear();
  return t.sum().item<float>() + backup.sum().item<float>();
}
