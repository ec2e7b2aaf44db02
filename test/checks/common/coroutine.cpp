// A coroutine's body is not analysed (Clang's CFG holds it as one opaque
// element): it gets the remark of a skipped function rather than silence
// (issue 14); ordinary functions beside it are analysed.
// RUN: %clang-tidy -load %plugin --checks='-*,aliasing-*' %s -- %mock_flags -std=c++20 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{remark|warning}}:'
#include <coroutine>
#include <torch/torch.h>

struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

Task scale(at::Tensor t) {
  // CHECK: :[[@LINE-1]]:6: remark: function 'scale' is not analysed for aliasing: coroutines are not analysed [aliasing-const-write-through-view]
  auto backup = t.slice(0, 0, 2);
  backup.mul_(2);
  co_return;
}

void small(torch::Tensor t, torch::Tensor idx) {
  t.index({idx}) = 0;
  // CHECK: :[[@LINE-1]]:3: warning: write to a temporary copy of 't' is lost
}
