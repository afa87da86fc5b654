//===- reshape.hpp - Reshape to a static shape ------------------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// reshape<D...> gives the elements of its input, in row-major order, the
// shape [D...], which includes the batch dimension (unlike Keras's Reshape).
// One extent may be -1, meaning whatever keeps the element count:
// x | reshape<-1, 28, 28>.
//
//===----------------------------------------------------------------------===//

#ifndef DL_DSL_LAYERS_RESHAPE_HPP
#define DL_DSL_LAYERS_RESHAPE_HPP

#include "dl/dsl/core/builder.hpp"
#include "dl/dsl/core/check.hpp"
#include "dl/dsl/core/layer.hpp"
#include "dl/dsl/core/tensor.hpp"

#include <array>

namespace dl::dsl {

template <dim_t... D>
struct reshape_t : layer {
  /// How many extents are -1, and the product of the others.
  static constexpr int unknown = ((D == -1 ? 1 : 0) + ... + 0);
  static constexpr dim_t known = ((D == -1 ? 1 : D) * ... * 1);

  template <class X>
  constexpr auto operator()(const X &x) const {
    static_assert(is_tensor_v<X>, "reshape: the operand is not a tensor");
    using in = typename X::shape;
    using out = shape_from<rule<in>>;
    constexpr bool target_ok = unknown <= 1 && ((D >= -1) && ...);
    DL_DSL_CHECK(target_ok,
                 "reshape: target {} may have one extent -1 and no other "
                 "negative one",
                 shape<D...>{});
    constexpr bool sizes_match = !target_ok || in::size == out::size;
    DL_DSL_CHECK(sizes_match, "reshape: cannot reshape {} ({} elements) to {}",
                 in{}, in::size, shape<D...>{});
    return make_tensor<typename X::dtype, out>(*this, x);
  }

  value emit(function_builder &b, const tensor_type &result,
             const value &x) const {
    return b.op("dl.reshape", {x}, "", result);
  }

  /// [D...] with a -1 replaced by the missing factor (when it divides).
  template <class In>
  struct rule {
    static constexpr std::array<dim_t, sizeof...(D)> value() {
      std::array<dim_t, sizeof...(D)> d{{D...}};
      for (dim_t &e : d)
        if (e == -1)
          e = known != 0 && In::size % known == 0 ? In::size / known : 0;
      return d;
    }
  };
};

/// Reshapes to [D...].
template <dim_t... D>
inline constexpr reshape_t<D...> reshape{};

} // namespace dl::dsl

#endif // DL_DSL_LAYERS_RESHAPE_HPP
