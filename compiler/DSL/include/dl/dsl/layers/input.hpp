//===- input.hpp - Model inputs ---------------------------------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// input<32, 784>("x") is the data a model is fed at every call: an argument
// with `dl.input = "x"`. The element type is f32 unless given:
// input<64>("labels", i64).
//
//===----------------------------------------------------------------------===//

#ifndef DL_DSL_LAYERS_INPUT_HPP
#define DL_DSL_LAYERS_INPUT_HPP

#include "dl/dsl/core/builder.hpp"
#include "dl/dsl/core/check.hpp"
#include "dl/dsl/core/tensor.hpp"

#include <boost/hana/define_struct.hpp>

#include <string_view>

namespace dl::dsl {

/// The leaf of an input tensor; holds its name.
struct input_t {
  BOOST_HANA_DEFINE_STRUCT(input_t, (std::string_view, name));

  value emit(function_builder &b, const tensor_type &result) const {
    return b.input(name, result);
  }
};

/// A model input of shape [D...] and element type DType, named `name`.
template <dim_t... D, class DType = f32_t>
constexpr auto input(std::string_view name, DType = {}) {
  static_assert(is_dtype_v<DType>, "input: the second argument is an element "
                                   "type (f32, f64, i32, i64)");
  constexpr bool extents_ok = ((D >= 0) && ...);
  DL_DSL_CHECK(extents_ok, "input: extents must not be negative, got {}",
               shape<D...>{});
  return make_tensor<DType, shape<D...>>(input_t{name});
}

} // namespace dl::dsl

#endif // DL_DSL_LAYERS_INPUT_HPP
