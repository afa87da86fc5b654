//===- reductions.hpp - sum, mean and reduce_max along axes -----*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// sum(x) adds every element; sum(x, axes<1>) reduces axis 1 only, and
// keep_dims keeps reduced axes with extent 1: x | mean(axes<0>, keep_dims).
// Axes may count from the end (-1 is the last). mean needs a float element
// type.
//
//===----------------------------------------------------------------------===//

#ifndef DL_DSL_LAYERS_REDUCTIONS_HPP
#define DL_DSL_LAYERS_REDUCTIONS_HPP

#include "dl/dsl/core/builder.hpp"
#include "dl/dsl/core/check.hpp"
#include "dl/dsl/core/layer.hpp"
#include "dl/dsl/core/tensor.hpp"

#include <array>
#include <string>
#include <type_traits>

namespace dl::dsl {

/// The axes to reduce: axes<0, 1>.
template <int... N>
struct axes_t {};
template <int... N>
inline constexpr axes_t<N...> axes{};

/// Keep reduced axes with extent 1.
struct keep_dims_t {};
inline constexpr keep_dims_t keep_dims{};

/// A reduction; no Axes means every axis.
template <class Kind, bool KeepDims = false, int... Axes>
struct reduce_t : layer {
  /// The same reduction along other axes, or keeping dimensions.
  template <int... N>
  constexpr reduce_t<Kind, KeepDims, N...> operator()(axes_t<N...>) const {
    return {};
  }
  template <int... N>
  constexpr reduce_t<Kind, true, N...> operator()(axes_t<N...>,
                                                  keep_dims_t) const {
    return {};
  }
  constexpr reduce_t<Kind, true, Axes...> operator()(keep_dims_t) const {
    return {};
  }
  /// The functional spelling: sum(x, axes<1>), sum(x, axes<1>, keep_dims).
  template <
      class X, class... Options,
      std::enable_if_t<is_tensor_v<X> && sizeof...(Options) != 0, int> = 0>
  constexpr auto operator()(const X &x, Options... options) const {
    return (*this)(options...)(x);
  }

  template <class X, std::enable_if_t<is_tensor_v<X>, int> = 0>
  constexpr auto operator()(const X &x) const {
    using in = typename X::shape;
    constexpr bool rank_ok = in::rank <= 16;
    DL_DSL_CHECK(rank_ok, "{}: input {} has more than 16 dimensions",
                 Kind::name, in{});
    constexpr bool element_type_ok = !Kind::float_only || X::dtype::is_float;
    DL_DSL_CHECK(element_type_ok, "{}: element type {} is not a float type",
                 Kind::name, typename X::dtype{});
    constexpr bool axes_in_range =
        ((rules::normalize_axis(Axes, in::rank) >= 0) && ...);
    DL_DSL_CHECK(axes_in_range, "{}: axes {} are not all in range for shape {}",
                 Kind::name, shape<Axes...>{}, in{});
    constexpr bool axes_distinct = !axes_in_range || distinct(in::rank);
    DL_DSL_CHECK(axes_distinct, "{}: axes {} name one dimension twice",
                 Kind::name, shape<Axes...>{});
    return make_tensor<typename X::dtype, shape_from<rule<in>>>(*this, x);
  }

  value emit(function_builder &b, const tensor_type &result,
             const value &x) const {
    auto reduced = mask(x.type.dims.size());
    std::string attrs = "axes = [";
    bool first = true;
    for (std::size_t i = 0; i < x.type.dims.size(); ++i)
      if (reduced[i]) {
        attrs += (first ? "" : ", ") + std::to_string(i);
        first = false;
      }
    attrs += KeepDims ? "] keep_dims" : "]";
    return b.op(Kind::mnemonic, {x}, attrs, result);
  }

  /// Which of `rank` dimensions are reduced (at most 16 dimensions).
  static constexpr std::array<bool, 16> mask(std::size_t rank) {
    std::array<bool, 16> m{};
    for (std::size_t i = 0; i < rank && i < m.size(); ++i)
      m[i] = sizeof...(Axes) == 0;
    for (int a : std::array<int, sizeof...(Axes)>{{Axes...}}) {
      int n = rules::normalize_axis(a, rank);
      if (n >= 0 && n < 16)
        m[static_cast<std::size_t>(n)] = true;
    }
    return m;
  }

  static constexpr bool distinct(std::size_t rank) {
    int count = 0;
    for (bool reduced : mask(rank))
      count += reduced ? 1 : 0;
    return sizeof...(Axes) == 0 || count == static_cast<int>(sizeof...(Axes));
  }

  /// The input shape without (or with extent 1 at) the reduced axes.
  template <class In>
  struct rule {
    static constexpr std::size_t reduced_count() {
      std::size_t n = 0;
      for (bool r : mask(In::rank))
        n += r ? 1 : 0;
      return n;
    }
    static constexpr auto value() {
      constexpr std::size_t rank =
          KeepDims ? In::rank : In::rank - reduced_count();
      std::array<dim_t, rank> out{};
      auto d = In::dims();
      auto m = mask(In::rank);
      std::size_t j = 0;
      for (std::size_t i = 0; i < In::rank; ++i) {
        if (!m[i])
          out[j++] = d[i];
        else if (KeepDims)
          out[j++] = 1;
      }
      return out;
    }
  };
};

DL_DSL_OP_KIND(sum_kind, "sum", "dl.sum", false)
DL_DSL_OP_KIND(mean_kind, "mean", "dl.mean", true)
DL_DSL_OP_KIND(reduce_max_kind, "reduce_max", "dl.reduce_max", false)

/// The sum, the arithmetic mean and the maximum along axes.
inline constexpr reduce_t<sum_kind> sum{};
inline constexpr reduce_t<mean_kind> mean{};
inline constexpr reduce_t<reduce_max_kind> reduce_max{};

} // namespace dl::dsl

#endif // DL_DSL_LAYERS_REDUCTIONS_HPP
