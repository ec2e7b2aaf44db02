// Classification metrics from logits: confusion matrix, per-class precision,
// recall and F1, top-k accuracy and calibration error, in ATen.
#include <ATen/ATen.h>

#include <vector>

struct ClassReport {
  at::Tensor precision, recall, f1, support;
};

at::Tensor confusion_matrix(const at::Tensor& predicted, const at::Tensor& target,
                            int64_t classes) {
  at::Tensor cm = at::zeros({classes, classes}, at::kLong);
  at::Tensor flat = target * classes + predicted;
  at::Tensor counts = at::bincount(flat, {}, classes * classes);
  cm.view({-1}).copy_(counts);
  return cm;
}

ClassReport class_report(const at::Tensor& cm) {
  at::Tensor cmf = cm.to(at::kDouble);
  at::Tensor tp = cmf.diagonal();
  at::Tensor predicted = cmf.sum(0);
  at::Tensor actual = cmf.sum(1);
  ClassReport r;
  r.precision = tp / predicted.clamp_min(1.0);
  r.recall = tp / actual.clamp_min(1.0);
  r.f1 = 2.0 * r.precision * r.recall / (r.precision + r.recall).clamp_min(1e-12);
  r.support = actual;
  return r;
}

double topk_accuracy(const at::Tensor& logits, const at::Tensor& target, int64_t k) {
  at::Tensor topk = std::get<1>(logits.topk(k, 1));
  at::Tensor hit = topk.eq(target.unsqueeze(1)).any(1);
  return hit.to(at::kDouble).mean().item<double>();
}

// Expected calibration error with equal-width confidence bins.
double expected_calibration_error(const at::Tensor& logits, const at::Tensor& target,
                                  int64_t bins) {
  at::Tensor prob = at::softmax(logits, 1);
  auto maxed = prob.max(1);
  at::Tensor conf = std::get<0>(maxed);
  at::Tensor pred = std::get<1>(maxed);
  at::Tensor correct = pred.eq(target).to(at::kDouble);
  double ece = 0.0;
  const double n = static_cast<double>(conf.size(0));
  for (int64_t b = 0; b < bins; ++b) {
    const double lo = static_cast<double>(b) / bins, hi = static_cast<double>(b + 1) / bins;
    at::Tensor in_bin = conf.gt(lo).logical_and(conf.le(hi));
    const int64_t count = in_bin.sum().item<int64_t>();
    if (count == 0)
      continue;
    double acc = correct.masked_select(in_bin).mean().item<double>();
    double avg_conf = conf.masked_select(in_bin).mean().item<double>();
    ece += std::abs(acc - avg_conf) * count / n;
  }
  return ece;
}

// Macro average that ignores classes with no support.
double macro_f1(const ClassReport& r) {
  at::Tensor present = r.support.gt(0);
  if (present.sum().item<int64_t>() == 0)
    return 0.0;
  return r.f1.masked_select(present).mean().item<double>();
}

int main() {
  const int64_t n = 64, classes = 5;
  at::Tensor logits = at::randn({n, classes});
  at::Tensor target = at::randint(0, classes, {n}, at::kLong);
  at::Tensor pred = logits.argmax(1);
  at::Tensor cm = confusion_matrix(pred, target, classes);
  ClassReport r = class_report(cm);
  double f1 = macro_f1(r);
  double top2 = topk_accuracy(logits, target, 2);
  double ece = expected_calibration_error(logits, target, 10);
  return (f1 >= 0.0 && top2 >= 0.0 && ece >= 0.0) ? 0 : 1;
}
