//===- param.hpp - Named parameters for the functional style ----*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// param<784, 10>("dense0.kernel", glorot_uniform) is a trained tensor: an
// argument with `dl.param = "dense0.kernel"`, filled by its initializer when
// the generator writes initial weights. The initializer defaults to
// glorot_uniform (as Keras's add_weight); the element type to f32:
// param<10>("dense0.bias", zeros, f64).
//
//===----------------------------------------------------------------------===//

#ifndef DL_DSL_LAYERS_PARAM_HPP
#define DL_DSL_LAYERS_PARAM_HPP

#include "dl/dsl/core/builder.hpp"
#include "dl/dsl/core/check.hpp"
#include "dl/dsl/core/init.hpp"
#include "dl/dsl/core/tensor.hpp"

#include <boost/hana/define_struct.hpp>

#include <string_view>

namespace dl::dsl {

/// The leaf of a parameter tensor; holds its name.
template <class Init>
struct param_t {
  BOOST_HANA_DEFINE_STRUCT(param_t, (std::string_view, name));

  value emit(function_builder &b, const tensor_type &result) const {
    return b.param(name, result, Init::spec());
  }
};

/// A parameter of shape [D...] named `name`.
template <dim_t... D, class Init = glorot_uniform_t, class DType = f32_t>
constexpr auto param(std::string_view name, Init = {}, DType = {}) {
  static_assert(is_initializer_v<Init>,
                "param: the second argument is an initializer (zeros, ones, "
                "glorot_uniform, glorot_normal, he_uniform, he_normal)");
  static_assert(is_dtype_v<DType>, "param: the third argument is an element "
                                   "type (f32, f64, i32, i64)");
  constexpr bool extents_ok = ((D >= 0) && ...);
  DL_DSL_CHECK(extents_ok, "param: extents must not be negative, got {}",
               shape<D...>{});
  constexpr bool initializer_ok = DType::is_float || !Init::spec().random;
  DL_DSL_CHECK(initializer_ok,
               "param: initializer {} needs a float element type, not {}",
               Init::spec().name, DType{});
  return make_tensor<DType, shape<D...>>(param_t<Init>{name});
}

} // namespace dl::dsl

#endif // DL_DSL_LAYERS_PARAM_HPP
