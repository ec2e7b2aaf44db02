// Hostile but valid C++ (issue 14): goto into a loop, switch fall-through,
// nested conditional operators, GNU statement expressions, exceptions.
// Every diagnostic of the file is listed (check_clang_tidy.py allows no
// other): a function without CHECK-MESSAGES is a checked no-finding.
// RUN: %check_clang_tidy %s 'aliasing-*' %t -- %mock_flags
#include <opencv2/core.hpp>
#include <torch/torch.h>

// goto into a loop body: the write through the view is reached, once.
double gotoIntoLoop(cv::Mat &img, int n) {
  cv::Mat tmp = img.rowRange(0, 1);
  int i = 0;
  goto inside;
  for (; i < n; ++i) {
  inside:
    tmp.setTo(cv::Scalar(i));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write through 'tmp' also modifies 'img': 'tmp' is a view of 'img' created by 'cv::Mat::rowRange' [aliasing-write-through-view]
    // CHECK-MESSAGES: :[[@LINE-7]]:17: note: 'tmp' is made a view of 'img' here
    // CHECK-MESSAGES: :[[@LINE+2]]:18: note: 'img' is read here, after the write
  }
  return cv::sum(img)[0];
}

// switch fall-through: one report, at the first write on the path.
double fallThrough(cv::Mat &img, int k) {
  cv::Mat tmp = img.colRange(0, 1);
  switch (k) {
  case 1:
    tmp.setTo(cv::Scalar(1));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write through 'tmp' also modifies 'img': 'tmp' is a view of 'img' created by 'cv::Mat::colRange' [aliasing-write-through-view]
    // CHECK-MESSAGES: :[[@LINE-5]]:17: note: 'tmp' is made a view of 'img' here
    // CHECK-MESSAGES: :[[@LINE+8]]:18: note: 'img' is read here, after the write
    [[fallthrough]];
  case 2:
    tmp.setTo(cv::Scalar(2));
    break;
  default:
    return 0;
  }
  return cv::sum(img)[0];
}

// Nested conditional operators choosing between views and a copy: 'tmp'
// only may be a view, and write-through-view reports what must alias.
double nestedConditional(cv::Mat &img, int a, int b) {
  cv::Mat tmp = a ? (b ? img.rowRange(0, 1) : img.colRange(0, 1)) : img.clone();
  tmp.setTo(cv::Scalar(0));
  return cv::sum(img)[0];
}

// Intended: every branch copies, and the copy is read.
double nestedConditionalCopies(cv::Mat &img, int a, int b) {
  cv::Mat tmp = a ? (b ? img.rowRange(0, 1).clone() : img.colRange(0, 1).clone())
                  : img.clone();
  tmp.setTo(cv::Scalar(0));
  return cv::sum(img)[0] + cv::sum(tmp)[0];
}

// A GNU statement expression yielding a view: not followed into (no
// report), and no crash on the StmtExpr in the CFG.
double statementExpression(cv::Mat &img) {
  cv::Mat tmp = ({ cv::Mat r = img.rowRange(0, 1); r; });
  tmp.setTo(cv::Scalar(0));
  return cv::sum(img)[0];
}

// Exceptions: Clang's CFG has no edge from the throw to the handler, so
// the read in the handler is not "after the write": silent, not wrong.
double exceptions(cv::Mat &img) {
  cv::Mat tmp = img.rowRange(0, 1);
  try {
    tmp.setTo(cv::Scalar(0));
    throw 1;
  } catch (int) {
    return cv::sum(img)[0];
  }
  return 0;
}

// A lost write inside a loop with continue and break: one report.
void lostInLoop(torch::Tensor t, torch::Tensor idx, int n) {
  for (int i = 0; i < n; ++i) {
    if (i == 2)
      continue;
    t.index({idx}) = i;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: write to a temporary copy of 't' is lost: 'at::Tensor::index' with an advanced (tensor or mask) index returns a copy, so 't' is NOT modified [aliasing-lost-write-to-copy]
    // CHECK-FIXES: t.index_put_({idx}, i);
    if (i > 5)
      break;
  }
}
