//===- flatten.hpp - Flatten all but the batch dimension --------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// flatten turns [N, d1, ..., dk] into [N, d1 * ... * dk] (and [N] into
// [N, 1]), as Keras's Flatten: x | flatten | dense<10>.
//
//===----------------------------------------------------------------------===//

#ifndef DL_DSL_LAYERS_FLATTEN_HPP
#define DL_DSL_LAYERS_FLATTEN_HPP

#include "dl/dsl/core/builder.hpp"
#include "dl/dsl/core/check.hpp"
#include "dl/dsl/core/layer.hpp"
#include "dl/dsl/core/tensor.hpp"

#include <array>

namespace dl::dsl {

struct flatten_t : layer {
  template <class X>
  constexpr auto operator()(const X &x) const {
    static_assert(is_tensor_v<X>, "flatten: the operand is not a tensor");
    using in = typename X::shape;
    constexpr bool rank_ok = in::rank >= 1;
    DL_DSL_CHECK(rank_ok, "flatten: input {} has no batch dimension", in{});
    return make_tensor<typename X::dtype, shape_from<rule<in>>>(*this, x);
  }

  value emit(function_builder &b, const tensor_type &result,
             const value &x) const {
    return b.op("dl.reshape", {x}, "", result);
  }

  /// [N, d1, ..., dk] -> [N, d1 * ... * dk]
  template <class In>
  struct rule {
    static constexpr std::array<dim_t, 2> value() {
      auto d = In::dims();
      dim_t rest = 1;
      for (std::size_t i = 1; i < In::rank; ++i)
        rest *= d[i];
      return {{In::rank >= 1 ? d[0] : 1, rest}};
    }
  };
};

/// Flattens every dimension but the first.
inline constexpr flatten_t flatten{};

} // namespace dl::dsl

#endif // DL_DSL_LAYERS_FLATTEN_HPP
