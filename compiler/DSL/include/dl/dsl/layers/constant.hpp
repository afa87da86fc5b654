//===- constant.hpp - Constant tensors --------------------------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// constant<4, 3>(0.5) is a tensor whose elements all equal 0.5 (f32 unless
// an element type follows: constant<4>(1, i64)); constant<>(2.0) is a
// scalar. The elementwise operators turn a C++ number next to a tensor into
// such a scalar of the tensor's element type: x * 2.0f.
//
//===----------------------------------------------------------------------===//

#ifndef DL_DSL_LAYERS_CONSTANT_HPP
#define DL_DSL_LAYERS_CONSTANT_HPP

#include "dl/dsl/core/builder.hpp"
#include "dl/dsl/core/check.hpp"
#include "dl/dsl/core/tensor.hpp"

#include <boost/hana/define_struct.hpp>

#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <string>

namespace dl::dsl {

/// The leaf of a splat constant; holds the value.
template <class DType>
struct constant_t {
  using value_type = typename DType::value_type;
  BOOST_HANA_DEFINE_STRUCT(constant_t, (value_type, number));

  value emit(function_builder &b, const tensor_type &result) const {
    // Floats are written as their bit patterns, which MLIR reads exactly.
    char literal[32];
    if constexpr (std::is_same_v<value_type, float>) {
      std::uint32_t bits;
      std::memcpy(&bits, &number, sizeof bits);
      std::snprintf(literal, sizeof literal, "0x%08" PRIX32, bits);
    } else if constexpr (std::is_same_v<value_type, double>) {
      std::uint64_t bits;
      std::memcpy(&bits, &number, sizeof bits);
      std::snprintf(literal, sizeof literal, "0x%016" PRIX64, bits);
    } else {
      std::snprintf(literal, sizeof literal, "%" PRId64,
                    static_cast<std::int64_t>(number));
    }
    return b.constant(literal, result);
  }
};

/// A tensor of shape [D...] and element type DType with every element `v`.
template <dim_t... D, class V, class DType = f32_t>
constexpr auto constant(V v, DType = {}) {
  static_assert(std::is_arithmetic_v<V>, "constant: the value is a number");
  static_assert(is_dtype_v<DType>, "constant: the second argument is an "
                                   "element type (f32, f64, i32, i64)");
  constexpr bool extents_ok = ((D >= 0) && ...);
  DL_DSL_CHECK(extents_ok, "constant: extents must not be negative, got {}",
               shape<D...>{});
  using value_type = typename DType::value_type;
  return make_tensor<DType, shape<D...>>(
      constant_t<DType>{static_cast<value_type>(v)});
}

} // namespace dl::dsl

#endif // DL_DSL_LAYERS_CONSTANT_HPP
