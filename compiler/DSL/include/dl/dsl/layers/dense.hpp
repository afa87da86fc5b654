//===- dense.hpp - Fully connected layers -----------------------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// dense<Units> computes activation(x · kernel + bias) on the last axis of x,
// with kernel [in, Units] and bias [Units] (Keras's layout, see
// docs/model-convention.md), named `<name>.kernel` and `<name>.bias`:
//
//   x | dense<128>(relu)                      // dense0.kernel, dense0.bias
//   x | dense<10>.named("logits").kernel_initializer(he_normal)
//
// Defaults: no activation, glorot_uniform kernel, zeros bias, an automatic
// name. `input_dim<N>()` fixes the kernel's rows, so that applying the layer
// to an input of another width is a compile error (Keras's input_dim).
//
//===----------------------------------------------------------------------===//

#ifndef DL_DSL_LAYERS_DENSE_HPP
#define DL_DSL_LAYERS_DENSE_HPP

#include "dl/dsl/core/builder.hpp"
#include "dl/dsl/core/check.hpp"
#include "dl/dsl/core/init.hpp"
#include "dl/dsl/core/layer.hpp"
#include "dl/dsl/core/tensor.hpp"
#include "dl/dsl/layers/activations.hpp"

#include <boost/hana/define_struct.hpp>

#include <string_view>

namespace dl::dsl {

/// A dense layer of Units outputs; InputDim 0 means "the input's width".
template <dim_t Units, class Act = linear_t,
          class KernelInit = glorot_uniform_t, class BiasInit = zeros_t,
          dim_t InputDim = 0>
struct dense_t : layer {
  BOOST_HANA_DEFINE_STRUCT(dense_t, (std::string_view, name));

  static_assert(Units > 0, "dense<Units>: Units must be positive");

  /// The same layer with activation `a`.
  template <class A, std::enable_if_t<is_activation_v<A>, int> = 0>
  constexpr auto operator()(const A &) const {
    return dense_t<Units, A, KernelInit, BiasInit, InputDim>{{}, name};
  }

  /// The same layer named `n`: parameters `<n>.kernel` and `<n>.bias`.
  /// Layers with the same name share their parameters.
  constexpr dense_t named(std::string_view n) const { return {{}, n}; }

  template <class I>
  constexpr auto kernel_initializer(I) const {
    static_assert(is_initializer_v<I>, "dense: not an initializer");
    return dense_t<Units, Act, I, BiasInit, InputDim>{{}, name};
  }
  template <class I>
  constexpr auto bias_initializer(I) const {
    static_assert(is_initializer_v<I>, "dense: not an initializer");
    return dense_t<Units, Act, KernelInit, I, InputDim>{{}, name};
  }
  template <dim_t N>
  constexpr auto input_dim() const {
    return dense_t<Units, Act, KernelInit, BiasInit, N>{{}, name};
  }

  template <class X, std::enable_if_t<is_tensor_v<X>, int> = 0>
  constexpr auto operator()(const X &x) const {
    using dtype = typename X::dtype;
    using in = typename X::shape;
    constexpr auto dims = in::dims();
    constexpr dim_t features = in::rank >= 1 ? dims[in::rank - 1] : 0;
    constexpr dim_t rows = InputDim == 0 ? features : InputDim;
    constexpr bool rank_ok = in::rank >= 2;
    DL_DSL_CHECK(rank_ok,
                 "dense<{}>: input {} needs a batch and a feature dimension",
                 Units, in{});
    constexpr bool element_type_ok = dtype::is_float;
    DL_DSL_CHECK(element_type_ok,
                 "dense<{}>: element type {} is not a float type", Units,
                 dtype{});
    constexpr bool features_match = features == rows;
    DL_DSL_CHECK(features_match,
                 "dense<{}>: input features {} do not match kernel rows {}",
                 Units, features, rows);
    auto y = make_tensor<dtype, shape_from<out_rule<in>>>(*this, x);
    // The activation's own checks (softmax's axis) apply to the result.
    static_cast<void>(sizeof(decltype(Act{}(y))));
    return y;
  }

  value emit(function_builder &b, const tensor_type &result,
             const value &x) const {
    std::string layer = b.layer_name("dense", name);
    tensor_type kernel = result;
    kernel.dims = {x.type.dims.back(), Units};
    tensor_type bias = result;
    bias.dims = {Units};
    value k = b.param(layer, "kernel", kernel, KernelInit::spec());
    value bv = b.param(layer, "bias", bias, BiasInit::spec());
    value z = b.op("dl.matmul", {x, k}, "", result);
    value a = b.op("dl.add", {z, bv}, "", result);
    return Act{}.emit(b, result, a);
  }

private:
  /// [..., in] -> [..., Units]
  template <class In>
  struct out_rule {
    static constexpr auto value() {
      auto d = In::dims();
      if (In::rank >= 1)
        d[In::rank - 1] = Units;
      return d;
    }
  };
};

/// A dense layer with Units outputs.
template <dim_t Units>
inline constexpr dense_t<Units> dense{};

} // namespace dl::dsl

#endif // DL_DSL_LAYERS_DENSE_HPP
