// Mock of libtorch 1.13.1 C++ frontend <torch/torch.h>: torch/types.h (`using namespace at`, dtype
// aliases) and torch/csrc/autograd/generated/variable_factories.h (factories in namespace torch).
#pragma once
#include <ATen/ATen.h>
#if __has_include(<bits/std_function.h>)
#include <bits/std_function.h>  // std::function only (libstdc++); <functional> is much slower to parse
#else
#include <functional>
#endif

namespace torch {
using namespace at; // NOLINT  (torch/types.h)
using c10::nullopt;
using c10::optional;
using Dtype = at::ScalarType;
constexpr auto kUInt8 = at::kByte;
constexpr auto kInt32 = at::kInt;
constexpr auto kInt64 = at::kLong;
constexpr auto kFloat32 = at::kFloat;
constexpr auto kFloat64 = at::kDouble;

namespace detail {
// torch/csrc/api/include/torch/detail/TensorDataContainer.h (simplified)
class TensorDataContainer {
 public:
  TensorDataContainer() {}
  TensorDataContainer(bool value) {}
  TensorDataContainer(uint8_t value) {}
  TensorDataContainer(int8_t value) {}
  TensorDataContainer(int16_t value) {}
  TensorDataContainer(int value) {}
  TensorDataContainer(int64_t value) {}
  TensorDataContainer(float value) {}
  TensorDataContainer(double value) {}
  TensorDataContainer(std::initializer_list<TensorDataContainer> init_list) {}
  template <typename T> TensorDataContainer(at::ArrayRef<T> values) {}
  template <typename T> TensorDataContainer(const std::vector<T>& values) {}
};
} // namespace detail

using Deleter = std::function<void(void*)>;
inline at::Tensor tensor(detail::TensorDataContainer tensor_data_container, const at::TensorOptions& options = {}) { return {}; }
inline at::Tensor from_blob(void* data, at::IntArrayRef sizes, at::IntArrayRef strides, const Deleter& deleter, const at::TensorOptions& options = at::TensorOptions()) { return {}; }
inline at::Tensor from_blob(void* data, at::IntArrayRef sizes, at::IntArrayRef strides, const at::TensorOptions& options = at::TensorOptions()) { return {}; }
inline at::Tensor from_blob(void* data, at::IntArrayRef sizes, const Deleter& deleter, const at::TensorOptions& options = at::TensorOptions()) { return {}; }
inline at::Tensor from_blob(void* data, at::IntArrayRef sizes, const at::TensorOptions& options = at::TensorOptions()) { return {}; }
inline at::Tensor arange(const at::Scalar& end, at::TensorOptions options = {}) { return {}; }
inline at::Tensor arange(const at::Scalar& start, const at::Scalar& end, at::TensorOptions options = {}) { return {}; }
inline at::Tensor arange(const at::Scalar& start, const at::Scalar& end, const at::Scalar& step, at::TensorOptions options = {}) { return {}; }
inline at::Tensor empty(at::IntArrayRef size, at::TensorOptions options = {}, c10::optional<at::MemoryFormat> memory_format = c10::nullopt) { return {}; }
inline at::Tensor full(at::IntArrayRef size, const at::Scalar& fill_value, at::TensorOptions options = {}) { return {}; }
inline at::Tensor ones(at::IntArrayRef size, at::TensorOptions options = {}) { return {}; }
inline at::Tensor rand(at::IntArrayRef size, at::TensorOptions options = {}) { return {}; }
inline at::Tensor randn(at::IntArrayRef size, at::TensorOptions options = {}) { return {}; }
inline at::Tensor randint(int64_t high, at::IntArrayRef size, at::TensorOptions options = at::kLong) { return {}; }
inline at::Tensor zeros(at::IntArrayRef size, at::TensorOptions options = {}) { return {}; }
inline at::Tensor zeros_like(const at::Tensor& self, at::TensorOptions options = {}, c10::optional<at::MemoryFormat> memory_format = c10::nullopt) { return {}; }
inline at::Tensor ones_like(const at::Tensor& self, at::TensorOptions options = {}, c10::optional<at::MemoryFormat> memory_format = c10::nullopt) { return {}; }
inline at::Tensor eye(int64_t n, at::TensorOptions options = {}) { return {}; }
} // namespace torch
