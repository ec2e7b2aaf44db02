// Slow to compile on purpose (timeout.test): a constant expression of some
// 10^9 evaluation steps, allowed by -fconstexpr-steps; clang's evaluator
// takes minutes over it, so --timeout 1 stops it long before the end.
constexpr unsigned long spin() {
  unsigned long X = 0;
  for (unsigned long I = 0; I < 1000000000ul; ++I)
    X += I ^ (X >> 3);
  return X;
}
static_assert(spin() != 1, "");
