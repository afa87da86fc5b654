//===- softmax.hpp - softmax and log_softmax along an axis ------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// softmax normalizes along one axis, the last by default; softmax(axis<0>)
// picks another. Both are layers, functions and activations
// (dense<10>(softmax)). Float element types only.
//
//===----------------------------------------------------------------------===//

#ifndef DL_DSL_LAYERS_SOFTMAX_HPP
#define DL_DSL_LAYERS_SOFTMAX_HPP

#include "dl/dsl/core/builder.hpp"
#include "dl/dsl/core/check.hpp"
#include "dl/dsl/core/layer.hpp"
#include "dl/dsl/core/tensor.hpp"

#include <string>

namespace dl::dsl {

/// softmax (Log = false) or log_softmax (Log = true) along Axis.
template <bool Log, int Axis = -1>
struct softmax_t : activation {
  static constexpr const char *name = Log ? "log_softmax" : "softmax";

  /// The same layer along another axis.
  template <int N>
  constexpr softmax_t<Log, N> operator()(axis_t<N>) const {
    return {};
  }

  template <class X>
  constexpr auto operator()(const X &x) const {
    static_assert(is_tensor_v<X>, "softmax: the operand is not a tensor");
    using dtype = typename X::dtype;
    using shape = typename X::shape;
    constexpr bool element_type_ok = dtype::is_float;
    DL_DSL_CHECK(element_type_ok, "{}: element type {} is not a float type",
                 name, dtype{});
    constexpr bool axis_in_range =
        rules::normalize_axis(Axis, shape::rank) >= 0;
    DL_DSL_CHECK(axis_in_range, "{}: axis {} is out of range for shape {}",
                 name, Axis, shape{});
    return make_tensor<dtype, shape>(*this, x);
  }

  value emit(function_builder &b, const tensor_type &result,
             const value &x) const {
    int axis = rules::normalize_axis(Axis, result.dims.size());
    return b.same_type_op(Log ? "dl.log_softmax" : "dl.softmax", x,
                          "axis = " + std::to_string(axis));
  }
};

/// exp(x) / sum(exp(x)) along the last axis.
inline constexpr softmax_t<false> softmax{};
/// log(softmax(x)) along the last axis, computed stably.
inline constexpr softmax_t<true> log_softmax{};

} // namespace dl::dsl

#endif // DL_DSL_LAYERS_SOFTMAX_HPP
