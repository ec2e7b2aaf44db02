// Mock of libtorch 1.13.1 ATen (Debian libtorch-dev). Declarations only; never linked.
// Mirrors: c10/util/{ArrayRef,Optional,OptionalArrayRef}.h, c10/core/{Scalar,ScalarType,TensorOptions}.h,
// ATen/core/{ATen_fwd,IListRef,TensorBase,TensorBody}.h, ATen/TensorIndexing.h, ATen/TensorOperators.h,
// ATen/ops/{zeros,ones,rand,randn,empty,arange,cat,stack}.h.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <type_traits>
#include <utility>
#include <vector>

namespace c10 {
struct nullopt_t { constexpr explicit nullopt_t(int) {} };
constexpr nullopt_t nullopt{0};

template <class T> class optional {
 public:
  constexpr optional() noexcept {}
  constexpr optional(nullopt_t) noexcept {}
  optional(const optional&) = default;
  optional(optional&&) = default;
  template <class U = T, typename std::enable_if<std::is_constructible<T, U&&>::value &&
                                                 !std::is_same<typename std::decay<U>::type, optional<T>>::value &&
                                                 !std::is_same<typename std::decay<U>::type, nullopt_t>::value,
                                             bool>::type = false>
  constexpr optional(U&& u) : has_(true) { (void)u; }
  optional& operator=(const optional&) = default;
  constexpr bool has_value() const noexcept { return has_; }
  T value() const { return T(); }
 private:
  bool has_ = false;
};

template <typename T> class ArrayRef final {
 public:
  constexpr ArrayRef() : Data(nullptr), Length(0) {}
  constexpr ArrayRef(const T& OneElt) : Data(&OneElt), Length(1) {}
  constexpr ArrayRef(const T* data, size_t length) : Data(data), Length(length) {}
  template <typename A> ArrayRef(const std::vector<T, A>& Vec) : Data(Vec.data()), Length(Vec.size()) {}
  template <size_t N> constexpr ArrayRef(const std::array<T, N>& Arr) : Data(Arr.data()), Length(N) {}
  template <size_t N> constexpr ArrayRef(const T (&Arr)[N]) : Data(Arr), Length(N) {}
  constexpr ArrayRef(const std::initializer_list<T>& Vec) : Data(Vec.begin()), Length(Vec.size()) {}
  constexpr const T* begin() const { return Data; }
  constexpr const T* end() const { return Data + Length; }
  constexpr const T* data() const { return Data; }
  constexpr size_t size() const { return Length; }
  constexpr bool empty() const { return Length == 0; }
  const T& operator[](size_t i) const { return Data[i]; }
  std::vector<T> vec() const { return std::vector<T>(Data, Data + Length); }
 private:
  const T* Data;
  size_t Length;
};
using IntArrayRef = ArrayRef<int64_t>;

template <typename T> class OptionalArrayRef final {
 public:
  constexpr OptionalArrayRef() noexcept {}
  constexpr OptionalArrayRef(nullopt_t) noexcept {}
  constexpr OptionalArrayRef(const T& value) noexcept : wrapped_opt_array_ref(ArrayRef<T>(value)) {}
  constexpr OptionalArrayRef(const std::initializer_list<T>& Vec) : wrapped_opt_array_ref(ArrayRef<T>(Vec)) {}
 private:
  optional<ArrayRef<T>> wrapped_opt_array_ref;
};

enum class ScalarType : int8_t { Byte, Char, Short, Int, Long, Half, Float, Double, ComplexHalf, ComplexFloat, ComplexDouble, Bool };
constexpr ScalarType kByte = ScalarType::Byte;
constexpr ScalarType kChar = ScalarType::Char;
constexpr ScalarType kShort = ScalarType::Short;
constexpr ScalarType kInt = ScalarType::Int;
constexpr ScalarType kLong = ScalarType::Long;
constexpr ScalarType kHalf = ScalarType::Half;
constexpr ScalarType kFloat = ScalarType::Float;
constexpr ScalarType kDouble = ScalarType::Double;
constexpr ScalarType kBool = ScalarType::Bool;
enum class MemoryFormat : int8_t { Contiguous, Preserve, ChannelsLast, ChannelsLast3d };
enum class DeviceType : int8_t { CPU = 0, CUDA = 1 };
constexpr DeviceType kCPU = DeviceType::CPU;
constexpr DeviceType kCUDA = DeviceType::CUDA;
struct Device { Device(DeviceType type, int8_t index = -1) : type_(type), index_(index) {} DeviceType type_; int8_t index_; };

class Scalar {
 public:
  Scalar() : Scalar(int64_t(0)) {}
  // real: one implicit constructor per scalar type (macro-generated)
  Scalar(double vv) : d(vv) {}
  Scalar(float vv) : d(vv) {}
  Scalar(int vv) : d(vv) {}
  Scalar(int64_t vv) : d(double(vv)) {}
  Scalar(int16_t vv) : d(vv) {}
  Scalar(int8_t vv) : d(vv) {}
  Scalar(uint8_t vv) : d(vv) {}
  template <typename T, typename std::enable_if<std::is_same<T, bool>::value, bool>::type* = nullptr>
  Scalar(T vv) : d(vv) {}
  Scalar(const Scalar& rhs) : d(rhs.d) {}
  Scalar(Scalar&& rhs) noexcept : d(rhs.d) {}
  Scalar& operator=(const Scalar& other) { d = other.d; return *this; }
  Scalar& operator=(Scalar&& other) { d = other.d; return *this; }
  ~Scalar() {}
  template <typename T> T to() const = delete;
  double toDouble() const { return d; }
  float toFloat() const { return float(d); }
  int64_t toLong() const { return int64_t(d); }
  int toInt() const { return int(d); }
  bool toBool() const { return d != 0; }
  bool isIntegral(bool) const { return true; }
  bool isFloatingPoint() const { return false; }
 private:
  double d;
};

class TensorOptions {
 public:
  TensorOptions() {}
  /* implicit */ TensorOptions(ScalarType dtype) {}
  template <typename T, typename = typename std::enable_if<std::is_same<typename std::decay<T>::type, Device>::value>::type>
  /* implicit */ TensorOptions(T&& device) {}
  template <typename... Args, typename = typename std::enable_if<std::is_constructible<Device, Args&&...>::value>::type>
  /* implicit */ TensorOptions(Args&&... args) {}
  /* implicit */ TensorOptions(MemoryFormat memory_format) {}
  TensorOptions dtype(c10::optional<ScalarType> dtype) const noexcept { return *this; }
  TensorOptions device(c10::optional<Device> device) const noexcept { return *this; }
  TensorOptions requires_grad(c10::optional<bool> requires_grad) const noexcept { return *this; }
};

template <typename T> class IListRef {
 public:
  IListRef() {}
  IListRef(const ArrayRef<T>& unboxed) {}
  IListRef(const std::initializer_list<T>& list) {}
  template <typename... UnboxedConstructorArgs,
            typename = typename std::enable_if<std::is_constructible<ArrayRef<T>, UnboxedConstructorArgs...>::value>::type>
  IListRef(UnboxedConstructorArgs&&... args) {}
  size_t size() const { return 0; }
};
} // namespace c10

namespace caffe2 { using namespace c10; }
namespace at { using namespace c10; }

namespace at {
class Tensor;
struct Dimname {};
using TensorList = c10::ArrayRef<Tensor>;
using ITensorListRef = c10::IListRef<Tensor>;
using DimnameList = c10::ArrayRef<Dimname>;
using IntArrayRef = c10::ArrayRef<int64_t>;
using OptionalIntArrayRef = c10::OptionalArrayRef<int64_t>;
using c10::Scalar;
using c10::TensorOptions;
namespace indexing { struct TensorIndex; }

class TensorBase {
 public:
  TensorBase() {}
  TensorBase(const TensorBase&) = default;
  TensorBase(TensorBase&&) = default;
  TensorBase& operator=(const TensorBase& x) & = default;
  TensorBase& operator=(TensorBase&& x) & = default;
  int64_t dim() const { return 0; }
  int64_t ndimension() const { return dim(); }
  TensorBase contiguous(MemoryFormat memory_format = MemoryFormat::Contiguous) const { return *this; }
  bool is_contiguous(at::MemoryFormat memory_format = at::MemoryFormat::Contiguous) const { return true; }
  const TensorBase& fill_(const c10::Scalar& scalar) const { return *this; }
  const TensorBase& zero_() const { return *this; }
  TensorBase to(at::TensorOptions options = {}, bool non_blocking = false, bool copy = false,
                c10::optional<at::MemoryFormat> memory_format = c10::nullopt) const { return *this; }
  int64_t size(int64_t dim) const { return 0; }
  int64_t stride(int64_t dim) const { return 0; }
  IntArrayRef sizes() const { return {}; }
  IntArrayRef strides() const { return {}; }
  bool defined() const { return true; }
  bool is_same(const TensorBase& other) const noexcept { return true; }
  bool is_alias_of(const at::TensorBase& other) const { return true; }
  int64_t numel() const { return 0; }
  ScalarType scalar_type() const { return ScalarType::Float; }
  TensorOptions options() const { return TensorOptions(); }
  template <typename T> T* data_ptr() const { return nullptr; }
  void* data_ptr() const { return nullptr; }
};

class Tensor : public TensorBase {
 public:
  Tensor() = default;
  Tensor(const Tensor& tensor) = default;
  Tensor(Tensor&& tensor) = default;
  explicit Tensor(const TensorBase& base) : TensorBase(base) {}
  /*implicit*/ Tensor(TensorBase&& base) : TensorBase(std::move(base)) {}

  Tensor contiguous(MemoryFormat memory_format = MemoryFormat::Contiguous) const { return *this; }
  using TensorBase::size;
  using TensorBase::stride;

  // Ref-qualified assignment exactly as in ATen/core/TensorBody.h: lvalue = rebind, rvalue = copy_/fill_.
  Tensor& operator=(const TensorBase& x) & { return *this; }
  Tensor& operator=(TensorBase&& x) & { return *this; }
  Tensor& operator=(const Tensor& x) & { return *this; }
  Tensor& operator=(Tensor&& x) & { return *this; }
  Tensor& operator=(Scalar v) && { return fill_(v); }
  Tensor& operator=(const Tensor& rhs) && { return copy_(rhs); }
  Tensor& operator=(Tensor&& rhs) && { return copy_(rhs); }

  Tensor toType(ScalarType t) const { return *this; }
  template <typename T> T* data() const { return nullptr; }
  template <typename T> T item() const;

  Tensor operator~() const { return *this; }
  Tensor operator-() const { return *this; }
  Tensor& operator+=(const Tensor& other) { return *this; }
  Tensor& operator+=(Scalar other) { return *this; }
  Tensor& operator-=(const Tensor& other) { return *this; }
  Tensor& operator-=(Scalar other) { return *this; }
  Tensor& operator*=(const Tensor& other) { return *this; }
  Tensor& operator*=(Scalar other) { return *this; }
  Tensor& operator/=(const Tensor& other) { return *this; }
  Tensor& operator/=(Scalar other) { return *this; }
  Tensor& operator&=(const Tensor& other) { return *this; }
  Tensor& operator|=(const Tensor& other) { return *this; }
  Tensor& operator^=(const Tensor& other) { return *this; }
  Tensor operator[](Scalar index) const { return *this; }
  Tensor operator[](Tensor index) const { return *this; }
  Tensor operator[](int64_t index) const { return *this; }

  Tensor index(ArrayRef<at::indexing::TensorIndex> indices) const;
  Tensor index(std::initializer_list<at::indexing::TensorIndex> indices) const;
  Tensor& index_put_(ArrayRef<at::indexing::TensorIndex> indices, Tensor const& rhs);
  Tensor& index_put_(ArrayRef<at::indexing::TensorIndex> indices, const Scalar& v);
  Tensor& index_put_(std::initializer_list<at::indexing::TensorIndex> indices, Tensor const& rhs);
  Tensor& index_put_(std::initializer_list<at::indexing::TensorIndex> indices, const Scalar& v);

  Tensor cpu() const { return *this; }
  Tensor cuda() const { return *this; }
  const Tensor& grad() const { return *this; }
  int64_t size(at::Dimname dim) const { return 0; }

  // generated operators (TensorBody.h): out-of-place -> at::Tensor, in-place `*_` -> at::Tensor& and const
  at::Tensor abs() const { return *this; }
  at::Tensor& abs_() const { return const_cast<Tensor&>(*this); }
  at::Tensor add(const at::Tensor& other, const at::Scalar& alpha = 1) const { return *this; }
  at::Tensor& add_(const at::Tensor& other, const at::Scalar& alpha = 1) const { return const_cast<Tensor&>(*this); }
  at::Tensor add(const at::Scalar& other, const at::Scalar& alpha = 1) const { return *this; }
  at::Tensor& add_(const at::Scalar& other, const at::Scalar& alpha = 1) const { return const_cast<Tensor&>(*this); }
  at::Tensor sub(const at::Tensor& other, const at::Scalar& alpha = 1) const { return *this; }
  at::Tensor& sub_(const at::Tensor& other, const at::Scalar& alpha = 1) const { return const_cast<Tensor&>(*this); }
  at::Tensor sub(const at::Scalar& other, const at::Scalar& alpha = 1) const { return *this; }
  at::Tensor& sub_(const at::Scalar& other, const at::Scalar& alpha = 1) const { return const_cast<Tensor&>(*this); }
  at::Tensor mul(const at::Tensor& other) const { return *this; }
  at::Tensor& mul_(const at::Tensor& other) const { return const_cast<Tensor&>(*this); }
  at::Tensor mul(const at::Scalar& other) const { return *this; }
  at::Tensor& mul_(const at::Scalar& other) const { return const_cast<Tensor&>(*this); }
  at::Tensor div(const at::Tensor& other) const { return *this; }
  at::Tensor& div_(const at::Tensor& other) const { return const_cast<Tensor&>(*this); }
  at::Tensor div(const at::Scalar& other) const { return *this; }
  at::Tensor& div_(const at::Scalar& other) const { return const_cast<Tensor&>(*this); }
  at::Tensor& zero_() const { return const_cast<Tensor&>(*this); }
  at::Tensor& fill_(const at::Scalar& value) const { return const_cast<Tensor&>(*this); }
  at::Tensor& fill_(const at::Tensor& value) const { return const_cast<Tensor&>(*this); }
  at::Tensor& copy_(const at::Tensor& src, bool non_blocking = false) const { return const_cast<Tensor&>(*this); }
  at::Tensor clamp(const c10::optional<at::Scalar>& min, const c10::optional<at::Scalar>& max = c10::nullopt) const { return *this; }
  at::Tensor& clamp_(const c10::optional<at::Scalar>& min, const c10::optional<at::Scalar>& max = c10::nullopt) const { return const_cast<Tensor&>(*this); }
  at::Tensor& clamp_(const c10::optional<at::Tensor>& min = {}, const c10::optional<at::Tensor>& max = {}) const { return const_cast<Tensor&>(*this); }
  at::Tensor relu() const { return *this; }
  at::Tensor& relu_() const { return const_cast<Tensor&>(*this); }
  at::Tensor masked_fill(const at::Tensor& mask, const at::Scalar& value) const { return *this; }
  at::Tensor& masked_fill_(const at::Tensor& mask, const at::Scalar& value) const { return const_cast<Tensor&>(*this); }
  at::Tensor& masked_fill_(const at::Tensor& mask, const at::Tensor& value) const { return const_cast<Tensor&>(*this); }
  at::Tensor& index_fill_(int64_t dim, const at::Tensor& index, const at::Scalar& value) const { return const_cast<Tensor&>(*this); }
  at::Tensor& index_fill_(int64_t dim, const at::Tensor& index, const at::Tensor& value) const { return const_cast<Tensor&>(*this); }
  at::Tensor& index_copy_(int64_t dim, const at::Tensor& index, const at::Tensor& source) const { return const_cast<Tensor&>(*this); }
  at::Tensor& index_add_(int64_t dim, const at::Tensor& index, const at::Tensor& source, const at::Scalar& alpha = 1) const { return const_cast<Tensor&>(*this); }
  at::Tensor& t_() const { return const_cast<Tensor&>(*this); }
  const at::Tensor& resize_(at::IntArrayRef size, c10::optional<at::MemoryFormat> memory_format = c10::nullopt) const { return *this; }
  at::Tensor slice(int64_t dim = 0, c10::optional<int64_t> start = c10::nullopt, c10::optional<int64_t> end = c10::nullopt, int64_t step = 1) const { return *this; }
  at::Tensor narrow(int64_t dim, int64_t start, int64_t length) const { return *this; }
  at::Tensor narrow(int64_t dim, const at::Tensor& start, int64_t length) const { return *this; }
  at::Tensor select(int64_t dim, int64_t index) const { return *this; }
  ::std::vector<at::Tensor> chunk(int64_t chunks, int64_t dim = 0) const { return {}; }
  ::std::vector<at::Tensor> split(int64_t split_size, int64_t dim = 0) const { return {}; }
  ::std::vector<at::Tensor> unbind(int64_t dim = 0) const { return {}; }
  at::Tensor view(at::IntArrayRef size) const { return *this; }
  at::Tensor view(at::ScalarType dtype) const { return *this; }
  at::Tensor view_as(const at::Tensor& other) const { return *this; }
  at::Tensor reshape(at::IntArrayRef shape) const { return *this; }
  at::Tensor reshape_as(const at::Tensor& other) const { return *this; }
  at::Tensor flatten(int64_t start_dim = 0, int64_t end_dim = -1) const { return *this; }
  at::Tensor t() const { return *this; }
  at::Tensor transpose(int64_t dim0, int64_t dim1) const { return *this; }
  at::Tensor permute(at::IntArrayRef dims) const { return *this; }
  at::Tensor expand(at::IntArrayRef size, bool implicit = false) const { return *this; }
  at::Tensor expand_as(const at::Tensor& other) const { return *this; }
  at::Tensor squeeze() const { return *this; }
  at::Tensor squeeze(int64_t dim) const { return *this; }
  at::Tensor unsqueeze(int64_t dim) const { return *this; }
  at::Tensor diagonal(int64_t offset = 0, int64_t dim1 = 0, int64_t dim2 = 1) const { return *this; }
  at::Tensor detach() const { return *this; }
  at::Tensor clone(c10::optional<at::MemoryFormat> memory_format = c10::nullopt) const { return *this; }
  at::Tensor flip(at::IntArrayRef dims) const { return *this; }
  at::Tensor index_select(int64_t dim, const at::Tensor& index) const { return *this; }
  at::Tensor masked_select(const at::Tensor& mask) const { return *this; }
  at::Tensor matmul(const at::Tensor& other) const { return *this; }
  at::Tensor argmax(c10::optional<int64_t> dim = c10::nullopt, bool keepdim = false) const { return *this; }
  at::Tensor dot(const at::Tensor& tensor) const { return *this; }
  at::Tensor norm(const at::Scalar& p = 2) const { return *this; }
  at::Tensor norm(const c10::optional<at::Scalar>& p, at::IntArrayRef dim, bool keepdim = false) const { return *this; }
  at::Tensor clamp_min(const at::Scalar& min) const { return *this; }
  at::Tensor& clamp_min_(const at::Scalar& min) const { return const_cast<Tensor&>(*this); }
  at::Tensor isnan() const { return *this; }
  at::Tensor logical_not() const { return *this; }
  at::Tensor nonzero() const { return *this; }
  at::Tensor argmin(c10::optional<int64_t> dim = c10::nullopt, bool keepdim = false) const { return *this; }
  at::Tensor sum(c10::optional<at::ScalarType> dtype = c10::nullopt) const { return *this; }
  at::Tensor sum(at::OptionalIntArrayRef dim, bool keepdim = false, c10::optional<at::ScalarType> dtype = c10::nullopt) const { return *this; }
  at::Tensor mean(c10::optional<at::ScalarType> dtype = c10::nullopt) const { return *this; }
  at::Tensor mean(at::OptionalIntArrayRef dim, bool keepdim = false, c10::optional<at::ScalarType> dtype = c10::nullopt) const { return *this; }
  at::Tensor neg() const { return *this; }
  at::Tensor eq(const at::Scalar& other) const { return *this; }
  at::Tensor eq(const at::Tensor& other) const { return *this; }
  at::Tensor gt(const at::Scalar& other) const { return *this; }
  at::Tensor gt(const at::Tensor& other) const { return *this; }
  at::Tensor lt(const at::Scalar& other) const { return *this; }
  at::Tensor lt(const at::Tensor& other) const { return *this; }
  at::Tensor to(at::TensorOptions options = {}, bool non_blocking = false, bool copy = false, c10::optional<at::MemoryFormat> memory_format = c10::nullopt) const { return *this; }
  at::Tensor to(at::Device device, at::ScalarType dtype, bool non_blocking = false, bool copy = false, c10::optional<at::MemoryFormat> memory_format = c10::nullopt) const { return *this; }
  at::Tensor to(at::ScalarType dtype, bool non_blocking = false, bool copy = false, c10::optional<at::MemoryFormat> memory_format = c10::nullopt) const { return *this; }
  at::Tensor to(const at::Tensor& other, bool non_blocking = false, bool copy = false, c10::optional<at::MemoryFormat> memory_format = c10::nullopt) const { return *this; }
  at::Scalar item() const { return at::Scalar(); }
};
template <typename T> T Tensor::item() const { return T(); }

namespace indexing {
const int64_t INDEX_MAX = INT64_MAX;
const int64_t INDEX_MIN = INT64_MIN;
enum class TensorIndexType { None, Ellipsis, Integer, Boolean, Slice, Tensor };
constexpr c10::nullopt_t None = c10::nullopt;
struct EllipsisIndexType final { EllipsisIndexType() {} };
extern const EllipsisIndexType Ellipsis;
struct Slice final {
 public:
  Slice(c10::optional<int64_t> start_index = c10::nullopt, c10::optional<int64_t> stop_index = c10::nullopt,
        c10::optional<int64_t> step_index = c10::nullopt) {}
  inline int64_t start() const { return 0; }
  inline int64_t stop() const { return 0; }
  inline int64_t step() const { return 1; }
};
struct TensorIndex final {
  TensorIndex(c10::nullopt_t) : type_(TensorIndexType::None) {}
  TensorIndex(at::indexing::EllipsisIndexType) : type_(TensorIndexType::Ellipsis) {}
  TensorIndex(const char* str) : TensorIndex(at::indexing::Ellipsis) {}
  TensorIndex(int64_t integer) : type_(TensorIndexType::Integer) {}
  TensorIndex(int integer) : TensorIndex((int64_t)integer) {}
  template <class T, class = typename std::enable_if<std::is_same<bool, T>::value>::type>
  TensorIndex(T boolean) : type_(TensorIndexType::Boolean) {}
  TensorIndex(Slice slice) : type_(TensorIndexType::Slice) {}
  TensorIndex(Tensor tensor) : type_(TensorIndexType::Tensor) {}
  inline bool is_none() const { return type_ == TensorIndexType::None; }
  inline bool is_tensor() const { return type_ == TensorIndexType::Tensor; }
  TensorIndexType type_;
};
} // namespace indexing

inline Tensor Tensor::index(ArrayRef<at::indexing::TensorIndex> indices) const { return *this; }
inline Tensor Tensor::index(std::initializer_list<at::indexing::TensorIndex> indices) const { return *this; }
inline Tensor& Tensor::index_put_(ArrayRef<at::indexing::TensorIndex> indices, Tensor const& rhs) { return *this; }
inline Tensor& Tensor::index_put_(ArrayRef<at::indexing::TensorIndex> indices, const Scalar& v) { return *this; }
inline Tensor& Tensor::index_put_(std::initializer_list<at::indexing::TensorIndex> indices, Tensor const& rhs) { return *this; }
inline Tensor& Tensor::index_put_(std::initializer_list<at::indexing::TensorIndex> indices, const Scalar& v) { return *this; }

// ATen/TensorOperators.h
#define ALIASLINT_MOCK_TENSOR_BINOP(op)                                               \
  static inline Tensor operator op(const Tensor& x, const Tensor& y) { return x; }   \
  static inline Tensor operator op(const Tensor& x, const Scalar& y) { return x; }   \
  static inline Tensor operator op(const Scalar& x, const Tensor& y) { return y; }
ALIASLINT_MOCK_TENSOR_BINOP(+)
ALIASLINT_MOCK_TENSOR_BINOP(-)
ALIASLINT_MOCK_TENSOR_BINOP(*)
ALIASLINT_MOCK_TENSOR_BINOP(/)
ALIASLINT_MOCK_TENSOR_BINOP(%)
ALIASLINT_MOCK_TENSOR_BINOP(&)
ALIASLINT_MOCK_TENSOR_BINOP(|)
ALIASLINT_MOCK_TENSOR_BINOP(^)
ALIASLINT_MOCK_TENSOR_BINOP(<)
ALIASLINT_MOCK_TENSOR_BINOP(<=)
ALIASLINT_MOCK_TENSOR_BINOP(>)
ALIASLINT_MOCK_TENSOR_BINOP(>=)
ALIASLINT_MOCK_TENSOR_BINOP(==)
ALIASLINT_MOCK_TENSOR_BINOP(!=)
#undef ALIASLINT_MOCK_TENSOR_BINOP

// ATen/ops/*.h (namespace at)
inline at::Tensor zeros(at::IntArrayRef size, at::TensorOptions options = {}) { return {}; }
inline at::Tensor ones(at::IntArrayRef size, at::TensorOptions options = {}) { return {}; }
inline at::Tensor empty(at::IntArrayRef size, at::TensorOptions options = {}, c10::optional<at::MemoryFormat> memory_format = c10::nullopt) { return {}; }
inline at::Tensor rand(at::IntArrayRef size, at::TensorOptions options = {}) { return {}; }
inline at::Tensor randn(at::IntArrayRef size, at::TensorOptions options = {}) { return {}; }
inline at::Tensor full(at::IntArrayRef size, const at::Scalar& fill_value, at::TensorOptions options = {}) { return {}; }
inline at::Tensor arange(const at::Scalar& end, at::TensorOptions options = {}) { return {}; }
inline at::Tensor arange(const at::Scalar& start, const at::Scalar& end, at::TensorOptions options = {}) { return {}; }
inline at::Tensor arange(const at::Scalar& start, const at::Scalar& end, const at::Scalar& step, at::TensorOptions options = {}) { return {}; }
inline at::Tensor zeros_like(const at::Tensor& self, at::TensorOptions options = {}, c10::optional<at::MemoryFormat> memory_format = c10::nullopt) { return {}; }
inline at::Tensor empty_like(const at::Tensor& self, at::TensorOptions options = {}, c10::optional<at::MemoryFormat> memory_format = c10::nullopt) { return {}; }
inline at::Tensor cat(const at::ITensorListRef& tensors, int64_t dim = 0) { return {}; }
inline at::Tensor stack(at::TensorList tensors, int64_t dim = 0) { return {}; }
inline at::Tensor matmul(const at::Tensor& self, const at::Tensor& other) { return {}; }
inline at::Tensor add(const at::Tensor& self, const at::Tensor& other, const at::Scalar& alpha = 1) { return {}; }
inline at::Tensor where(const at::Tensor& condition, const at::Tensor& self, const at::Tensor& other) { return {}; }
inline at::Tensor alias(const at::Tensor& self) { return {}; }
} // namespace at
