//===- weights.hpp - Initial parameters as a safetensors file ---*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// write_initial_weights() fills every parameter of the given models with its
// initializer and writes them to one safetensors file, one tensor per
// dl.param with the same name, shape and element type, in argument order.
// Values are reproducible (core/init.hpp): element i, in row-major order, is
// the i-th draw of the parameter's own stream, which depends only on the
// seed and the parameter's name. This header calls the dl runtime
// (dlrtTensorFileWrite); programs that include it link dl::runtime.
//
//===----------------------------------------------------------------------===//

#ifndef DL_DSL_WEIGHTS_HPP
#define DL_DSL_WEIGHTS_HPP

#include "dl/dsl/core/builder.hpp"
#include "dl/dsl/core/init.hpp"
#include "dl/dsl/core/model.hpp"
#include "dl/runtime/runtime.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace dl::dsl {

namespace detail {

/// The bytes of `count` elements of type T drawn from `init`.
template <class T>
std::vector<unsigned char> draw(const initializer &init, const fans &f,
                                splitmix64 &rng, std::int64_t count) {
  std::vector<unsigned char> bytes(static_cast<std::size_t>(count) * sizeof(T));
  for (std::int64_t i = 0; i < count; ++i) {
    T v = static_cast<T>(init.sample(f, rng));
    std::memcpy(bytes.data() + i * sizeof(T), &v, sizeof(T));
  }
  return bytes;
}

} // namespace detail

/// The initial value of parameter `a` under `seed`, as little-endian bytes.
inline std::vector<unsigned char> initial_value(const argument &a,
                                                std::uint64_t seed) {
  splitmix64 rng = parameter_stream(seed, a.name);
  fans f = compute_fans(a.type.dims);
  std::int64_t n = a.type.size();
  switch (a.type.runtime_dtype) {
  case f64_t::runtime_dtype:
    return detail::draw<double>(a.init, f, rng, n);
  case i32_t::runtime_dtype:
    return detail::draw<std::int32_t>(a.init, f, rng, n);
  case i64_t::runtime_dtype:
    return detail::draw<std::int64_t>(a.init, f, rng, n);
  default:
    return detail::draw<float>(a.init, f, rng, n);
  }
}

/// Writes the initial parameters of `models` to the safetensors file `path`
/// (atomically). Returns an empty string or the error.
template <class... Models>
std::string write_initial_weights(const std::string &path, std::uint64_t seed,
                                  const Models &...models) {
  std::vector<argument> params;
  std::string error;
  auto collect = [&](const auto &m) {
    emitted_function f = emit_function(m);
    if (error.empty())
      error = f.error;
    for (const argument &a : f.arguments) {
      if (a.role != argument::param)
        continue;
      bool seen = false;
      for (const argument &p : params)
        if (p.name == a.name) {
          seen = true;
          if (p.type != a.type && error.empty())
            error = "parameter '" + a.name + "' is " + p.type.str() +
                    " in one model and " + a.type.str() + " in another";
        }
      if (!seen)
        params.push_back(a);
    }
  };
  (collect(models), ...);
  if (!error.empty())
    return error;

  std::vector<std::vector<unsigned char>> data;
  std::vector<DlrtTensorView> views;
  data.reserve(params.size());
  for (const argument &p : params) {
    data.push_back(initial_value(p, seed));
    views.push_back(
        {p.name.c_str(), static_cast<DlrtDType>(p.type.runtime_dtype),
         static_cast<std::int64_t>(p.type.dims.size()), p.type.dims.data(),
         data.back().data(), data.back().size()});
  }
  if (dlrtTensorFileWrite(path.c_str(), views.data(), views.size()) != DLRT_OK)
    return dlrtLastErrorMessage();
  return "";
}

} // namespace dl::dsl

#endif // DL_DSL_WEIGHTS_HPP
