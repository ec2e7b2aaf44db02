#include <mylib/array.h>

double userRefill(my::Array &a) {
  my::Array backup = a;
  backup.fill(1);
  return a.sum();
}
