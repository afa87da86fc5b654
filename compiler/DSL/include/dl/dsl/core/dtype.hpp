//===- dtype.hpp - Element types of the dl model DSL ------------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Element types are types, so a tensor's element type is part of its C++
// type and a mismatch is a compile error. Each carries its `dl` spelling, the
// C++ type of one element and the runtime's DlrtDType value (kept as a plain
// integer, so that this header needs no runtime header).
//
//===----------------------------------------------------------------------===//

#ifndef DL_DSL_CORE_DTYPE_HPP
#define DL_DSL_CORE_DTYPE_HPP

#include <cstdint>
#include <type_traits>

namespace dl::dsl {

/// Base of the element type tags; `is_dtype_v` recognises them.
struct dtype_tag {};

/// 32-bit IEEE float, the default element type.
struct f32_t : dtype_tag {
  using value_type = float;
  static constexpr const char *name = "f32";
  static constexpr bool is_float = true;
  static constexpr int runtime_dtype = 0; // DLRT_F32
};
/// 64-bit IEEE float.
struct f64_t : dtype_tag {
  using value_type = double;
  static constexpr const char *name = "f64";
  static constexpr bool is_float = true;
  static constexpr int runtime_dtype = 1; // DLRT_F64
};
/// 32-bit signed integer.
struct i32_t : dtype_tag {
  using value_type = std::int32_t;
  static constexpr const char *name = "i32";
  static constexpr bool is_float = false;
  static constexpr int runtime_dtype = 2; // DLRT_I32
};
/// 64-bit signed integer (labels, token ids).
struct i64_t : dtype_tag {
  using value_type = std::int64_t;
  static constexpr const char *name = "i64";
  static constexpr bool is_float = false;
  static constexpr int runtime_dtype = 3; // DLRT_I64
};

inline constexpr f32_t f32{};
inline constexpr f64_t f64{};
inline constexpr i32_t i32{};
inline constexpr i64_t i64{};

/// True for the element type tags above.
template <class T>
inline constexpr bool is_dtype_v = std::is_base_of_v<dtype_tag, T>;

template <class A, class B,
          std::enable_if_t<is_dtype_v<A> && is_dtype_v<B>, int> = 0>
constexpr bool operator==(A, B) {
  return std::is_same_v<A, B>;
}
template <class A, class B,
          std::enable_if_t<is_dtype_v<A> && is_dtype_v<B>, int> = 0>
constexpr bool operator!=(A, B) {
  return !std::is_same_v<A, B>;
}

} // namespace dl::dsl

#endif // DL_DSL_CORE_DTYPE_HPP
