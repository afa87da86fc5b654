//===- activations.hpp - relu, sigmoid, tanh and linear ---------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Elementwise activations, each a layer (x | relu), a function (relu(x)) and
// the activation of another layer (dense<128>(relu)). `linear` is the
// identity, the default activation of dense. relu also takes integers; the
// others need a float element type.
//
// Note: math.h declares ::tanh, so with `using namespace dl::dsl` at file
// scope and <cmath> included, write dl::dsl::tanh (or a namespace alias).
//
//===----------------------------------------------------------------------===//

#ifndef DL_DSL_LAYERS_ACTIVATIONS_HPP
#define DL_DSL_LAYERS_ACTIVATIONS_HPP

#include "dl/dsl/core/builder.hpp"
#include "dl/dsl/core/check.hpp"
#include "dl/dsl/core/layer.hpp"
#include "dl/dsl/core/tensor.hpp"

namespace dl::dsl {

/// An elementwise activation; Kind (DL_DSL_OP_KIND) gives its name, its dl op
/// (none for linear) and whether it needs floats.
template <class Kind>
struct activation_t : activation {
  template <class X>
  constexpr auto operator()(const X &x) const {
    static_assert(is_tensor_v<X>, "activation: the operand is not a tensor");
    using dtype = typename X::dtype;
    constexpr bool element_type_ok = !Kind::float_only || dtype::is_float;
    DL_DSL_CHECK(element_type_ok, "{}: element type {} is not a float type",
                 Kind::name, dtype{});
    return make_tensor<dtype, typename X::shape>(*this, x);
  }

  value emit(function_builder &b, const tensor_type &, const value &x) const {
    if constexpr (Kind::mnemonic == nullptr)
      return x;
    else
      return b.same_type_op(Kind::mnemonic, x);
  }
};

DL_DSL_OP_KIND(relu_kind, "relu", "dl.relu", false)
DL_DSL_OP_KIND(sigmoid_kind, "sigmoid", "dl.sigmoid", true)
DL_DSL_OP_KIND(tanh_kind, "tanh", "dl.tanh", true)
DL_DSL_OP_KIND(linear_kind, "linear", nullptr, false)

using relu_t = activation_t<relu_kind>;
using sigmoid_t = activation_t<sigmoid_kind>;
using tanh_t = activation_t<tanh_kind>;
using linear_t = activation_t<linear_kind>;

/// max(x, 0).
inline constexpr relu_t relu{};
/// 1 / (1 + exp(-x)).
inline constexpr sigmoid_t sigmoid{};
/// tanh(x).
inline constexpr tanh_t tanh{};
/// x (no activation).
inline constexpr linear_t linear{};

} // namespace dl::dsl

#endif // DL_DSL_LAYERS_ACTIVATIONS_HPP
