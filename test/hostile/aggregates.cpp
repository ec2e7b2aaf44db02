// Hostile but valid C++ (issue 14): structured bindings, std::move of
// handles, views kept in std::vector, std::optional and structs. The
// engine tracks arrays held by variables of array type, not elements of
// containers or aggregates: every function here is silent (check_clang_tidy.py
// fails on any diagnostic), and none may crash or name a wrong variable.
// RUN: %check_clang_tidy %s 'aliasing-*' %t -- %mock_flags
#include <opencv2/core.hpp>
#include <torch/torch.h>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

// Structured bindings over a pair of views.
double structuredBindings(cv::Mat &img) {
  auto [top, bottom] = std::make_pair(img.rowRange(0, 1), img.rowRange(1, 2));
  top.setTo(cv::Scalar(0));
  return cv::sum(img)[0] + cv::sum(bottom)[0];
}

// Structured bindings over a struct of tensors, written in place.
struct Parts {
  torch::Tensor head, tail;
};
void bindingsOfStruct(torch::Tensor t) {
  auto [head, tail] = Parts{t.slice(0, 0, 1), t.slice(0, 1, 2)};
  head.mul_(2);
  tail.add_(1);
}

// std::move of a handle: 'moved' is the same handle, and reading 'moved'
// afterwards is what the code means.
double movedHandle(cv::Mat img) {
  cv::Mat moved = std::move(img);
  moved.setTo(cv::Scalar(0));
  return cv::sum(moved)[0];
}

// std::move of a view into a variable named like an intended view.
double movedView(cv::Mat &img) {
  cv::Mat band = img.rowRange(0, 1);
  cv::Mat top = std::move(band);
  top.setTo(cv::Scalar(0));
  return cv::sum(img)[0];
}

// Views kept in a std::vector, a std::optional and a struct.
struct Pair {
  cv::Mat a, b;
};
double containers(cv::Mat &img) {
  std::vector<cv::Mat> rows;
  rows.push_back(img.rowRange(0, 1));
  rows[0].setTo(cv::Scalar(0));
  std::optional<cv::Mat> maybe = img.colRange(0, 1);
  maybe->setTo(cv::Scalar(1));
  Pair p{img.rowRange(0, 1), img.clone()};
  p.b.setTo(cv::Scalar(2));
  return cv::sum(img)[0] + cv::sum(p.b)[0];
}

// A tensor view in a struct member, written through the member.
struct Holder {
  torch::Tensor view;
};
void structMember(torch::Tensor t) {
  Holder h{t.slice(0, 0, 2)};
  h.view.mul_(2);
}
