//===- layer.hpp - The layer protocol, pipes and sequential ------*- C++
//-*-===//
// SPDX-License-Identifier: Apache-2.0
//
// A layer is any type that derives from `layer` and provides
//
//   template <class X> constexpr auto operator()(const X &x) const;
//       checks x with DL_DSL_CHECK and returns make_tensor<DType, Shape>(
//       *this, x): the call the user writes, and so the API boundary where
//       shape errors are reported;
//   value emit(function_builder &b, const tensor_type &result,
//              const value &x) const;
//       writes its ops through the builder;
//
// and keeps any state that is not in its type (a name) in a Hana Struct
// (BOOST_HANA_DEFINE_STRUCT), so that the builder can tell equal layers
// apart. Nothing else in the library names a layer: a new layer is one new
// header, and `x | new_layer` and sequential() work with it unchanged. Ops
// with several operands (matmul, add) follow the same protocol with more
// operands and are called as functions rather than piped.
//
//===----------------------------------------------------------------------===//

#ifndef DL_DSL_CORE_LAYER_HPP
#define DL_DSL_CORE_LAYER_HPP

#include "dl/dsl/core/tensor.hpp"

#include <boost/hana/at.hpp>
#include <boost/hana/tuple.hpp>

#include <cstddef>
#include <type_traits>
#include <utility>

namespace dl::dsl {

/// Base of every single-input layer; `x | layer` applies it.
struct layer {};

/// Base of the layers that may serve as the activation of another layer
/// (dense<10>(relu)): single-input, shape-preserving and stateless.
struct activation : layer {};

template <class T>
inline constexpr bool is_layer_v =
    std::is_base_of_v<layer, std::remove_cv_t<std::remove_reference_t<T>>>;
template <class T>
inline constexpr bool is_activation_v =
    std::is_base_of_v<activation, std::remove_cv_t<std::remove_reference_t<T>>>;

/// `x | l` is `l(x)`: the sequential style, one layer after the other.
template <class X, class L,
          std::enable_if_t<is_tensor_v<X> && is_layer_v<L>, int> = 0>
constexpr auto operator|(const X &x, const L &l) {
  return l(x);
}

namespace detail {

/// The layers of a sequential_t with their indices, so that operator() can
/// fold over them directly (a shallow instantiation stack keeps shape errors
/// inside a sequential short).
template <class Indices, class... Ls>
struct sequential_base;
template <std::size_t... I, class... Ls>
struct sequential_base<std::index_sequence<I...>, Ls...> : layer {
  boost::hana::tuple<Ls...> layers;

  template <class X>
  constexpr auto operator()(const X &x) const {
    return (x | ... | boost::hana::at_c<I>(layers));
  }
};

} // namespace detail

/// Layers applied one after the other, itself a layer: sequential(flatten,
/// dense<128>(relu), dense<10>) applied to x is x | flatten | ... .
template <class... Ls>
struct sequential_t
    : detail::sequential_base<std::index_sequence_for<Ls...>, Ls...> {};

/// Composes layers into one; see sequential_t.
template <class... Ls>
constexpr sequential_t<Ls...> sequential(const Ls &...layers) {
  static_assert((is_layer_v<Ls> && ...),
                "sequential: every argument must be a layer");
  return {{{}, boost::hana::tuple<Ls...>(layers...)}};
}

/// Defines KIND, which describes one dl op to a layer template that serves
/// several ops (activation_t<relu_kind>, reduce_t<sum_kind>): the name used in
/// messages, the op's mnemonic and whether it needs a float element type.
#define DL_DSL_OP_KIND(KIND, NAME, MNEMONIC, FLOAT_ONLY)                       \
  struct KIND {                                                                \
    static constexpr const char *name = NAME;                                  \
    static constexpr const char *mnemonic = MNEMONIC;                          \
    static constexpr bool float_only = FLOAT_ONLY;                             \
  };

/// An axis as a compile-time value, counting from the end when negative:
/// softmax(axis<1>).
template <int N>
struct axis_t {
  static constexpr int value = N;
};
template <int N>
inline constexpr axis_t<N> axis{};

} // namespace dl::dsl

#endif // DL_DSL_CORE_LAYER_HPP
