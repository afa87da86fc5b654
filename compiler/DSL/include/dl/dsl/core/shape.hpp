//===- shape.hpp - Compile-time shapes of the dl model DSL ------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// A shape is a type, `shape<32, 784>`, so every tensor's extents are known to
// the compiler. Shape rules (broadcasting, contraction, reduction) are plain
// constexpr functions over std::array; `shape_from` turns their result back
// into a shape type. Computing with arrays rather than with recursive
// templates keeps compile times low and keeps rule failures out of deep
// instantiation stacks: a layer evaluates its rule, checks it with one
// static_assert, and builds its result type.
//
//===----------------------------------------------------------------------===//

#ifndef DL_DSL_CORE_SHAPE_HPP
#define DL_DSL_CORE_SHAPE_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>

namespace dl::dsl {

/// One extent of a shape.
using dim_t = std::int64_t;

/// A static shape: the extents of a tensor, outermost first.
template <dim_t... D>
struct shape {
  static constexpr std::size_t rank = sizeof...(D);
  /// Number of elements.
  static constexpr dim_t size = (dim_t{1} * ... * D);
  /// The extents as an array.
  static constexpr std::array<dim_t, rank> dims() { return {{D...}}; }
};

/// A shape as a value: `shape_c<32, 784>`.
template <dim_t... D>
inline constexpr shape<D...> shape_c{};

template <dim_t... A, dim_t... B>
constexpr bool operator==(shape<A...>, shape<B...>) {
  return std::is_same_v<shape<A...>, shape<B...>>;
}
template <dim_t... A, dim_t... B>
constexpr bool operator!=(shape<A...> a, shape<B...> b) {
  return !(a == b);
}

template <class T>
struct is_shape : std::false_type {};
template <dim_t... D>
struct is_shape<shape<D...>> : std::true_type {};

namespace detail {

/// Makes `shape<R::value()[0], ...>` from a type R whose static constexpr
/// `value()` returns a std::array of extents.
template <class R, std::size_t... I>
shape<R::value()[I]...> shape_from_impl(std::index_sequence<I...>);

} // namespace detail

/// The shape computed by R::value() (a constexpr std::array<dim_t, N>).
template <class R>
using shape_from = decltype(detail::shape_from_impl<R>(
    std::make_index_sequence<R::value().size()>{}));

/// Shape rules shared by several layers.
namespace rules {

/// Normalizes an axis that may count from the end (-1 is the last); returns
/// -1 when it is out of range.
constexpr int normalize_axis(int axis, std::size_t rank) {
  int r = static_cast<int>(rank);
  if (axis < -r || axis >= r)
    return -1;
  return axis < 0 ? axis + r : axis;
}

/// True when two shapes broadcast with numpy rules (aligned at the last
/// dimension; each pair equal or one of them 1).
template <std::size_t N, std::size_t M>
constexpr bool broadcastable(const std::array<dim_t, N> &a,
                             const std::array<dim_t, M> &b) {
  for (std::size_t i = 0; i < N && i < M; ++i) {
    dim_t x = a[N - 1 - i], y = b[M - 1 - i];
    if (x != y && x != 1 && y != 1)
      return false;
  }
  return true;
}

/// The broadcast shape of two shapes; where they do not broadcast, the larger
/// extent (so that a failed check yields a usable type and no second error).
template <std::size_t N, std::size_t M>
constexpr std::array<dim_t, (N > M ? N : M)>
broadcast(const std::array<dim_t, N> &a, const std::array<dim_t, M> &b) {
  constexpr std::size_t R = N > M ? N : M;
  std::array<dim_t, R> out{};
  for (std::size_t i = 0; i < R; ++i) {
    dim_t x = i < N ? a[N - 1 - i] : 1;
    dim_t y = i < M ? b[M - 1 - i] : 1;
    out[R - 1 - i] = x == 1 ? y : (y == 1 ? x : (x > y ? x : y));
  }
  return out;
}

} // namespace rules

/// Type-level broadcast of two shapes.
template <class A, class B>
struct broadcast_rule {
  static constexpr auto value() {
    return rules::broadcast(A::dims(), B::dims());
  }
};

} // namespace dl::dsl

#endif // DL_DSL_CORE_SHAPE_HPP
