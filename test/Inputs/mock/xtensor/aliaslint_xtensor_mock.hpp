// Mock of xtensor 0.24.3 (+ xtl 0.7.2) (Debian libxtensor-dev). Declarations with trivial bodies; never run.
// One internal header behind all xtensor/*.hpp mock names. Mirrors the template names, template
// arguments (closure types, slice types, shape types), the class each member is declared in
// (xcontainer / xstrided_container / xaccessible / xconst_accessible / xsemantic_base / xview ...)
// and the return types as clang sees them with the real headers.
#ifndef ALIASLINT_MOCK_XTENSOR_HPP
#define ALIASLINT_MOCK_XTENSOR_HPP
#include <array>
#include <cstddef>
#include <initializer_list>
#include <iosfwd>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace mpark {
template <class... Ts> class variant {
public:
  template <class T, class = std::enable_if_t<std::disjunction<std::is_constructible<Ts, T&&>...>::value>>
  variant(T&&) {}
};
}

namespace xtl {
template <class... Ts> using variant = mpark::variant<Ts...>;
template <class S> struct closure_type {
  using underlying_type = std::conditional_t<std::is_const<std::remove_reference_t<S>>::value, const std::decay_t<S>, std::decay_t<S>>;
  using type = std::conditional_t<std::is_lvalue_reference<S>::value, underlying_type&, underlying_type>;
};
template <class S> using closure_type_t = typename closure_type<S>::type;
template <class S> struct const_closure_type {
  using underlying_type = std::decay_t<S>;
  using type = std::conditional_t<std::is_lvalue_reference<S>::value, std::add_const_t<underlying_type>&, underlying_type>;
};
template <class S> using const_closure_type_t = typename const_closure_type<S>::type;
}

namespace xt {
enum class layout_type { dynamic = 0x00, any = 0xFF, row_major = 0x01, column_major = 0x02 };
struct xtensor_expression_tag {};
struct xoptional_expression_tag {};

template <class T, class A = std::allocator<T>> class uvector {
public:
  using value_type = T; using allocator_type = A; using size_type = std::size_t; using difference_type = std::ptrdiff_t;
  using reference = T&; using const_reference = const T&; using pointer = T*; using const_pointer = const T*;
  using iterator = T*; using const_iterator = const T*;
  uvector() = default;
  explicit uvector(size_type count, const allocator_type& alloc = allocator_type()) {}
  size_type size() const noexcept { return 0; }
  pointer data() noexcept { return nullptr; }
  const_pointer data() const noexcept { return nullptr; }
  reference operator[](size_type i) { return *data(); }
  const_reference operator[](size_type i) const { return *data(); }
};
template <class T, std::size_t N = 4, class A = std::allocator<T>, bool Init = true> class svector {
public:
  using value_type = T; using allocator_type = A; using size_type = std::size_t; using difference_type = std::ptrdiff_t;
  using reference = T&; using const_reference = const T&; using pointer = T*; using const_pointer = const T*;
  using iterator = T*; using const_iterator = const T*;
  svector() noexcept {}
  explicit svector(size_type n, const allocator_type& alloc = allocator_type()) {}
  svector(std::initializer_list<T> il, const allocator_type& alloc = allocator_type()) {}
  reference operator[](size_type idx) { return m_data[0]; }
  const_reference operator[](size_type idx) const { return m_data[0]; }
  size_type size() const { return 0; }
  iterator begin() { return m_data; }
  iterator end() { return m_data; }
  const_iterator begin() const { return m_data; }
  const_iterator end() const { return m_data; }
private:
  T m_data[N];
};
template <class T, std::ptrdiff_t Start = 0, std::ptrdiff_t End = -1> class sequence_view {
public:
  using value_type = typename T::value_type; using size_type = std::size_t;
  const value_type& operator[](std::size_t i) const { static value_type v{}; return v; }
  size_type size() const { return 0; }
};

template <class EC, layout_type L = layout_type::row_major,
          class SC = svector<typename EC::size_type, 4, std::allocator<typename EC::size_type>, true>,
          class Tag = xtensor_expression_tag> class xarray_container;
template <class T, layout_type L = layout_type::row_major, class A = std::allocator<T>,
          class SA = std::allocator<typename std::vector<T, A>::size_type>>
using xarray = xarray_container<uvector<T, A>, L, svector<typename uvector<T, A>::size_type, 4, SA, true>>;
template <class EC, layout_type L = layout_type::row_major,
          class SC = svector<typename EC::size_type, 4, std::allocator<typename EC::size_type>, true>,
          class Tag = xtensor_expression_tag> class xarray_adaptor;
template <class EC, std::size_t N, layout_type L = layout_type::row_major, class Tag = xtensor_expression_tag> class xtensor_container;
template <class T, std::size_t N, layout_type L = layout_type::row_major, class A = std::allocator<T>>
using xtensor = xtensor_container<uvector<T, A>, N, L>;
template <class EC, std::size_t N, layout_type L = layout_type::row_major, class Tag = xtensor_expression_tag> class xtensor_adaptor;
template <class EC, std::size_t N, layout_type L = layout_type::row_major, class Tag = xtensor_expression_tag> class xtensor_view;
template <class CT, class... S> class xview;
template <class F, class... CT> class xfunction;
template <class CT> class xscalar;
template <class C> struct xcontainer_inner_types;

namespace detail {
template <class T, std::size_t I> struct nested_initializer_list { using type = std::initializer_list<typename nested_initializer_list<T, I - 1>::type>; };
template <class T> struct nested_initializer_list<T, 0> { using type = T; };
}
template <class T, std::size_t I> using nested_initializer_list_t = typename detail::nested_initializer_list<T, I>::type;

template <class D> class xexpression {
public:
  using derived_type = D;
  derived_type& derived_cast() & noexcept { return *static_cast<derived_type*>(this); }
  const derived_type& derived_cast() const& noexcept { return *static_cast<const derived_type*>(this); }
  derived_type derived_cast() && noexcept { return *static_cast<derived_type*>(this); }
protected:
  xexpression() = default;
};
template <class D> class xsharable_expression : public xexpression<D> {
protected:
  xsharable_expression() = default;
};
namespace detail {
template <class D> std::true_type is_xexpr_impl(const xexpression<D>*);
std::false_type is_xexpr_impl(...);
}
template <class E> struct is_xexpression : decltype(detail::is_xexpr_impl(std::declval<std::decay_t<E>*>())) {};
template <class E, class R = void> using enable_xexpression = std::enable_if_t<is_xexpression<E>::value, R>;
template <class E, class R = void> using disable_xexpression = std::enable_if_t<!is_xexpression<E>::value, R>;
template <class... E> struct has_xexpression : std::disjunction<is_xexpression<E>...> {};
template <class S, class R = void> using disable_integral_t = std::enable_if_t<!std::is_integral<S>::value, R>;
template <class E> using xclosure_t = xtl::closure_type_t<E>;
template <class E, class = void> struct const_xclosure { using type = xtl::const_closure_type_t<E>; };
template <class E> struct const_xclosure<E, disable_xexpression<std::decay_t<E>>> { using type = xscalar<xtl::const_closure_type_t<E>>; };
template <class E> using const_xclosure_t = typename const_xclosure<E>::type;
// writes through a view of a const expression fail to compile in the real bodies; mirror that here
template <class D> constexpr bool xmock_writable() {
  static_assert(!std::is_const<std::remove_reference_t<typename xcontainer_inner_types<D>::reference>>::value,
                "assignment into a read-only expression (view of a const container)");
  return true;
}
template <class T> T& xmock_dummy() { static std::remove_const_t<std::remove_reference_t<T>> t{}; return t; }

// xtype_for_shape as parsed by clang: the GCC-only svector specialization is absent, so svector<X, N, ...>
// matches `template <class, std::size_t> class S` (C++17 template-template matching) -> xtensor<T, N>.
namespace detail {
template <class S> struct xtype_for_shape { template <class T, layout_type L> using type = xarray<T, L>; };
template <template <class, std::size_t> class S, class X, std::size_t N> struct xtype_for_shape<S<X, N>> {
  template <class T, layout_type L> using type = xtensor<T, N, L>;
};
template <class S> struct is_array : std::false_type {};
template <class T, std::size_t N> struct is_array<std::array<T, N>> : std::true_type {};
template <class S> struct static_dimension { static constexpr std::ptrdiff_t value = -1; };
template <class T, std::size_t N> struct static_dimension<std::array<T, N>> { static constexpr std::ptrdiff_t value = std::ptrdiff_t(N); };
}

// ---------------------------------------------------------------- accessible / iterable / semantic
template <class D> class xconst_accessible {
public:
  using derived_type = D;
  using inner_types = xcontainer_inner_types<D>;
  using reference = typename inner_types::reference;
  using const_reference = typename inner_types::const_reference;
  using size_type = typename inner_types::size_type;
  size_type size() const noexcept { return 0; }
  size_type dimension() const noexcept { return 0; }
  size_type shape(size_type index) const { return 0; }
  template <class... Args> const_reference at(Args... args) const { return xmock_dummy<const_reference>(); }
  template <class S> disable_integral_t<S, const_reference> operator[](const S& index) const { return xmock_dummy<const_reference>(); }
  template <class I> const_reference operator[](std::initializer_list<I> index) const { return xmock_dummy<const_reference>(); }
  const_reference operator[](size_type i) const { return xmock_dummy<const_reference>(); }
  template <class... Args> const_reference periodic(Args... args) const { return xmock_dummy<const_reference>(); }
  template <class... Args> bool in_bounds(Args... args) const { return true; }
  const_reference front() const { return xmock_dummy<const_reference>(); }
  const_reference back() const { return xmock_dummy<const_reference>(); }
protected:
  xconst_accessible() = default;
};
template <class D> class xaccessible : public xconst_accessible<D> {
public:
  using base_type = xconst_accessible<D>;
  using reference = typename base_type::reference;
  using size_type = typename base_type::size_type;
  template <class... Args> reference at(Args... args) { return xmock_dummy<reference>(); }
  template <class S> disable_integral_t<S, reference> operator[](const S& index) { return xmock_dummy<reference>(); }
  template <class I> reference operator[](std::initializer_list<I> index) { return xmock_dummy<reference>(); }
  reference operator[](size_type i) { return xmock_dummy<reference>(); }
  template <class... Args> reference periodic(Args... args) { return xmock_dummy<reference>(); }
  reference front() { return xmock_dummy<reference>(); }
  reference back() { return xmock_dummy<reference>(); }
  using base_type::at; using base_type::operator[]; using base_type::back; using base_type::front; using base_type::periodic;
protected:
  xaccessible() = default;
};
template <class D> class xconst_iterable { public: using derived_type = D; };
template <class D> class xiterable : public xconst_iterable<D> { public: using derived_type = D; };
template <class D> class xcontiguous_iterable : private xiterable<D> {
public:
  using derived_type = D;
  using value_type = typename xcontainer_inner_types<D>::value_type;
  value_type* begin() noexcept { return nullptr; }
  value_type* end() noexcept { return nullptr; }
  const value_type* begin() const noexcept { return nullptr; }
  const value_type* end() const noexcept { return nullptr; }
};

template <class D> class xsemantic_base : public xsharable_expression<D> {
public:
  using base_type = xsharable_expression<D>;
  using derived_type = typename base_type::derived_type;
  using temporary_type = typename xcontainer_inner_types<D>::temporary_type;
#define ALIASLINT_XT_COMPOUND(OP)                                                                            \
  template <class E> disable_xexpression<E, derived_type&> operator OP(const E&) { xmock_writable<D>(); return this->derived_cast(); } \
  template <class E> derived_type& operator OP(const xexpression<E>&) { xmock_writable<D>(); return this->derived_cast(); }
  ALIASLINT_XT_COMPOUND(+=) ALIASLINT_XT_COMPOUND(-=) ALIASLINT_XT_COMPOUND(*=) ALIASLINT_XT_COMPOUND(/=)
  ALIASLINT_XT_COMPOUND(%=) ALIASLINT_XT_COMPOUND(&=) ALIASLINT_XT_COMPOUND(|=) ALIASLINT_XT_COMPOUND(^=)
#undef ALIASLINT_XT_COMPOUND
  template <class E> derived_type& assign(const xexpression<E>&) { return this->derived_cast(); }
  template <class E> derived_type& plus_assign(const xexpression<E>&) { return this->derived_cast(); }
  template <class E> derived_type& minus_assign(const xexpression<E>&) { return this->derived_cast(); }
  template <class E> derived_type& multiplies_assign(const xexpression<E>&) { return this->derived_cast(); }
  template <class E> derived_type& divides_assign(const xexpression<E>&) { return this->derived_cast(); }
protected:
  xsemantic_base() = default;
  xsemantic_base(const xsemantic_base&) = default;
  xsemantic_base& operator=(const xsemantic_base&) = default;
  xsemantic_base(xsemantic_base&&) = default;
  xsemantic_base& operator=(xsemantic_base&&) = default;
  template <class E> derived_type& operator=(const xexpression<E>&) { return this->derived_cast(); }
};
template <class D> class xcontainer_semantic : public xsemantic_base<D> {
public:
  using base_type = xsemantic_base<D>;
  using derived_type = D;
  using temporary_type = typename base_type::temporary_type;
  derived_type& assign_temporary(temporary_type&&) { return this->derived_cast(); }
  template <class E> derived_type& assign_xexpression(const xexpression<E>& e) { return this->derived_cast(); }
  template <class E> derived_type& computed_assign(const xexpression<E>& e) { return this->derived_cast(); }
protected:
  xcontainer_semantic() = default;
  xcontainer_semantic(const xcontainer_semantic&) = default;
  xcontainer_semantic& operator=(const xcontainer_semantic&) = default;
  xcontainer_semantic(xcontainer_semantic&&) = default;
  xcontainer_semantic& operator=(xcontainer_semantic&&) = default;
  template <class E> derived_type& operator=(const xexpression<E>&) { return this->derived_cast(); }
};
template <class D> class xview_semantic : public xsemantic_base<D> {
public:
  using base_type = xsemantic_base<D>;
  using derived_type = D;
  using temporary_type = typename base_type::temporary_type;
  derived_type& assign_temporary(temporary_type&&) { return this->derived_cast(); }
  template <class E> derived_type& assign_xexpression(const xexpression<E>& e) { return this->derived_cast(); }
  template <class E> derived_type& computed_assign(const xexpression<E>& e) { return this->derived_cast(); }
protected:
  xview_semantic() = default;
  xview_semantic(const xview_semantic&) = default;
  xview_semantic& operator=(const xview_semantic&) = default;
  xview_semantic(xview_semantic&&) = default;
  xview_semantic& operator=(xview_semantic&&) = default;
  template <class E> derived_type& operator=(const xexpression<E>&) { return this->derived_cast(); }
};

// ---------------------------------------------------------------- containers
template <class D> class xcontainer : public xcontiguous_iterable<D>, private xaccessible<D> {
public:
  using derived_type = D;
  using inner_types = xcontainer_inner_types<D>;
  using storage_type = typename inner_types::storage_type;
  using value_type = typename std::remove_reference_t<storage_type>::value_type;
  using reference = typename inner_types::reference;
  using const_reference = typename inner_types::const_reference;
  using pointer = value_type*;
  using const_pointer = const value_type*;
  using size_type = typename inner_types::size_type;
  using shape_type = typename inner_types::shape_type;
  using strides_type = typename inner_types::strides_type;
  using inner_shape_type = typename inner_types::inner_shape_type;
  using inner_strides_type = typename inner_types::inner_strides_type;
  using accessible_base = xaccessible<D>;
  static constexpr layout_type static_layout = inner_types::layout;
  size_type size() const noexcept { return 0; }
  constexpr size_type dimension() const noexcept { return 0; }
  constexpr const inner_shape_type& shape() const noexcept { return xmock_dummy<const inner_shape_type>(); }
  constexpr const inner_strides_type& strides() const noexcept { return xmock_dummy<const inner_strides_type>(); }
  template <class T> void fill(const T& value) {}
  template <class... Args> reference operator()(Args... args) { return xmock_dummy<reference>(); }
  template <class... Args> const_reference operator()(Args... args) const { return xmock_dummy<const_reference>(); }
  template <class... Args> reference unchecked(Args... args) { return xmock_dummy<reference>(); }
  template <class... Args> const_reference unchecked(Args... args) const { return xmock_dummy<const_reference>(); }
  using accessible_base::shape;
  using accessible_base::at;
  using accessible_base::operator[];
  using accessible_base::periodic;
  using accessible_base::in_bounds;
  using accessible_base::front;
  using accessible_base::back;
  storage_type& storage() noexcept { return xmock_dummy<storage_type>(); }
  const storage_type& storage() const noexcept { return xmock_dummy<const storage_type>(); }
  pointer data() noexcept { return nullptr; }
  const_pointer data() const noexcept { return nullptr; }
  const size_type data_offset() const noexcept { return 0; }
  reference flat(size_type i) { return xmock_dummy<reference>(); }
  const_reference flat(size_type i) const { return xmock_dummy<const_reference>(); }
protected:
  xcontainer() = default;
  xcontainer(const xcontainer&) = default;
  xcontainer& operator=(const xcontainer&) = default;
  xcontainer(xcontainer&&) = default;
  xcontainer& operator=(xcontainer&&) = default;
  derived_type& derived_cast() & noexcept { return *static_cast<derived_type*>(this); }
};
template <class D> class xstrided_container : public xcontainer<D> {
public:
  using base_type = xcontainer<D>;
  using shape_type = typename base_type::shape_type;
  using strides_type = typename base_type::strides_type;
  template <class S = shape_type> void resize(S&& shape, bool force = false) {}
  template <class S = shape_type> void resize(S&& shape, layout_type l) {}
  template <class S = shape_type> void resize(S&& shape, const strides_type& strides) {}
  template <class S = shape_type> auto& reshape(S&& shape, layout_type layout = base_type::static_layout) & { return this->derived_cast(); }
  template <class T> auto& reshape(std::initializer_list<T> shape, layout_type layout = base_type::static_layout) & { return this->derived_cast(); }
  layout_type layout() const noexcept { return base_type::static_layout; }
  bool is_contiguous() const noexcept { return true; }
protected:
  xstrided_container() noexcept = default;
  xstrided_container(const xstrided_container&) = default;
  xstrided_container& operator=(const xstrided_container&) = default;
  xstrided_container(xstrided_container&&) = default;
  xstrided_container& operator=(xstrided_container&&) = default;
};

template <class EC, layout_type L, class SC, class Tag> struct xcontainer_inner_types<xarray_container<EC, L, SC, Tag>> {
  using storage_type = EC; using value_type = typename EC::value_type;
  using reference = typename EC::reference; using const_reference = typename EC::const_reference;
  using size_type = typename EC::size_type; using shape_type = SC; using strides_type = svector<std::ptrdiff_t, 4>;
  using inner_shape_type = shape_type; using inner_strides_type = strides_type;
  using temporary_type = xarray_container<EC, L, SC, Tag>;
  static constexpr layout_type layout = L;
};
template <class EC, layout_type L, class SC, class Tag> struct xcontainer_inner_types<xarray_adaptor<EC, L, SC, Tag>>
    : xcontainer_inner_types<xarray_container<uvector<typename std::remove_reference_t<EC>::value_type>, L, SC, Tag>> {
  using storage_type = std::remove_reference_t<EC>;
  using temporary_type = xarray_container<uvector<typename std::remove_reference_t<EC>::value_type>, L, SC, Tag>;
};
template <class EC, std::size_t N, layout_type L, class Tag> struct xcontainer_inner_types<xtensor_container<EC, N, L, Tag>> {
  using storage_type = EC; using value_type = typename EC::value_type;
  using reference = typename EC::reference; using const_reference = typename EC::const_reference;
  using size_type = typename EC::size_type; using shape_type = std::array<size_type, N>; using strides_type = std::array<std::ptrdiff_t, N>;
  using inner_shape_type = shape_type; using inner_strides_type = strides_type;
  using temporary_type = xtensor_container<EC, N, L, Tag>;
  static constexpr layout_type layout = L;
};
template <class EC, std::size_t N, layout_type L, class Tag> struct xcontainer_inner_types<xtensor_adaptor<EC, N, L, Tag>>
    : xcontainer_inner_types<xtensor_container<std::remove_reference_t<EC>, N, L, Tag>> {
  using storage_type = std::remove_reference_t<EC>;
  using temporary_type = xtensor_container<std::remove_const_t<std::remove_reference_t<EC>>, N, L, Tag>;
};
template <class EC, std::size_t N, layout_type L, class Tag> struct xcontainer_inner_types<xtensor_view<EC, N, L, Tag>>
    : xcontainer_inner_types<xtensor_container<uvector<typename std::remove_reference_t<EC>::value_type>, N, L, Tag>> {
  using storage_type = std::remove_reference_t<EC>;
};

template <class EC, layout_type L, class SC, class Tag>
class xarray_container : public xstrided_container<xarray_container<EC, L, SC, Tag>>,
                         public xcontainer_semantic<xarray_container<EC, L, SC, Tag>> {
public:
  using self_type = xarray_container<EC, L, SC, Tag>;
  using base_type = xstrided_container<self_type>;
  using semantic_base = xcontainer_semantic<self_type>;
  using storage_type = EC;
  using value_type = typename EC::value_type;
  using const_reference = typename EC::const_reference;
  using shape_type = SC;
  using strides_type = typename base_type::strides_type;
  using temporary_type = typename semantic_base::temporary_type;
  xarray_container() {}
  explicit xarray_container(const shape_type& shape, layout_type l = L) {}
  explicit xarray_container(const shape_type& shape, const_reference value, layout_type l = L) {}
  explicit xarray_container(const shape_type& shape, const strides_type& strides) {}
  xarray_container(const value_type& t) {}
  xarray_container(nested_initializer_list_t<value_type, 1> t) {}
  xarray_container(nested_initializer_list_t<value_type, 2> t) {}
  xarray_container(nested_initializer_list_t<value_type, 3> t) {}
  xarray_container(nested_initializer_list_t<value_type, 4> t) {}
  xarray_container(nested_initializer_list_t<value_type, 5> t) {}
  template <class S = shape_type> static xarray_container from_shape(S&& s) { return xarray_container(); }
  ~xarray_container() = default;
  xarray_container(const xarray_container&) = default;
  xarray_container& operator=(const xarray_container&) = default;
  xarray_container(xarray_container&&) = default;
  xarray_container& operator=(xarray_container&&) = default;
  template <std::size_t N> explicit xarray_container(xtensor_container<EC, N, L, Tag>&& rhs) {}
  template <std::size_t N> xarray_container& operator=(xtensor_container<EC, N, L, Tag>&& rhs) { return *this; }
  template <class E> xarray_container(const xexpression<E>& e) {}
  template <class E> xarray_container& operator=(const xexpression<E>& e) { return *this; }
};
template <class EC, std::size_t N, layout_type L, class Tag>
class xtensor_container : public xstrided_container<xtensor_container<EC, N, L, Tag>>,
                          public xcontainer_semantic<xtensor_container<EC, N, L, Tag>> {
public:
  using self_type = xtensor_container<EC, N, L, Tag>;
  using base_type = xstrided_container<self_type>;
  using semantic_base = xcontainer_semantic<self_type>;
  using storage_type = EC;
  using value_type = typename EC::value_type;
  using const_reference = typename EC::const_reference;
  using shape_type = std::array<typename EC::size_type, N>;
  using strides_type = typename base_type::strides_type;
  using temporary_type = typename semantic_base::temporary_type;
  static constexpr std::size_t rank = N;
  xtensor_container() {}
  xtensor_container(nested_initializer_list_t<value_type, N> t) {}
  explicit xtensor_container(const shape_type& shape, layout_type l = L) {}
  explicit xtensor_container(const shape_type& shape, const_reference value, layout_type l = L) {}
  explicit xtensor_container(const shape_type& shape, const strides_type& strides) {}
  template <class S = shape_type> static xtensor_container from_shape(S&& s) { return xtensor_container(); }
  ~xtensor_container() = default;
  xtensor_container(const xtensor_container&) = default;
  xtensor_container& operator=(const xtensor_container&) = default;
  xtensor_container(xtensor_container&&) = default;
  xtensor_container& operator=(xtensor_container&&) = default;
  template <class SC> explicit xtensor_container(xarray_container<EC, L, SC, Tag>&&) {}
  template <class SC> xtensor_container& operator=(xarray_container<EC, L, SC, Tag>&&) { return *this; }
  template <class E> xtensor_container(const xexpression<E>& e) {}
  template <class E> xtensor_container& operator=(const xexpression<E>& e) { return *this; }
};
template <class EC, layout_type L, class SC, class Tag>
class xarray_adaptor : public xstrided_container<xarray_adaptor<EC, L, SC, Tag>>,
                       public xcontainer_semantic<xarray_adaptor<EC, L, SC, Tag>> {
public:
  using self_type = xarray_adaptor<EC, L, SC, Tag>;
  using base_type = xstrided_container<self_type>;
  using semantic_base = xcontainer_semantic<self_type>;
  using storage_type = std::remove_reference_t<EC>;
  using shape_type = SC;
  using temporary_type = typename semantic_base::temporary_type;
  template <class D> xarray_adaptor(D&& storage, const shape_type& shape, layout_type l = L) {}
  ~xarray_adaptor() = default;
  xarray_adaptor(const xarray_adaptor&) = default;
  xarray_adaptor& operator=(const xarray_adaptor&);
  xarray_adaptor(xarray_adaptor&&) = default;
  xarray_adaptor& operator=(xarray_adaptor&&);
  xarray_adaptor& operator=(temporary_type&&);
  template <class E> xarray_adaptor& operator=(const xexpression<E>& e) { return *this; }
};
template <class EC, std::size_t N, layout_type L, class Tag>
class xtensor_adaptor : public xstrided_container<xtensor_adaptor<EC, N, L, Tag>>,
                        public xcontainer_semantic<xtensor_adaptor<EC, N, L, Tag>> {
public:
  using self_type = xtensor_adaptor<EC, N, L, Tag>;
  using base_type = xstrided_container<self_type>;
  using semantic_base = xcontainer_semantic<self_type>;
  using storage_type = std::remove_reference_t<EC>;
  using shape_type = typename base_type::shape_type;
  using temporary_type = typename semantic_base::temporary_type;
  template <class D> xtensor_adaptor(D&& storage, const shape_type& shape, layout_type l = L) {}
  ~xtensor_adaptor() = default;
  xtensor_adaptor(const xtensor_adaptor&) = default;
  xtensor_adaptor& operator=(const xtensor_adaptor&);
  xtensor_adaptor(xtensor_adaptor&&) = default;
  xtensor_adaptor& operator=(xtensor_adaptor&&);
  xtensor_adaptor& operator=(temporary_type&&);
  template <class E> xtensor_adaptor& operator=(const xexpression<E>& e) { return *this; }
};
template <class EC, std::size_t N, layout_type L, class Tag>
class xtensor_view : public xstrided_container<xtensor_view<EC, N, L, Tag>>,
                     public xview_semantic<xtensor_view<EC, N, L, Tag>> {
public:
  using self_type = xtensor_view<EC, N, L, Tag>;
  using base_type = xstrided_container<self_type>;
  using semantic_base = xview_semantic<self_type>;
  using shape_type = typename base_type::shape_type;
  template <class D> xtensor_view(D&& storage, const shape_type& shape, layout_type l = L) {}
  xtensor_view(const xtensor_view&) = default;
  xtensor_view& operator=(const xtensor_view&);
  template <class E> self_type& operator=(const xexpression<E>& e) { xmock_writable<self_type>(); return *this; }
  template <class E> disable_xexpression<E, self_type>& operator=(const E& e) { xmock_writable<self_type>(); return *this; }
};

// ---------------------------------------------------------------- slices (xslice.hpp)
namespace placeholders {
struct xtuph {};
template <class... Args> struct rangemaker { std::ptrdiff_t rng[3]; };
static constexpr xtuph _{};
}
template <class T> class xrange { public: using size_type = T; xrange() = default; xrange(size_type start_val, size_type size_val) noexcept {} };
template <class T> class xstepped_range { public: using size_type = T; xstepped_range() = default; xstepped_range(size_type start_val, size_type size_val, size_type step) noexcept {} };
template <class T> class xall { public: using size_type = T; xall() = default; explicit xall(size_type size) noexcept {} };
template <class T> class xnewaxis { public: using size_type = T; xnewaxis() = default; };
template <class T> class xkeep_slice { public: using size_type = T; template <class C> explicit xkeep_slice(C& cont) {} explicit xkeep_slice(std::vector<T>&& cont) {} xkeep_slice(std::initializer_list<T> t) {} };
template <class T> class xdrop_slice { public: using size_type = T; template <class C> explicit xdrop_slice(C& cont) {} explicit xdrop_slice(std::vector<T>&& cont) {} xdrop_slice(std::initializer_list<T> t) {} };
struct xall_tag {};
struct xnewaxis_tag {};
struct xellipsis_tag {};
template <class A, class B = A, class C = A> struct xrange_adaptor {
  xrange_adaptor(A start_val, B stop_val, C step) {}
  // xrange when no step is given (C is a placeholder), xstepped_range otherwise
  std::conditional_t<std::is_integral<C>::value, xstepped_range<std::ptrdiff_t>, xrange<std::ptrdiff_t>> get(std::size_t size) const { return {}; }
};
namespace detail {
template <class T> using range_type = std::conditional_t<std::is_integral<T>::value, std::ptrdiff_t, T>;  // cast_if_integer_t
}
template <class A, class B> inline auto range(A start_val, B stop_val) {
  return xrange_adaptor<detail::range_type<A>, detail::range_type<B>, placeholders::xtuph>(detail::range_type<A>(start_val), detail::range_type<B>(stop_val), placeholders::xtuph());
}
template <class A, class B, class C> inline auto range(A start_val, B stop_val, C step) {
  return xrange_adaptor<detail::range_type<A>, detail::range_type<B>, detail::range_type<C>>(detail::range_type<A>(start_val), detail::range_type<B>(stop_val), detail::range_type<C>(step));
}
inline auto all() noexcept { return xall_tag(); }
inline auto ellipsis() noexcept { return xellipsis_tag(); }
inline auto newaxis() noexcept { return xnewaxis_tag(); }
namespace detail {
template <class T> using disable_integral_keep = std::enable_if_t<!std::is_integral<std::decay_t<T>>::value, xkeep_slice<typename std::decay_t<T>::value_type>>;
template <class T, class R> using enable_integral_keep = std::enable_if_t<std::is_integral<T>::value, xkeep_slice<R>>;
template <class T> using disable_integral_drop = std::enable_if_t<!std::is_integral<std::decay_t<T>>::value, xdrop_slice<typename std::decay_t<T>::value_type>>;
template <class T, class R> using enable_integral_drop = std::enable_if_t<std::is_integral<T>::value, xdrop_slice<R>>;
}
template <class T> inline detail::disable_integral_keep<T> keep(T&& indices) { return detail::disable_integral_keep<T>(indices); }
template <class R = std::ptrdiff_t, class T> inline detail::enable_integral_keep<T, R> keep(T i) { return xkeep_slice<R>(std::vector<R>()); }
template <class R = std::ptrdiff_t, class Arg0, class Arg1, class... Args>
inline xkeep_slice<R> keep(Arg0 i0, Arg1 i1, Args... args) { return xkeep_slice<R>(std::vector<R>()); }
template <class T> inline detail::disable_integral_drop<T> drop(T&& indices) { return detail::disable_integral_drop<T>(indices); }
template <class R = std::ptrdiff_t, class T> inline detail::enable_integral_drop<T, R> drop(T i) { return xdrop_slice<R>(std::vector<R>()); }
template <class R = std::ptrdiff_t, class Arg0, class Arg1, class... Args>
inline xdrop_slice<R> drop(Arg0 i0, Arg1 i1, Args... args) { return xdrop_slice<R>(std::vector<R>()); }
namespace detail {
template <class E, class SL> struct get_slice_type_impl { using type = SL; };
template <class E> struct get_slice_type_impl<E, xall_tag> { using type = xall<typename E::size_type>; };
template <class E> struct get_slice_type_impl<E, xnewaxis_tag> { using type = xnewaxis<typename E::size_type>; };
template <class E, class A, class B, class C> struct get_slice_type_impl<E, xrange_adaptor<A, B, C>> {
  using type = decltype(std::declval<xrange_adaptor<A, B, C>>().get(0));
};
}
template <class E, class SL> using get_slice_type = typename detail::get_slice_type_impl<E, std::remove_reference_t<SL>>::type;
template <class T>
using xstrided_slice = xtl::variant<T,
    xrange_adaptor<placeholders::xtuph, T, T>, xrange_adaptor<T, placeholders::xtuph, T>, xrange_adaptor<T, T, placeholders::xtuph>,
    xrange_adaptor<T, placeholders::xtuph, placeholders::xtuph>, xrange_adaptor<placeholders::xtuph, T, placeholders::xtuph>,
    xrange_adaptor<placeholders::xtuph, placeholders::xtuph, T>, xrange_adaptor<T, T, T>,
    xrange_adaptor<placeholders::xtuph, placeholders::xtuph, placeholders::xtuph>, xrange<T>, xstepped_range<T>,
    xall_tag, xellipsis_tag, xnewaxis_tag>;
using xstrided_slice_vector = std::vector<xstrided_slice<std::ptrdiff_t>>;

// ---------------------------------------------------------------- xview (xview.hpp, xview_utils.hpp)
template <class... S> constexpr std::size_t integral_count() { return (std::size_t(0) + ... + std::size_t(std::is_integral<std::remove_reference_t<S>>::value)); }
template <class T> struct is_xnewaxis_t : std::false_type {};
template <class T> struct is_xnewaxis_t<xnewaxis<T>> : std::true_type {};
template <class... S> constexpr std::size_t newaxis_count() { return (std::size_t(0) + ... + std::size_t(is_xnewaxis_t<std::remove_cv_t<S>>::value)); }
template <class ST, class... S> struct xview_shape_type { using type = ST; };
template <class I, std::size_t L, class... S> struct xview_shape_type<std::array<I, L>, S...> {
  using type = std::array<I, L - integral_count<S...>() + newaxis_count<S...>()>;
};
template <class E> struct has_data_interface : std::false_type {};
template <class EC, layout_type L, class SC, class Tag> struct has_data_interface<xarray_container<EC, L, SC, Tag>> : std::true_type {};
template <class EC, layout_type L, class SC, class Tag> struct has_data_interface<xarray_adaptor<EC, L, SC, Tag>> : std::true_type {};
template <class EC, std::size_t N, layout_type L, class Tag> struct has_data_interface<xtensor_container<EC, N, L, Tag>> : std::true_type {};
template <class EC, std::size_t N, layout_type L, class Tag> struct has_data_interface<xtensor_adaptor<EC, N, L, Tag>> : std::true_type {};
template <class EC, std::size_t N, layout_type L, class Tag> struct has_data_interface<xtensor_view<EC, N, L, Tag>> : std::true_type {};
namespace detail {
template <class T> struct is_xrange : std::false_type {};
template <class T> struct is_xrange<xrange<T>> : std::true_type {};
template <class T> struct is_xall_slice : std::false_type {};
template <class T> struct is_xall_slice<xall<T>> : std::true_type {};
// row-major contiguity: integers, then at most one xrange, then xall's
template <bool valid, bool all_seen, bool range_seen, class... V> struct is_contiguous_row_major { static constexpr bool value = valid; };
template <bool valid, bool all_seen, bool range_seen, class S, class... V> struct is_contiguous_row_major<valid, all_seen, range_seen, S, V...> {
  using slice = std::remove_cv_t<S>;
  static constexpr bool is_range_slice = is_xrange<slice>::value;
  static constexpr bool is_int_slice = std::is_integral<slice>::value;
  static constexpr bool is_all_slice = is_xall_slice<slice>::value;
  static constexpr bool have_all_seen = all_seen || is_all_slice;
  static constexpr bool is_valid = valid && (have_all_seen ? is_all_slice : (!range_seen && (is_int_slice || is_range_slice)));
  static constexpr bool value = is_contiguous_row_major<is_valid, have_all_seen, range_seen || is_range_slice, V...>::value;
};
template <class E, class... S> struct is_contiguous_view
    : std::integral_constant<bool, has_data_interface<E>::value && E::static_layout == layout_type::row_major &&
                                       is_contiguous_row_major<true, false, false, S...>::value> {};
template <class T, std::ptrdiff_t offset> struct unwrap_offset_container { using type = sequence_view<T, offset, static_dimension<T>::value>; };
template <class E, class... S> struct get_contigous_shape_type {
  using type = std::conditional_t<std::disjunction<is_xrange<std::remove_cv_t<S>>...>::value,
                                  typename xview_shape_type<typename E::shape_type, S...>::type,
                                  typename unwrap_offset_container<typename E::inner_shape_type, std::ptrdiff_t(integral_count<S...>())>::type>;
};
template <class T, class S, layout_type L, class... SL> struct view_temporary_type_impl { using type = xarray<T, L>; };
template <class T, class I, std::size_t N, layout_type L, class... SL> struct view_temporary_type_impl<T, std::array<I, N>, L, SL...> {
  using type = xtensor<T, N + newaxis_count<SL...>() - integral_count<SL...>(), L>;
};
}
template <class CT, class... S> struct xcontainer_inner_types<xview<CT, S...>> {
  using xexpression_type = std::decay_t<CT>;
  using value_type = typename xexpression_type::value_type;
  using reference = std::conditional_t<std::is_const<std::remove_reference_t<CT>>::value, typename xexpression_type::const_reference, typename xexpression_type::reference>;
  using const_reference = typename xexpression_type::const_reference;
  using size_type = typename xexpression_type::size_type;
  using temporary_type = typename detail::view_temporary_type_impl<std::decay_t<value_type>, typename xexpression_type::shape_type,
      (xexpression_type::static_layout == layout_type::any ? layout_type::row_major : layout_type::row_major), S...>::type;
};
template <class CT, class... S>
class xview : public xview_semantic<xview<CT, S...>>,
              public std::conditional_t<detail::is_contiguous_view<std::decay_t<CT>, S...>::value, xcontiguous_iterable<xview<CT, S...>>, xiterable<xview<CT, S...>>>,
              public xaccessible<xview<CT, S...>> {
public:
  using self_type = xview<CT, S...>;
  using inner_types = xcontainer_inner_types<self_type>;
  using xexpression_type = std::decay_t<CT>;
  using semantic_base = xview_semantic<self_type>;
  using temporary_type = typename semantic_base::temporary_type;
  using accessible_base = xaccessible<self_type>;
  using value_type = typename xexpression_type::value_type;
  using reference = typename inner_types::reference;
  using const_reference = typename inner_types::const_reference;
  using size_type = typename inner_types::size_type;
  static constexpr bool is_contiguous_view = detail::is_contiguous_view<xexpression_type, S...>::value;
  using inner_shape_type = std::conditional_t<is_contiguous_view, typename detail::get_contigous_shape_type<xexpression_type, S...>::type,
                                              typename xview_shape_type<typename xexpression_type::shape_type, S...>::type>;
  using shape_type = typename xview_shape_type<typename xexpression_type::shape_type, S...>::type;
  static constexpr layout_type static_layout = is_contiguous_view ? xexpression_type::static_layout : layout_type::dynamic;
  template <class CTA, class FSL, class... SL> explicit xview(CTA&& e, FSL&& first_slice, SL&&... slices) noexcept {}
  xview(const xview&) = default;
  self_type& operator=(const xview& rhs) { return *this; }
  template <class E> self_type& operator=(const xexpression<E>& e) { xmock_writable<self_type>(); return *this; }
  template <class E> disable_xexpression<E, self_type>& operator=(const E& e) { xmock_writable<self_type>(); return *this; }
  const inner_shape_type& shape() const noexcept { return xmock_dummy<const inner_shape_type>(); }
  layout_type layout() const noexcept { return static_layout; }
  bool is_contiguous() const noexcept { return is_contiguous_view; }
  using accessible_base::shape;
  template <class T> void fill(const T& value) {}
  template <class... Args> reference operator()(Args... args) { return xmock_dummy<reference>(); }
  template <class... Args> reference unchecked(Args... args) { return xmock_dummy<reference>(); }
  template <class... Args> const_reference operator()(Args... args) const { return xmock_dummy<const_reference>(); }
  template <class... Args> const_reference unchecked(Args... args) const { return xmock_dummy<const_reference>(); }
  xexpression_type& expression() noexcept { return xmock_dummy<xexpression_type>(); }
  const xexpression_type& expression() const noexcept { return xmock_dummy<const xexpression_type>(); }
};
namespace detail {
template <class E, std::size_t... I, class... S> inline auto make_view_impl(E&& e, std::index_sequence<I...>, S&&... slices) {
  using view_type = xview<xclosure_t<E>, get_slice_type<std::decay_t<E>, S>...>;
  return view_type(std::forward<E>(e), std::forward<S>(slices)...);
}
}
template <class E, class... S> inline auto view(E&& e, S&&... slices) {
  return detail::make_view_impl(std::forward<E>(e), std::make_index_sequence<sizeof...(S)>(), std::forward<S>(slices)...);
}
namespace detail {
struct row_impl { template <class E> static inline auto make(E&& e, const std::ptrdiff_t index) { return view(e, index, xt::all()); } };
struct column_impl { template <class E> static inline auto make(E&& e, const std::ptrdiff_t index) { return view(e, xt::all(), index); } };
}
// NB: as in the real header, row/col pass `e` on as an lvalue: the view refers to (does not own) a temporary argument
template <class E> inline auto row(E&& e, std::ptrdiff_t index) { return detail::row_impl::make(e, index); }
template <class E> inline auto col(E&& e, std::ptrdiff_t index) { return detail::column_impl::make(e, index); }

// ---------------------------------------------------------------- xscalar / xfunction / operators
template <class CT> struct xcontainer_inner_types<xscalar<CT>> {
  using value_type = std::decay_t<CT>; using reference = value_type&; using const_reference = const value_type&;
  using size_type = std::size_t; using temporary_type = xscalar<value_type>;
};
template <class CT> class xscalar : public xsharable_expression<xscalar<CT>>, private xiterable<xscalar<CT>>, private xaccessible<xscalar<CT>> {
public:
  using value_type = std::decay_t<CT>; using reference = value_type&; using const_reference = const value_type&;
  using size_type = std::size_t; using shape_type = std::array<size_type, 0>; using inner_shape_type = shape_type;
  static constexpr layout_type static_layout = layout_type::any;
  xscalar(CT value) noexcept : m_value(value) {}
  template <class... Args> const_reference operator()(Args...) const noexcept { return xmock_dummy<const value_type>(); }
private:
  CT m_value;
};
namespace detail {
template <class S> struct fixed_dims : std::false_type {};
template <class T, std::size_t N> struct fixed_dims<std::array<T, N>> : std::true_type {};
template <class... S> struct max_array;
template <class S> struct max_array<S> { using type = S; };
template <class T1, std::size_t N1, class T2, std::size_t N2, class... S> struct max_array<std::array<T1, N1>, std::array<T2, N2>, S...> {
  using type = typename max_array<std::conditional_t<(N1 >= N2), std::array<T1, N1>, std::array<T2, N2>>, S...>::type;
};
template <bool AllFixed, class... S> struct promote_shape_sel { using type = svector<std::size_t, 4>; };
template <class... S> struct promote_shape_sel<true, S...> { using type = typename max_array<S...>::type; };
// any dynamic shape -> svector<size_t>; all std::array -> the largest std::array (scalars are std::array<,0>)
template <class... S> struct promote_shape { using type = typename promote_shape_sel<std::conjunction<fixed_dims<S>...>::value, S...>::type; };
}
template <class F, class... CT> struct xcontainer_inner_types<xfunction<F, CT...>> {
  using value_type = std::common_type_t<typename std::decay_t<CT>::value_type...>;
  using reference = value_type; using const_reference = value_type; using size_type = std::size_t;
  using inner_shape_type = typename detail::promote_shape<typename std::decay_t<CT>::shape_type...>::type;
  using temporary_type = typename detail::xtype_for_shape<inner_shape_type>::template type<value_type, layout_type::row_major>;
};
template <class F, class... CT>
class xfunction : private xconst_iterable<xfunction<F, CT...>>, public xsharable_expression<xfunction<F, CT...>>,
                  private xconst_accessible<xfunction<F, CT...>> {
public:
  using self_type = xfunction<F, CT...>;
  using accessible_base = xconst_accessible<self_type>;
  using inner_types = xcontainer_inner_types<self_type>;
  using functor_type = F;
  using value_type = typename inner_types::value_type;
  using reference = value_type; using const_reference = value_type; using size_type = std::size_t;
  using inner_shape_type = typename inner_types::inner_shape_type; using shape_type = inner_shape_type;
  using temporary_type = typename inner_types::temporary_type;
  static constexpr layout_type static_layout = layout_type::dynamic;
  template <class Func, class... CTA, class U = std::enable_if_t<!std::is_base_of<std::decay_t<Func>, self_type>::value>>
  xfunction(Func&& f, CTA&&... e) noexcept {}
  using accessible_base::size;
  size_type dimension() const noexcept { return 0; }
  const inner_shape_type& shape() const { return xmock_dummy<const inner_shape_type>(); }
  layout_type layout() const noexcept { return static_layout; }
  using accessible_base::shape;
  template <class... Args> const_reference operator()(Args... args) const { return const_reference(); }
  template <class... Args> const_reference unchecked(Args... args) const { return const_reference(); }
  using accessible_base::at;
  using accessible_base::operator[];
};
namespace detail {
#define ALIASLINT_XT_FUNCTOR(NAME) struct NAME { template <class... T> constexpr auto operator()(const T&... t) const { return (t, ...); } };
ALIASLINT_XT_FUNCTOR(identity) ALIASLINT_XT_FUNCTOR(negate) ALIASLINT_XT_FUNCTOR(plus) ALIASLINT_XT_FUNCTOR(minus)
ALIASLINT_XT_FUNCTOR(multiplies) ALIASLINT_XT_FUNCTOR(divides) ALIASLINT_XT_FUNCTOR(modulus) ALIASLINT_XT_FUNCTOR(logical_and)
ALIASLINT_XT_FUNCTOR(logical_or) ALIASLINT_XT_FUNCTOR(logical_not) ALIASLINT_XT_FUNCTOR(bitwise_and) ALIASLINT_XT_FUNCTOR(bitwise_or)
ALIASLINT_XT_FUNCTOR(bitwise_xor) ALIASLINT_XT_FUNCTOR(bitwise_not) ALIASLINT_XT_FUNCTOR(less) ALIASLINT_XT_FUNCTOR(less_equal)
ALIASLINT_XT_FUNCTOR(greater) ALIASLINT_XT_FUNCTOR(greater_equal) ALIASLINT_XT_FUNCTOR(equal_to) ALIASLINT_XT_FUNCTOR(not_equal_to)
ALIASLINT_XT_FUNCTOR(conditional_ternary)
#undef ALIASLINT_XT_FUNCTOR
template <class F, class... E> struct xfunction_type { using type = xfunction<F, const_xclosure_t<E>...>; };
template <class F, class... E>
using xfunction_type_t = typename std::enable_if_t<has_xexpression<std::decay_t<E>...>::value, xfunction_type<F, E...>>::type;
template <class F, class... E> inline auto make_xfunction(E&&... e) noexcept { return xfunction_type_t<F, E...>(F(), std::forward<E>(e)...); }
}
template <class E> inline auto operator+(E&& e) noexcept -> detail::xfunction_type_t<detail::identity, E> { return detail::make_xfunction<detail::identity>(std::forward<E>(e)); }
template <class E> inline auto operator-(E&& e) noexcept -> detail::xfunction_type_t<detail::negate, E> { return detail::make_xfunction<detail::negate>(std::forward<E>(e)); }
template <class E> inline auto operator!(E&& e) noexcept -> detail::xfunction_type_t<detail::logical_not, E> { return detail::make_xfunction<detail::logical_not>(std::forward<E>(e)); }
template <class E> inline auto operator~(E&& e) noexcept -> detail::xfunction_type_t<detail::bitwise_not, E> { return detail::make_xfunction<detail::bitwise_not>(std::forward<E>(e)); }
#define ALIASLINT_XT_BINARY(OP, F)                                                                              \
  template <class E1, class E2> inline auto OP(E1&& e1, E2&& e2) noexcept -> detail::xfunction_type_t<detail::F, E1, E2> \
  { return detail::make_xfunction<detail::F>(std::forward<E1>(e1), std::forward<E2>(e2)); }
ALIASLINT_XT_BINARY(operator+, plus) ALIASLINT_XT_BINARY(operator-, minus) ALIASLINT_XT_BINARY(operator*, multiplies)
ALIASLINT_XT_BINARY(operator/, divides) ALIASLINT_XT_BINARY(operator%, modulus) ALIASLINT_XT_BINARY(operator||, logical_or)
ALIASLINT_XT_BINARY(operator&&, logical_and) ALIASLINT_XT_BINARY(operator&, bitwise_and) ALIASLINT_XT_BINARY(operator|, bitwise_or)
ALIASLINT_XT_BINARY(operator^, bitwise_xor) ALIASLINT_XT_BINARY(operator<, less) ALIASLINT_XT_BINARY(operator<=, less_equal)
ALIASLINT_XT_BINARY(operator>, greater) ALIASLINT_XT_BINARY(operator>=, greater_equal)
ALIASLINT_XT_BINARY(equal, equal_to) ALIASLINT_XT_BINARY(not_equal, not_equal_to)
ALIASLINT_XT_BINARY(less, less) ALIASLINT_XT_BINARY(less_equal, less_equal) ALIASLINT_XT_BINARY(greater, greater) ALIASLINT_XT_BINARY(greater_equal, greater_equal)
#undef ALIASLINT_XT_BINARY
// operator== / != compare whole expressions and return bool (xoperation.hpp)
template <class E1, class E2> inline bool operator==(const xexpression<E1>& e1, const xexpression<E2>& e2) { return true; }
template <class E1, class E2> inline bool operator!=(const xexpression<E1>& e1, const xexpression<E2>& e2) { return false; }
template <class E1, class E2, class E3> inline auto where(E1&& e1, E2&& e2, E3&& e3) noexcept
    -> detail::xfunction_type_t<detail::conditional_ternary, E1, E2, E3> {
  return detail::make_xfunction<detail::conditional_ternary>(std::forward<E1>(e1), std::forward<E2>(e2), std::forward<E3>(e3));
}
namespace math {
#define ALIASLINT_XT_MATH_FUN(NAME) struct NAME##_fun { template <class T> constexpr auto operator()(const T& t) const { return t; } };
ALIASLINT_XT_MATH_FUN(abs) ALIASLINT_XT_MATH_FUN(fabs) ALIASLINT_XT_MATH_FUN(sqrt) ALIASLINT_XT_MATH_FUN(exp) ALIASLINT_XT_MATH_FUN(log)
ALIASLINT_XT_MATH_FUN(sin) ALIASLINT_XT_MATH_FUN(cos) ALIASLINT_XT_MATH_FUN(tan) ALIASLINT_XT_MATH_FUN(square)
#undef ALIASLINT_XT_MATH_FUN
template <class T = void> struct maximum { template <class A, class B> constexpr auto operator()(const A& a, const B& b) const { return a; } };
template <class T = void> struct minimum { template <class A, class B> constexpr auto operator()(const A& a, const B& b) const { return a; } };
}
#define ALIASLINT_XT_UNARY_MATH(NAME)                                                                      \
  template <class E> inline auto NAME(E&& e) noexcept -> detail::xfunction_type_t<math::NAME##_fun, E>     \
  { return detail::make_xfunction<math::NAME##_fun>(std::forward<E>(e)); }
ALIASLINT_XT_UNARY_MATH(abs) ALIASLINT_XT_UNARY_MATH(fabs) ALIASLINT_XT_UNARY_MATH(sqrt) ALIASLINT_XT_UNARY_MATH(exp)
ALIASLINT_XT_UNARY_MATH(log) ALIASLINT_XT_UNARY_MATH(sin) ALIASLINT_XT_UNARY_MATH(cos) ALIASLINT_XT_UNARY_MATH(tan)
#undef ALIASLINT_XT_UNARY_MATH
template <class E1, class E2> inline auto maximum(E1&& e1, E2&& e2) noexcept -> detail::xfunction_type_t<math::maximum<void>, E1, E2> {
  return detail::make_xfunction<math::maximum<void>>(std::forward<E1>(e1), std::forward<E2>(e2));
}
template <class E1, class E2> inline auto minimum(E1&& e1, E2&& e2) noexcept -> detail::xfunction_type_t<math::minimum<void>, E1, E2> {
  return detail::make_xfunction<math::minimum<void>>(std::forward<E1>(e1), std::forward<E2>(e2));
}

// ---------------------------------------------------------------- xstrided_view, manipulation
namespace detail {
template <class CT> struct inner_storage_getter { using type = decltype(std::declval<CT>().storage()); };
template <class CT, layout_type L> struct flat_adaptor_getter {};
template <class CT, layout_type L>
using flat_storage_getter = std::conditional_t<has_data_interface<std::decay_t<CT>>::value, inner_storage_getter<CT>, flat_adaptor_getter<CT, L>>;
}
template <class CT, class S, layout_type L = layout_type::dynamic, class FST = detail::flat_storage_getter<CT, layout_type::row_major>> class xstrided_view;
template <class CT, class S, layout_type L, class FST> struct xcontainer_inner_types<xstrided_view<CT, S, L, FST>> {
  using xexpression_type = std::decay_t<CT>;
  using shape_type = S;
  using value_type = typename xexpression_type::value_type;
  using reference = std::conditional_t<std::is_const<std::remove_reference_t<CT>>::value, typename xexpression_type::const_reference, typename xexpression_type::reference>;
  using const_reference = typename xexpression_type::const_reference;
  using size_type = std::size_t;
  using temporary_type = typename detail::xtype_for_shape<S>::template type<value_type, layout_type::row_major>;
};
template <class D> class xstrided_view_base : public xaccessible<D> {
public:
  using inner_types = xcontainer_inner_types<D>;
  using xexpression_type = typename inner_types::xexpression_type;
  using reference = typename inner_types::reference;
  using const_reference = typename inner_types::const_reference;
  using size_type = std::size_t;
  using inner_shape_type = typename inner_types::shape_type;
  using inner_strides_type = typename inner_types::shape_type;
  template <class CTA, class SA> xstrided_view_base(CTA&& e, SA&& shape, inner_strides_type&& strides, size_type offset, layout_type layout) noexcept {}
  xstrided_view_base(const xstrided_view_base& rhs) = default;
  const inner_shape_type& shape() const noexcept { return xmock_dummy<const inner_shape_type>(); }
  const inner_strides_type& strides() const noexcept { return xmock_dummy<const inner_strides_type>(); }
  layout_type layout() const noexcept { return layout_type::dynamic; }
  bool is_contiguous() const noexcept { return false; }
  reference operator()() { return xmock_dummy<reference>(); }
  const_reference operator()() const { return xmock_dummy<const_reference>(); }
  template <class... Args> reference operator()(Args... args) { return xmock_dummy<reference>(); }
  template <class... Args> const_reference operator()(Args... args) const { return xmock_dummy<const_reference>(); }
  template <class... Args> reference unchecked(Args... args) { return xmock_dummy<reference>(); }
  template <class... Args> const_reference unchecked(Args... args) const { return xmock_dummy<const_reference>(); }
  size_type data_offset() const noexcept { return 0; }
  xexpression_type& expression() noexcept { return xmock_dummy<xexpression_type>(); }
  const xexpression_type& expression() const noexcept { return xmock_dummy<const xexpression_type>(); }
};
template <class CT, class S, layout_type L, class FST>
class xstrided_view : public xview_semantic<xstrided_view<CT, S, L, FST>>, public xiterable<xstrided_view<CT, S, L, FST>>,
                      private xstrided_view_base<xstrided_view<CT, S, L, FST>> {
public:
  using self_type = xstrided_view<CT, S, L, FST>;
  using base_type = xstrided_view_base<self_type>;
  using inner_types = xcontainer_inner_types<self_type>;
  using xexpression_type = std::decay_t<CT>;
  using value_type = typename inner_types::value_type;
  using reference = typename inner_types::reference;
  using const_reference = typename inner_types::const_reference;
  using size_type = std::size_t;
  using shape_type = S; using inner_shape_type = S; using strides_type = S;
  static constexpr layout_type static_layout = L;
  template <class CTA, class SA> xstrided_view(CTA&& e, SA&& shape, strides_type&& strides, std::size_t offset, layout_type layout) noexcept
      : base_type(std::forward<CTA>(e), std::forward<SA>(shape), std::move(strides), offset, layout) {}
  xstrided_view(const xstrided_view& rhs) = default;
  self_type& operator=(const self_type&) { return *this; }
  template <class E> self_type& operator=(const xexpression<E>& e) { xmock_writable<self_type>(); return *this; }
  template <class E> disable_xexpression<E, self_type>& operator=(const E& e) { xmock_writable<self_type>(); return *this; }
  using base_type::size;
  using base_type::dimension;
  using base_type::shape;
  using base_type::strides;
  using base_type::layout;
  using base_type::is_contiguous;
  using base_type::operator();
  using base_type::at;
  using base_type::unchecked;
  using base_type::operator[];
  using base_type::data_offset;
  using base_type::expression;
  template <class T> void fill(const T& value) {}
};
template <layout_type L = layout_type::dynamic, class E, class S, class X>
inline auto strided_view(E&& e, S&& shape, X&& strides, std::size_t offset = 0, layout_type layout = L) noexcept {
  using view_type = xstrided_view<xclosure_t<E>, S, L>;
  return view_type(std::forward<E>(e), std::forward<S>(shape), S(), offset, layout);
}
template <class E> inline auto strided_view(E&& e, const xstrided_slice_vector& slices) {
  using view_type = xstrided_view<xclosure_t<E>, svector<std::size_t, 4>>;
  return view_type(std::forward<E>(e), svector<std::size_t, 4>(), svector<std::size_t, 4>(), 0, layout_type::dynamic);
}
template <layout_type L = layout_type::row_major, class E, class S> inline auto reshape_view(E&& e, S&& shape) {
  using shape_type = std::decay_t<S>;
  constexpr auto computed_layout = std::decay_t<E>::static_layout == L ? L : layout_type::dynamic;
  using view_type = xstrided_view<xclosure_t<E>, shape_type, computed_layout, detail::flat_adaptor_getter<xclosure_t<E>, L>>;
  return view_type(std::forward<E>(e), std::forward<S>(shape), shape_type(), 0, e.layout());
}
template <layout_type L = layout_type::row_major, class E, class S> inline auto reshape_view(E&& e, S&& shape, layout_type) {
  return reshape_view<L>(std::forward<E>(e), std::forward<S>(shape));
}
template <layout_type L = layout_type::row_major, class E, class I, std::size_t N> inline auto reshape_view(E&& e, const I (&shape)[N], layout_type order) {
  return reshape_view<L>(std::forward<E>(e), std::array<std::size_t, N>());
}
template <layout_type L = layout_type::row_major, class E, class I, std::size_t N> inline auto reshape_view(E&& e, const I (&shape)[N]) {
  return reshape_view<L>(std::forward<E>(e), std::array<std::size_t, N>());
}
template <class E> inline auto transpose(E&& e) noexcept {
  using shape_type = typename std::decay_t<E>::shape_type;
  return strided_view(std::forward<E>(e), shape_type(), shape_type(), 0, layout_type::dynamic);
}
namespace check_policy { struct none {}; struct full {}; }
template <class E, class S, class Tag = check_policy::none> inline auto transpose(E&& e, S&& permutation, Tag check_policy = Tag()) {
  using shape_type = typename std::decay_t<E>::shape_type;
  return strided_view(std::forward<E>(e), shape_type(), shape_type(), 0, layout_type::dynamic);
}
template <class E, class I, std::size_t N, class Tag = check_policy::none> inline auto transpose(E&& e, const I (&permutation)[N], Tag check_policy = Tag()) {
  using shape_type = typename std::decay_t<E>::shape_type;
  return strided_view(std::forward<E>(e), shape_type(), shape_type(), 0, layout_type::dynamic);
}
template <class E> inline auto flip(E&& e, std::size_t axis) {
  using shape_type = typename std::decay_t<E>::shape_type;
  return strided_view(std::forward<E>(e), shape_type(), shape_type(), 0);
}
template <class E> inline auto flip(E&& e) { return flip(std::forward<E>(e), 0); }
// roll copies e into `auto cpy = empty_like(e)`, a temporary_type_t<E> container, and returns it.
template <class E> inline auto roll(E&& e, std::ptrdiff_t shift) { return typename std::decay_t<E>::temporary_type(); }
template <class E> inline auto roll(E&& e, std::ptrdiff_t shift, std::ptrdiff_t axis) { return typename std::decay_t<E>::temporary_type(); }
template <class IT, class CIT> class xiterator_adaptor { public: using value_type = std::remove_pointer_t<IT>; using reference = value_type&; using const_reference = const value_type&; using size_type = std::size_t; };
template <class CT, class IG> class xiterator_owner_adaptor { public: using value_type = typename std::decay_t<CT>::value_type; using reference = value_type&; using const_reference = const value_type&; using size_type = std::size_t; };
namespace detail { template <class E, layout_type L> struct expression_iterator_getter {}; }
// ravel/flatten: containers -> adaptor over raw pointers; other expressions -> owner adaptor (simplified iterator getter)
template <layout_type L = layout_type::row_major, class E> inline auto ravel(E&& e) {
  using value_type = typename std::decay_t<E>::value_type;
  using adaptor = std::conditional_t<has_data_interface<std::decay_t<E>>::value,
      xiterator_adaptor<std::conditional_t<std::is_const<std::remove_reference_t<E>>::value, const value_type*, value_type*>, const value_type*>,
      xiterator_owner_adaptor<std::decay_t<E>, detail::expression_iterator_getter<std::decay_t<E>, L>>>;
  constexpr layout_type layout = has_data_interface<std::decay_t<E>>::value ? L : layout_type::row_major;
  using type = xtensor_view<adaptor, 1, layout>;
  return type(adaptor(), {std::size_t(0)});
}
template <layout_type L = layout_type::row_major, class E> inline auto flatten(E&& e) { return ravel<L>(std::forward<E>(e)); }

// ---------------------------------------------------------------- xindex_view / xfiltration
template <class CT, class I> class xindex_view;
template <class CT, class I> struct xcontainer_inner_types<xindex_view<CT, I>> {
  using xexpression_type = std::decay_t<CT>;
  using value_type = typename xexpression_type::value_type;
  using reference = std::conditional_t<std::is_const<std::remove_reference_t<CT>>::value, typename xexpression_type::const_reference, typename xexpression_type::reference>;
  using const_reference = typename xexpression_type::const_reference;
  using size_type = std::size_t;
  using temporary_type = xarray<value_type>;
};
template <class CT, class I>
class xindex_view : public xview_semantic<xindex_view<CT, I>>, public xiterable<xindex_view<CT, I>> {
public:
  using self_type = xindex_view<CT, I>;
  using xexpression_type = std::decay_t<CT>;
  using value_type = typename xexpression_type::value_type;
  using reference = typename xcontainer_inner_types<self_type>::reference;
  using const_reference = typename xexpression_type::const_reference;
  using size_type = std::size_t;
  using inner_shape_type = std::array<std::size_t, 1>; using shape_type = inner_shape_type;
  static constexpr layout_type static_layout = layout_type::dynamic;
  template <class CTA, class I2> xindex_view(CTA&& e, I2&& indices) noexcept {}
  template <class E> self_type& operator=(const xexpression<E>& e) { xmock_writable<self_type>(); return *this; }
  template <class E> disable_xexpression<E, self_type>& operator=(const E& e) { xmock_writable<self_type>(); return *this; }
  size_type size() const noexcept { return 0; }
  size_type dimension() const noexcept { return 1; }
  const inner_shape_type& shape() const noexcept { return xmock_dummy<const inner_shape_type>(); }
  size_type shape(size_type index) const { return 0; }
  template <class T> void fill(const T& value) {}
  reference operator()(size_type idx = size_type(0)) { return xmock_dummy<reference>(); }
  template <class... Args> reference operator()(size_type idx0, size_type idx1, Args... args) { return xmock_dummy<reference>(); }
  template <class S> disable_integral_t<S, reference> operator[](const S& index) { return xmock_dummy<reference>(); }
  template <class OI> reference operator[](std::initializer_list<OI> index) { return xmock_dummy<reference>(); }
  reference operator[](size_type i) { return xmock_dummy<reference>(); }
  const_reference operator()(size_type idx = size_type(0)) const { return xmock_dummy<const_reference>(); }
  const_reference operator[](size_type i) const { return xmock_dummy<const_reference>(); }
  xexpression_type& expression() noexcept { return xmock_dummy<xexpression_type>(); }
};
template <class ECT, class CCT> class xfiltration {
public:
  using self_type = xfiltration<ECT, CCT>;
  template <class ECTA, class CCTA> xfiltration(ECTA&& e, CCTA&& condition) {}
  template <class E> disable_xexpression<E, self_type&> operator=(const E&) { return *this; }
  template <class E> disable_xexpression<E, self_type&> operator+=(const E&) { return *this; }
  template <class E> disable_xexpression<E, self_type&> operator-=(const E&) { return *this; }
  template <class E> disable_xexpression<E, self_type&> operator*=(const E&) { return *this; }
  template <class E> disable_xexpression<E, self_type&> operator/=(const E&) { return *this; }
  template <class E> disable_xexpression<E, self_type&> operator%=(const E&) { return *this; }
  template <class F> self_type& apply(F&& func) { return *this; }
};
template <class E, class I> inline auto index_view(E&& e, I&& indices) noexcept {
  using view_type = xindex_view<xclosure_t<E>, std::decay_t<I>>;
  return view_type(std::forward<E>(e), std::forward<I>(indices));
}
using xindex = svector<std::size_t, 4>;
template <class E, std::size_t L> inline auto index_view(E&& e, const xindex (&indices)[L]) noexcept {
  using view_type = xindex_view<xclosure_t<E>, std::array<xindex, L>>;
  return view_type(std::forward<E>(e), std::array<xindex, L>());
}
template <layout_type L = layout_type::row_major, class T> inline auto argwhere(const T& arr) {
  return std::vector<typename std::decay_t<T>::shape_type>();
}
template <layout_type L = layout_type::row_major, class E, class O> inline auto filter(E&& e, O&& condition) noexcept {
  auto indices = argwhere<L>(std::forward<O>(condition));
  using view_type = xindex_view<xclosure_t<E>, decltype(indices)>;
  return view_type(std::forward<E>(e), std::move(indices));
}
template <class E, class C> inline auto filtration(E&& e, C&& condition) noexcept {
  using filtration_type = xfiltration<xclosure_t<E>, xclosure_t<C>>;
  return filtration_type(std::forward<E>(e), std::forward<C>(condition));
}

// ---------------------------------------------------------------- xeval / xnoalias
namespace detail { template <class T> using is_container = std::is_base_of<xcontainer<std::remove_const_t<T>>, T>; }
template <class T> using temporary_type_t = typename std::decay_t<T>::temporary_type;
template <class T> inline auto eval(T&& t) -> std::enable_if_t<detail::is_container<std::decay_t<T>>::value, T&&> { return std::forward<T>(t); }
template <class T> inline auto eval(T&& t) -> std::enable_if_t<!detail::is_container<std::decay_t<T>>::value, temporary_type_t<T>> { return temporary_type_t<T>(); }
template <class A> class noalias_proxy {
public:
  noalias_proxy(A a) noexcept : m_array(a) {}
#define ALIASLINT_XT_NOALIAS(OP)                                                             \
  template <class E> disable_xexpression<E, A> operator OP(const E&) { return m_array; }    \
  template <class E> A operator OP(const xexpression<E>& e) { return m_array; }
  ALIASLINT_XT_NOALIAS(=) ALIASLINT_XT_NOALIAS(+=) ALIASLINT_XT_NOALIAS(-=) ALIASLINT_XT_NOALIAS(*=) ALIASLINT_XT_NOALIAS(/=)
  ALIASLINT_XT_NOALIAS(%=) ALIASLINT_XT_NOALIAS(&=) ALIASLINT_XT_NOALIAS(|=) ALIASLINT_XT_NOALIAS(^=)
#undef ALIASLINT_XT_NOALIAS
private:
  A m_array;
};
template <class A> inline noalias_proxy<xtl::closure_type_t<A>> noalias(A&& a) noexcept { return noalias_proxy<xtl::closure_type_t<A>>(a); }

// ---------------------------------------------------------------- xadapt
struct no_ownership {};
struct acquire_ownership {};
template <class CP, class O = no_ownership, class A = std::allocator<std::remove_pointer_t<std::remove_reference_t<CP>>>> class xbuffer_adaptor {
public:
  using value_type = std::remove_const_t<std::remove_pointer_t<std::remove_reference_t<CP>>>;
  using reference = std::remove_pointer_t<std::remove_reference_t<CP>>&; using const_reference = const value_type&;
  using size_type = std::size_t; using allocator_type = A;
  template <class P> xbuffer_adaptor(P&& data, size_type size, const allocator_type& alloc = allocator_type()) {}
};
namespace detail {
template <class S> struct not_an_array : std::true_type {};
template <class T, std::size_t N> struct not_an_array<std::array<T, N>> : std::false_type {};
template <class P> using default_allocator_for_ptr_t = std::allocator<std::remove_const_t<std::remove_pointer_t<std::remove_reference_t<P>>>>;
}
template <layout_type L = layout_type::row_major, class C, class SC, std::enable_if_t<detail::not_an_array<std::decay_t<SC>>::value, int> = 0>
inline xarray_adaptor<xtl::closure_type_t<C>, L, std::decay_t<SC>> adapt(C&& container, const SC& shape, layout_type l = L) {
  return xarray_adaptor<xtl::closure_type_t<C>, L, std::decay_t<SC>>(std::forward<C>(container), shape, l);
}
template <layout_type L = layout_type::row_major, class C, class T, std::size_t N, std::enable_if_t<!std::is_pointer<std::remove_reference_t<C>>::value, int> = 0>
inline xtensor_adaptor<C, N, L> adapt(C&& container, const std::array<T, N>& shape, layout_type l = L) {
  return xtensor_adaptor<C, N, L>(std::forward<C>(container), std::array<std::size_t, N>(), l);
}
template <layout_type L = layout_type::row_major, class C, class T, std::size_t N>
inline auto adapt(C&& ptr, const T (&shape)[N]) { return adapt<L>(std::forward<C>(ptr), std::array<std::size_t, N>()); }
template <layout_type L = layout_type::row_major, class P, class O, class SC, class A = detail::default_allocator_for_ptr_t<P>,
          std::enable_if_t<detail::not_an_array<std::decay_t<SC>>::value, int> = 0>
inline xarray_adaptor<xbuffer_adaptor<xtl::closure_type_t<P>, O, A>, L, SC>
adapt(P&& pointer, typename A::size_type size, O ownership, const SC& shape, layout_type l = L, const A& alloc = A()) {
  using buffer_type = xbuffer_adaptor<xtl::closure_type_t<P>, O, A>;
  return xarray_adaptor<buffer_type, L, SC>(buffer_type(pointer, size, alloc), shape, l);
}
template <layout_type L = layout_type::row_major, class P, class O, class I, std::size_t N, class A = detail::default_allocator_for_ptr_t<P>>
inline xtensor_adaptor<xbuffer_adaptor<xtl::closure_type_t<P>, O, A>, N, L>
adapt(P&& pointer, typename A::size_type size, O ownership, const I (&shape)[N], layout_type l = L, const A& alloc = A()) {
  using buffer_type = xbuffer_adaptor<xtl::closure_type_t<P>, O, A>;
  return xtensor_adaptor<buffer_type, N, L>(buffer_type(pointer, size, alloc), std::array<std::size_t, N>(), l);
}

// ---------------------------------------------------------------- xbuilder / xgenerator / xbroadcast
template <class CT, class X> class xbroadcast;
template <class CT, class X> struct xcontainer_inner_types<xbroadcast<CT, X>> {
  using value_type = typename std::decay_t<CT>::value_type; using reference = const value_type&; using const_reference = const value_type&;
  using size_type = std::size_t; using temporary_type = typename detail::xtype_for_shape<X>::template type<value_type, layout_type::row_major>;
};
template <class CT, class X>
class xbroadcast : public xsharable_expression<xbroadcast<CT, X>>, public xconst_iterable<xbroadcast<CT, X>>, public xconst_accessible<xbroadcast<CT, X>> {
public:
  using value_type = typename std::decay_t<CT>::value_type; using const_reference = const value_type&; using reference = const_reference;
  using size_type = std::size_t; using shape_type = X; using inner_shape_type = X;
  using temporary_type = typename xcontainer_inner_types<xbroadcast>::temporary_type;
  static constexpr layout_type static_layout = layout_type::any;
  template <class CTA, class S> xbroadcast(CTA&& e, const S& s) {}
  const inner_shape_type& shape() const noexcept { return xmock_dummy<const inner_shape_type>(); }
  template <class... Args> const_reference operator()(Args... args) const { return xmock_dummy<const value_type>(); }
};
template <class F, class R, class S> class xgenerator;
template <class F, class R, class S> struct xcontainer_inner_types<xgenerator<F, R, S>> {
  using value_type = R; using reference = value_type; using const_reference = value_type; using size_type = std::size_t;
  using temporary_type = typename detail::xtype_for_shape<S>::template type<R, layout_type::row_major>;
};
template <class F, class R, class S>
class xgenerator : public xsharable_expression<xgenerator<F, R, S>>, public xconst_iterable<xgenerator<F, R, S>>, public xconst_accessible<xgenerator<F, R, S>> {
public:
  using value_type = R; using reference = value_type; using const_reference = value_type; using size_type = std::size_t;
  using shape_type = S; using inner_shape_type = S;
  using temporary_type = typename xcontainer_inner_types<xgenerator>::temporary_type;
  static constexpr layout_type static_layout = layout_type::dynamic;
  template <class Func> xgenerator(Func&& f, const S& shape) noexcept {}
  const inner_shape_type& shape() const noexcept { return xmock_dummy<const inner_shape_type>(); }
  template <class... Args> const_reference operator()(Args... args) const { return R(); }
};
namespace detail { template <class T, class R = T, class S = T> class arange_generator {}; }
template <class T, class S> inline auto zeros(S shape) noexcept { return xbroadcast<xscalar<T>, S>(xscalar<T>(T(0)), shape); }
template <class T, class I, std::size_t L> inline auto zeros(const I (&shape)[L]) noexcept {
  return xbroadcast<xscalar<T>, std::array<std::size_t, L>>(xscalar<T>(T(0)), std::array<std::size_t, L>());
}
template <class T, class S> inline auto ones(S shape) noexcept { return xbroadcast<xscalar<T>, S>(xscalar<T>(T(1)), shape); }
template <class T, class I, std::size_t L> inline auto ones(const I (&shape)[L]) noexcept {
  return xbroadcast<xscalar<T>, std::array<std::size_t, L>>(xscalar<T>(T(1)), std::array<std::size_t, L>());
}
template <class T, class S = T> inline auto arange(T start, T stop, S step = 1) noexcept {
  return xgenerator<detail::arange_generator<T, T, S>, T, std::array<std::size_t, 1>>(detail::arange_generator<T, T, S>(), {});
}
template <class T> inline auto arange(T stop) noexcept { return arange<T>(T(0), stop, T(1)); }
template <class T, class S> inline xarray<T> empty(const S& shape) { return xarray<T>(); }
template <class T, class I, std::size_t N> inline xtensor<T, N> empty(const I (&shape)[N]) { return xtensor<T, N>(); }

// ---------------------------------------------------------------- reducers (xreducer.hpp, xmath.hpp)
namespace evaluation_strategy { struct lazy_type {}; struct immediate_type {}; constexpr auto lazy = std::tuple<lazy_type>{}; }
template <class T> struct const_value { using value_type = T; constexpr const_value() = default; };
template <class REDUCE_FUNC, class INIT_FUNC = const_value<long int>, class MERGE_FUNC = REDUCE_FUNC> struct xreducer_functors {};
template <class R, class EVS> struct reducer_options { using result_type = R; };
template <class F, class CT, class X, class O> class xreducer;
template <class F, class CT, class X, class O> struct xcontainer_inner_types<xreducer<F, CT, X, O>> {
  using value_type = typename O::result_type; using reference = value_type; using const_reference = value_type; using size_type = std::size_t;
  using temporary_type = typename detail::xtype_for_shape<typename std::decay_t<CT>::shape_type>::template type<value_type, layout_type::row_major>;
};
template <class F, class CT, class X, class O>
class xreducer : public xsharable_expression<xreducer<F, CT, X, O>>, public xconst_iterable<xreducer<F, CT, X, O>>, public xconst_accessible<xreducer<F, CT, X, O>> {
public:
  using value_type = typename O::result_type; using reference = value_type; using const_reference = value_type; using size_type = std::size_t;
  using shape_type = typename std::decay_t<CT>::shape_type; using inner_shape_type = shape_type;
  using temporary_type = typename xcontainer_inner_types<xreducer>::temporary_type;
  static constexpr layout_type static_layout = layout_type::dynamic;
  template <class E> xreducer(E&& e) {}
  const inner_shape_type& shape() const noexcept { return xmock_dummy<const inner_shape_type>(); }
  template <class... Args> const_reference operator()(Args... args) const { return value_type(); }
};
#define ALIASLINT_XT_REDUCER(NAME, FUNCTOR)                                                                                                    \
  template <class T = void, class E, class EVS = std::tuple<evaluation_strategy::lazy_type>,                                                  \
            class = std::enable_if_t<std::is_same<EVS, std::tuple<evaluation_strategy::lazy_type>>::value>>                                  \
  inline auto NAME(E&& e, EVS es = EVS()) {                                                                                                   \
    using value_type = std::conditional_t<std::is_same<T, void>::value, typename std::decay_t<E>::value_type, T>;                            \
    return xreducer<xreducer_functors<FUNCTOR, const_value<value_type>>, const_xclosure_t<E>,                                                 \
                    typename std::decay_t<E>::shape_type, reducer_options<value_type, EVS>>(std::forward<E>(e));                            \
  }                                                                                                                                           \
  template <class T = void, class E, class X, class EVS = std::tuple<evaluation_strategy::lazy_type>,                                         \
            class = std::enable_if_t<!std::is_same<std::decay_t<X>, std::tuple<evaluation_strategy::lazy_type>>::value>>                     \
  inline auto NAME(E&& e, X&& axes, EVS es = EVS()) {                                                                                         \
    using value_type = std::conditional_t<std::is_same<T, void>::value, typename std::decay_t<E>::value_type, T>;                            \
    return xreducer<xreducer_functors<FUNCTOR, const_value<value_type>>, const_xclosure_t<E>, std::decay_t<X>,                                \
                    reducer_options<value_type, EVS>>(std::forward<E>(e));                                                                   \
  }                                                                                                                                           \
  template <class T = void, class E, class I, std::size_t N, class EVS = std::tuple<evaluation_strategy::lazy_type>>                        \
  inline auto NAME(E&& e, const I (&axes)[N], EVS es = EVS()) {                                                                               \
    using value_type = std::conditional_t<std::is_same<T, void>::value, typename std::decay_t<E>::value_type, T>;                            \
    return xreducer<xreducer_functors<FUNCTOR, const_value<value_type>>, const_xclosure_t<E>, std::array<std::size_t, N>,                     \
                    reducer_options<value_type, EVS>>(std::forward<E>(e));                                                                   \
  }
ALIASLINT_XT_REDUCER(sum, detail::plus)
ALIASLINT_XT_REDUCER(prod, detail::multiplies)
ALIASLINT_XT_REDUCER(amax, math::maximum<void>)
ALIASLINT_XT_REDUCER(amin, math::minimum<void>)
#undef ALIASLINT_XT_REDUCER

// ---------------------------------------------------------------- xio
template <class E> inline std::ostream& operator<<(std::ostream& out, const xexpression<E>& e) { return out; }
} // namespace xt
#endif
