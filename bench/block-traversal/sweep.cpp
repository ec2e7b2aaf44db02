// Checks rules/BlockTraversal.cpp against Eigen 3.4's real assignment loops:
// for every pair of equal-size blocks of one array (sizes 2..RMAX, shifts
// -5..5, read shifted, transposed or reversed, double and float, both
// storage orders), runs `dst = src` straight and through .eval(); a claim
// ("reads an overwritten coefficient") whose result equals the .eval() one
// is a false positive. Run per instruction set and alignment (DI):
//   for f in "" "-mavx2 -mfma" "-mavx512f"; do for di in 15 16 17; do
//     clang++-22 -std=c++17 -O2 $f -DNDEBUG -DRMAX=18 -DDI=$di \
//       -I/usr/include/eigen3 -Irules bench/block-traversal/sweep.cpp \
//       rules/BlockTraversal.cpp -o /tmp/sweep && /tmp/sweep | tail -1; done; done
// Recorded (docs/checks/overlapping-assignment.md): 287980 cases each, 0 false
// positives (the misses are the cases not claimed on purpose).
#include <Eigen/Dense>
#include "BlockTraversal.h"
#include <cstdio>
using namespace Eigen;
using namespace aliaslint;
template <class M> int run(int r, int c, int a, int b, BlockMapping map, bool Row) {
  int N = 48, di = DI, dj = DI, si = di - a, sj = dj - b;
  M A(N, N);
  for (int i = 0; i < N; ++i) for (int j = 0; j < N; ++j) A(i, j) = 100 * i + j;
  M B = A, C = A;
  int sr = map == BlockMapping::Transposed ? c : r, sc = map == BlockMapping::Transposed ? r : c;
  if (map == BlockMapping::Shifted) { B.block(di, dj, r, c) = A.block(si, sj, r, c).eval(); C.block(di, dj, r, c) = C.block(si, sj, r, c); }
  if (map == BlockMapping::Transposed) { B.block(di, dj, r, c) = A.block(si, sj, sr, sc).transpose().eval(); C.block(di, dj, r, c) = C.block(si, sj, sr, sc).transpose(); }
  if (map == BlockMapping::Reversed) { B.block(di, dj, r, c) = A.block(si, sj, r, c).reverse().eval(); C.block(di, dj, r, c) = C.block(si, sj, r, c).reverse(); }
  bool wrong = !(B == C);
  bool pred = map == BlockMapping::Shifted ? shiftReadsOverwritten({r, c, a, b}, Row) : loopReadsOverwritten({r, c, a, b}, map, Row, false);
  if (pred && !wrong) { std::printf("FALSE POSITIVE %d %d %d %d map%d row%d\n", r, c, a, b, (int)map, Row); return 1; }
  if (!pred && wrong) return 2;
  return 0;
}
#ifndef RMAX
#define RMAX 9
#endif
#ifndef DI
#define DI 16
#endif
int main() {
  int fp = 0, miss = 0, total = 0;
  for (int r = 2; r <= RMAX; ++r) for (int c = 2; c <= RMAX; ++c) for (int a = -5; a <= 5; ++a) for (int b = -5; b <= 5; ++b)
    for (int m = 0; m < 3; ++m) {
      if (m == 1 && r != c) continue;
      BlockMapping map = (BlockMapping)m;
      int x[4] = {run<MatrixXd>(r, c, a, b, map, false), run<Matrix<double, Dynamic, Dynamic, RowMajor>>(r, c, a, b, map, true),
                  run<MatrixXf>(r, c, a, b, map, false), run<Matrix<float, Dynamic, Dynamic, RowMajor>>(r, c, a, b, map, true)};
      for (int k : x) { total++; fp += k == 1; miss += k == 2; }
    }
  std::printf("total %d false-positives %d missed %d\n", total, fp, miss);
}
