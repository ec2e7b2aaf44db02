#include <armadillo>

arma::mat make();

// A note without a name ("the temporary is destroyed here"): SARIF links
// it at the end of the message.
double blockOfTemporary() {
  auto s = make().submat(0, 0, 1, 1);
  return arma::accu(s);
}
