// Mock of Kokkos 3.4 (Trilinos 13.2, Serial backend): the View API aliaslint
// models, with the real signatures (Kokkos_View.hpp, Kokkos_CopyViews.hpp,
// Kokkos_Parallel.hpp, Kokkos_Macros.hpp). Declarations with stub bodies.
#ifndef ALIASLINT_MOCK_KOKKOS_CORE_HPP
#define ALIASLINT_MOCK_KOKKOS_CORE_HPP

#include <cstddef>
#include <string>
#include <type_traits>
#include <utility>

#define KOKKOS_LAMBDA [=]
#define KOKKOS_INLINE_FUNCTION inline
#define KOKKOS_FORCEINLINE_FUNCTION inline

namespace Kokkos {

void initialize(int &argc, char *argv[]);
void finalize();
void fence();
class ScopeGuard {
public:
  ScopeGuard(int &argc, char *argv[]);
  ~ScopeGuard();
};

class HostSpace {};
class Serial {
public:
  using memory_space = HostSpace;
};
using DefaultExecutionSpace = Serial;
using DefaultHostExecutionSpace = Serial;
template <class ExecSpace, class MemSpace> struct Device {};

struct LayoutRight {};
struct LayoutLeft {};
struct LayoutStride {};

enum MemoryTraitsFlags { Unmanaged = 0x01, RandomAccess = 0x02, Atomic = 0x04 };
template <unsigned T> struct MemoryTraits {};

template <class T1, class T2> struct pair {
  T1 first;
  T2 second;
  pair(T1 f, T2 s) : first(f), second(s) {}
};

namespace Impl {
struct ALL_t {};
template <class T> struct data_type_of { using value_type = T; };
template <class T> struct data_type_of<T *> { using value_type = T; };
template <class T> struct data_type_of<T **> { using value_type = T; };
template <class T> struct data_type_of<T ***> { using value_type = T; };
} // namespace Impl
constexpr Impl::ALL_t ALL = Impl::ALL_t();

template <class DataType, class... Properties> class ViewTraits {
public:
  using value_type = typename Impl::data_type_of<DataType>::value_type;
  using non_const_data_type = typename std::remove_const<DataType>::type;
  using const_value_type = const value_type;
  using non_const_value_type = typename std::remove_const<value_type>::type;
  using memory_space = HostSpace;
};

template <class DataType, class... Properties>
class View : public ViewTraits<DataType, Properties...> {
public:
  using traits = ViewTraits<DataType, Properties...>;
  using reference_type = typename traits::value_type &;
  using pointer_type = typename traits::value_type *;
  using HostMirror =
      View<typename traits::non_const_data_type, LayoutRight,
           Device<DefaultHostExecutionSpace, HostSpace>>;

  View() = default;
  View(const View &) = default;
  View(View &&) = default;
  View &operator=(const View &) = default;
  View &operator=(View &&) = default;
  ~View() = default;

  // Compatible view copy constructor and assignment.
  template <class RT, class... RP> View(const View<RT, RP...> &rhs) {}
  template <class RT, class... RP> View &operator=(const View<RT, RP...> &rhs) {
    return *this;
  }
  // Compatible subview constructor.
  template <class RT, class... RP, class Arg0, class... Args>
  View(const View<RT, RP...> &src_view, const Arg0 arg0, Args... args) {}
  // Allocate with a label and extents.
  template <typename Label>
  explicit inline View(const Label &arg_label,
                       typename std::enable_if<std::is_convertible<Label, std::string>::value,
                                               const size_t>::type arg_N0 = 0,
                       const size_t arg_N1 = 0, const size_t arg_N2 = 0) {}
  // Wrap user memory (unmanaged).
  explicit inline View(pointer_type arg_ptr, const size_t arg_N0 = 0,
                       const size_t arg_N1 = 0, const size_t arg_N2 = 0) {}

  reference_type operator()() const { return *m_ptr; }
  template <typename I0> reference_type operator()(const I0 &i0) const { return m_ptr[i0]; }
  template <typename I0, typename I1>
  reference_type operator()(const I0 &i0, const I1 &i1) const { return m_ptr[i0 + i1]; }
  template <typename I0> reference_type operator[](const I0 &i0) const { return m_ptr[i0]; }
  template <typename I0, typename I1, typename I2>
  reference_type access(const I0 &i0 = 0, const I1 &i1 = 0, const I2 &i2 = 0) const {
    return m_ptr[i0 + i1 + i2];
  }

  constexpr pointer_type data() const { return m_ptr; }
  template <typename iType> constexpr size_t extent(const iType &r) const { return 0; }
  template <typename iType> constexpr int extent_int(const iType &r) const { return 0; }
  constexpr size_t size() const { return 0; }
  constexpr size_t span() const { return 0; }
  template <typename iType> void stride(iType *const s) const {}
  constexpr size_t stride_0() const { return 0; }
  constexpr size_t stride_1() const { return 0; }
  bool span_is_contiguous() const { return true; }
  bool is_allocated() const { return m_ptr != nullptr; }
  int use_count() const { return 1; }
  const std::string label() const { return {}; }

private:
  pointer_type m_ptr = nullptr;
};

template <class D, class... P, class... Args>
View<D, P...> subview(const View<D, P...> &src, Args... args) { return src; }

template <class DT, class... DP>
inline void deep_copy(const View<DT, DP...> &dst,
                      typename ViewTraits<DT, DP...>::const_value_type &value) {}
template <class DT, class... DP, class ST, class... SP>
inline void deep_copy(const View<DT, DP...> &dst, const View<ST, SP...> &src) {}
template <class ExecSpace, class DT, class... DP, class ST, class... SP>
inline void deep_copy(const ExecSpace &exec_space, const View<DT, DP...> &dst,
                      const View<ST, SP...> &src) {}

template <class T, class... P>
inline typename View<T, P...>::HostMirror create_mirror(const View<T, P...> &src) {
  return {};
}
template <class Space, class T, class... P>
typename View<T, P...>::HostMirror create_mirror(const Space &, const View<T, P...> &src) {
  return {};
}
template <class T, class... P>
inline typename View<T, P...>::HostMirror create_mirror_view(const View<T, P...> &src) {
  return src;
}
template <class Space, class T, class... P>
typename View<T, P...>::HostMirror create_mirror_view(const Space &,
                                                      const View<T, P...> &src) {
  return src;
}
template <class Space, class T, class... P>
typename View<T, P...>::HostMirror
create_mirror_view_and_copy(const Space &, const View<T, P...> &src,
                            std::string const &name = "") {
  return src;
}

template <class T, class... P>
inline void resize(View<T, P...> &v, const size_t n0 = 0, const size_t n1 = 0) {}
template <class T, class... P>
inline void realloc(View<T, P...> &v, const size_t n0 = 0, const size_t n1 = 0) {}

template <class ExecSpace = DefaultExecutionSpace> class RangePolicy {
public:
  RangePolicy(size_t begin, size_t end) {}
};

template <class FunctorType>
inline void parallel_for(const size_t work_count, const FunctorType &functor,
                         const std::string &str = "") {}
template <class ExecPolicy, class FunctorType>
inline void parallel_for(const std::string &str, const ExecPolicy &policy,
                         const FunctorType &functor) {}
template <class FunctorType, class ReturnType>
inline void parallel_reduce(const size_t work_count, const FunctorType &functor,
                            ReturnType &return_value) {}
template <class ExecPolicy, class FunctorType, class ReturnType>
inline void parallel_reduce(const std::string &str, const ExecPolicy &policy,
                            const FunctorType &functor, ReturnType &return_value) {}

} // namespace Kokkos

#endif
