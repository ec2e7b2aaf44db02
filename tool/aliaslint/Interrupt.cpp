//===- Interrupt.cpp ------------------------------------------------------===//
#include "Interrupt.h"
#include "llvm/Support/Signals.h"
#include <atomic>

using namespace aliaslint;

namespace {
std::atomic<bool> InterruptFlag{false};
// A store to a lock-free atomic is what a signal handler may do.
static_assert(std::atomic<bool>::is_always_lock_free,
              "the interrupt flag must be lock-free to be set by a handler");

void onInterrupt() { InterruptFlag.store(true, std::memory_order_relaxed); }
} // namespace

void aliaslint::installInterruptHandler() {
  // LLVM calls it once, from its handler, and then restores the default.
  llvm::sys::SetInterruptFunction(onInterrupt);
}

bool aliaslint::interrupted() {
  return InterruptFlag.load(std::memory_order_relaxed);
}
