// Every case runs on the mock headers and on the real Debian headers.
// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t -- %mock_flags
// RUN: %check_clang_tidy %s aliasing-lost-write-to-copy %t.real -- %torch_flags
// The fixed file compiles:
// RUN: clang++ -fsyntax-only %mock_flags %t.cpp
// RUN: clang++ -fsyntax-only %torch_flags %t.real.cpp
#include <torch/torch.h>

#include <vector>

using torch::indexing::None;
using torch::indexing::Slice;

// ===== Positives ==========================================================

// An advanced (tensor) index copies: the assignment never reaches `weight`.
void reinitDeadUnits(torch::Tensor &weight, const torch::Tensor &dead) {
  if (dead.numel() == 0)
    return;
  weight.index({dead}) = torch::randn({4, 8}) * 0.01;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 'weight' is lost: 'at::Tensor::index' with an advanced (tensor or mask) index returns a copy, so 'weight' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-FIXES: weight.index_put_({dead}, torch::randn({4, 8}) * 0.01);
}

// A boolean mask index copies too; compound assignments hit the copy.
torch::Tensor smoothTargets(torch::Tensor targets, double eps) {
  torch::Tensor pos = targets > 0.5;
  targets.index({pos}) -= eps;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 'targets' is lost: 'at::Tensor::index' with an advanced (tensor or mask) index returns a copy, so 'targets' is NOT modified [aliasing-lost-write-to-copy]
  targets.index({targets <= 0.5}) += eps / 10;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 'targets' is lost: 'at::Tensor::index' with an advanced (tensor or mask) index returns a copy, so 'targets' is NOT modified [aliasing-lost-write-to-copy]
  return targets;
}

// index_select copies; zero_() on the result is lost.
void freezeRows(torch::Tensor grad, const torch::Tensor &frozenIds) {
  grad.index_select(0, frozenIds).zero_();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 'grad' is lost: 'at::Tensor::index_select' returns a copy, so 'grad' is NOT modified [aliasing-lost-write-to-copy]
}

// fill_ on an advanced index: rewritten to index_put_.
void clearSelected(torch::Tensor t, const torch::Tensor &idx) {
  t.index({idx}).fill_(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 't' is lost: 'at::Tensor::index' with an advanced (tensor or mask) index returns a copy, so 't' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-FIXES: t.index_put_({idx}, 0);
}

// On a const tensor index_put_ would not compile (the RUN lines compile the
// fixed file): no fix-it.
void clearSelectedConst(const torch::Tensor &t, const torch::Tensor &idx) {
  t.index({idx}) = 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 't' is lost: 'at::Tensor::index' with an advanced (tensor or mask) index returns a copy, so 't' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-FIXES: t.index({idx}) = 0;
}

// copy_ stores its argument's values: index_put_ with them. An update
// (mul_) or a write into a view of the copy has no index_put_ spelling.
void copySelected(torch::Tensor t, const torch::Tensor &idx, const torch::Tensor &src) {
  t.index({idx}).copy_(src);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 't' is lost: 'at::Tensor::index' with an advanced (tensor or mask) index returns a copy, so 't' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-FIXES: t.index_put_({idx}, src);
  t.index({idx}).mul_(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 't' is lost: 'at::Tensor::index' with an advanced (tensor or mask) index returns a copy, so 't' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-FIXES: t.index({idx}).mul_(2);
  t.index({idx}).slice(0, 0, 1).fill_(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 't' is lost: 'at::Tensor::index' with an advanced (tensor or mask) index returns a copy, so 't' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-FIXES: t.index({idx}).slice(0, 0, 1).fill_(1);
}

// One advanced entry among basic ones makes the whole index a copy.
void clearColumns(torch::Tensor t, const torch::Tensor &cols) {
  t.index({Slice(), cols}) = 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 't' is lost: 'at::Tensor::index' with an advanced (tensor or mask) index returns a copy, so 't' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-FIXES: t.index_put_({Slice(), cols}, 1);
}

// A C++ bool index is advanced indexing as well.
void boolIndex(torch::Tensor t) {
  t.index({true}) = 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 't' is lost: 'at::Tensor::index' with an advanced (tensor or mask) index returns a copy, so 't' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-FIXES: t.index_put_({true}, 0);
}

// masked_select copies: the NaN gradients are never cleared.
void scrubNanGrads(const std::vector<torch::Tensor> &params) {
  for (const auto &p : params) {
    p.grad().masked_select(p.grad() != p.grad()).zero_();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write to a temporary copy of 'p.grad()' is lost: 'at::Tensor::masked_select' returns a copy, so 'p.grad()' is NOT modified [aliasing-lost-write-to-copy]
  }
}

// A named clone written in a branch and dropped at the end of its scope.
torch::Tensor encode(const torch::Tensor &input, bool standardize, const torch::Tensor &mean) {
  if (standardize) {
    torch::Tensor x = input.clone();
    x.sub_(mean);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write to 'x' is never read: 'x' is a copy of 'input', so 'input' is NOT modified [aliasing-lost-write-to-copy]
    // CHECK-MESSAGES: :[[@LINE-3]]:23: note: 'x' is made a copy of 'input' by 'at::Tensor::clone' here
  }
  return input;
}

// A named advanced-index copy, written, never read.
void zeroPicked(torch::Tensor t, const torch::Tensor &idx) {
  auto picked = t.index({idx});
  picked.zero_();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'picked' is never read: 'picked' is a copy of 't', so 't' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'picked' is made a copy of 't' by 'at::Tensor::index' here
}

// A temporary copy handed to a same-TU helper that writes its parameter.
static void bumpInPlace(torch::Tensor x) { x.add_(1); }
void bumpSelected(torch::Tensor t, const torch::Tensor &idx) {
  bumpInPlace(t.index({idx}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 't' is lost: 'at::Tensor::index' with an advanced (tensor or mask) index returns a copy, so 't' is NOT modified [aliasing-lost-write-to-copy]
  bumpInPlace(t.clone());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to a temporary copy of 't' is lost: 'at::Tensor::clone' returns a copy, so 't' is NOT modified [aliasing-lost-write-to-copy]
}

// A member tensor indexed with a mask.
struct Embedding {
  torch::Tensor weight;
  void resetPadding(const torch::Tensor &padMask) {
    weight.index({padMask}) = 0.0;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write to a temporary copy of 'weight' is lost: 'at::Tensor::index' with an advanced (tensor or mask) index returns a copy, so 'weight' is NOT modified [aliasing-lost-write-to-copy]
    // CHECK-FIXES: weight.index_put_({padMask}, 0.0);
  }
};

// A chain of in-place ops on a named clone that is then dropped.
torch::Tensor standardize(const torch::Tensor &input, bool on, const torch::Tensor &mean,
                          const torch::Tensor &std) {
  if (on) {
    torch::Tensor x = input.clone();
    x.sub_(mean).div_(std);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write to 'x' is never read: 'x' is a copy of 'input', so 'input' is NOT modified [aliasing-lost-write-to-copy]
    // CHECK-MESSAGES: :[[@LINE-3]]:23: note: 'x' is made a copy of 'input' by 'at::Tensor::clone' here
  }
  return input;
}

// Writes to temporary copies as unbraced loop bodies.
void scrubUnbraced(const std::vector<torch::Tensor> &params) {
  for (const auto &p : params)
    p.grad().masked_select(p.grad() != p.grad()).zero_();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write to a temporary copy of 'p.grad()' is lost: 'at::Tensor::masked_select' returns a copy, so 'p.grad()' is NOT modified [aliasing-lost-write-to-copy]
}
void clearRepeatedly(torch::Tensor t, const torch::Tensor &idx, int n) {
  int i = 0;
  do
    t.index_select(0, idx).zero_();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write to a temporary copy of 't' is lost: 'at::Tensor::index_select' returns a copy, so 't' is NOT modified [aliasing-lost-write-to-copy]
  while (++i < n);
}

// The copy's handle is rebound before anything reads it: the written copy is
// dropped (whether the handle was read later does not matter; what it
// holds then is another array's view).
torch::Tensor normalisedHead(const torch::Tensor &x, const torch::Tensor &y) {
  torch::Tensor c = x.clone();
  c.div_(2.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'c' is never read: 'c' is a copy of 'x', so 'x' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-3]]:21: note: 'c' is made a copy of 'x' by 'at::Tensor::clone' here
  c = y.slice(0, 0, 2);
  return c.sum();
}

// A closure writing a copy that nobody reads afterwards.
void closureWritesCopy(const torch::Tensor &t) {
  torch::Tensor x = t.clone();
  auto shift = [&x] { x.sub_(1); };
  shift();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'x' is never read: 'x' is a copy of 't', so 't' is NOT modified [aliasing-lost-write-to-copy]
  // CHECK-MESSAGES: :[[@LINE-4]]:21: note: 'x' is made a copy of 't' by 'at::Tensor::clone' here
}

// ===== Negatives ==========================================================

// index_put_ is the correct spelling of advanced-index assignment.
void reinitWithPut(torch::Tensor &weight, const torch::Tensor &dead) {
  weight.index_put_({dead}, torch::randn({4, 8}) * 0.01);
}

// Basic indices are views: these assignments write into `table`.
void initEmbeddings(torch::Tensor &table, int64_t paddingIdx, int64_t nReserved, const torch::Tensor &v) {
  table.index({paddingIdx}) = 0.0;
  table.index({0}) = v;
  table.index({Slice(0, 2)}) = 0;
  table.index({Slice(1, nReserved), Slice()}) = table.index({Slice(nReserved, None)}).mean();
}

// The clone is the output: written with basic indices and returned.
torch::Tensor cutout(const torch::Tensor &images, int64_t y, int64_t x, int64_t size) {
  torch::Tensor out = images.clone();
  out.index({Slice(), Slice(), Slice(y, y + size), Slice(x, x + size)}) = 0.0;
  return out;
}

// The masked copy is only read; the write goes through index_put_.
torch::Tensor imputeMean(torch::Tensor x, const torch::Tensor &valid) {
  double m = x.index({valid}).mean().item<double>();
  x.index_put_({valid}, m);
  return x;
}

// A named copy written and then read.
torch::Tensor scaledPicked(const torch::Tensor &t, const torch::Tensor &idx) {
  auto picked = t.index({idx});
  picked.mul_(2);
  return picked.sum();
}

// The result of the in-place op on the copy is kept.
torch::Tensor keptResult(const torch::Tensor &t, const torch::Tensor &idx) {
  auto doubled = t.index({idx}).mul_(2);
  return doubled;
}

// Copies written in a loop and collected.
std::vector<torch::Tensor> normalisedCopies(const std::vector<torch::Tensor> &xs) {
  std::vector<torch::Tensor> out;
  for (const auto &x : xs) {
    torch::Tensor c = x.clone();
    c.div_(c.sum());
    out.push_back(c);
  }
  return out;
}

// A second handle made before the write still holds the written copy after
// the first is rebound, and is read.
torch::Tensor keptByHandle(const torch::Tensor &x, const torch::Tensor &y) {
  torch::Tensor c = x.clone();
  torch::Tensor kept = c;
  c.div_(2.0);
  c = y.slice(0, 0, 2);
  return kept + c;
}

// The written copy is handed back through the original handle.
void roundTrip(torch::Tensor &t) {
  torch::Tensor c = t.clone();
  c.clamp_(0.0, 1.0);
  t = c;
}

// The copy is written in a loop and read on the next iteration.
torch::Tensor iterate(const torch::Tensor &x0, int n) {
  torch::Tensor x = x0.clone();
  for (int i = 0; i < n; ++i) {
    if (i > 0)
      x.add_(x.sum());
    x.mul_(0.5);
  }
  return x0;
}

// Writes through views of the original are not lost.
void viewsAreNotCopies(torch::Tensor t) {
  t.slice(0, 0, 2).zero_();
  t.select(0, 1).fill_(1);
  t.narrow(0, 2, 1) = 3;
}

// A copy on one path only is not a definite copy.
void onePathCopy(torch::Tensor t, bool fresh) {
  torch::Tensor w = t;
  if (fresh)
    w = t.clone();
  w.zero_();
}

// A 0-dim integer tensor index is an integer (select, a view): argmax() and
// argmin() without a dim, torch::tensor(int).
torch::Tensor oneHotArgmax(const torch::Tensor &scores) {
  torch::Tensor out = torch::zeros_like(scores);
  out.index({scores.argmax()}) = 1.0;
  return out;
}
torch::Tensor markArgminAndFirst(torch::Tensor t) {
  t.index({t.argmin()}) = 0;
  t.index({torch::tensor(1)}) = 9;
  return t;
}

// NOLINT and NOLINTNEXTLINE are honoured.
void suppressed(torch::Tensor t, const torch::Tensor &idx) {
  t.index({idx}) = 0; // NOLINT(aliasing-lost-write-to-copy)
  // NOLINTNEXTLINE(aliasing-lost-write-to-copy)
  t.index({idx}).fill_(1);
}

// A closure that reads what it writes, and one whose copy is read after
// the call: neither write is lost.
torch::Tensor closureReadsCopy(const torch::Tensor &t) {
  torch::Tensor x = t.clone();
  torch::Tensor out;
  auto shift = [&] { x.sub_(1); out = x * 2; };
  shift();
  return out;
}
// A closure made before the write reads the copy when it is called after.
void showLater(const torch::Tensor &);
void closureReadsLater(const torch::Tensor &t) {
  torch::Tensor x = t.clone();
  auto show = [&x] { showLater(x); };
  x.sub_(1);
  show();
}
torch::Tensor closureCopyReadAfter(const torch::Tensor &t) {
  torch::Tensor x = t.clone();
  auto shift = [&x] { x.sub_(1); };
  shift();
  return x;
}
