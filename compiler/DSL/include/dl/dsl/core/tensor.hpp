//===- tensor.hpp - Tensors: the nodes of a compile-time graph --*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// A tensor is the result of one layer (or op) applied to other tensors. Its
// type spells its element type, its shape, the layer and the operand tensors,
// so a whole model is one compile-time graph:
//
//   tensor<f32_t, shape<32, 10>, dense_t<10, ...>,
//          tensor<f32_t, shape<32, 784>, flatten_t,
//                 tensor<f32_t, shape<32, 28, 28>, input_t>>>
//
// The layer object holds what is not in the type (names), and the operands
// are held by value in a hana::tuple. Leaves (inputs, parameters, constants)
// are layers without operands. Everything is a literal type, so graphs can be
// built in constant expressions.
//
//===----------------------------------------------------------------------===//

#ifndef DL_DSL_CORE_TENSOR_HPP
#define DL_DSL_CORE_TENSOR_HPP

#include "dl/dsl/core/dtype.hpp"
#include "dl/dsl/core/shape.hpp"

#include <boost/hana/tuple.hpp>

#include <type_traits>

namespace dl::dsl {

/// A tensor of element type DType and shape Shape computed by `op` from
/// `operands`.
template <class DType, class Shape, class Op, class... Operands>
struct tensor {
  static_assert(is_dtype_v<DType> && is_shape<Shape>::value,
                "tensor<DType, Shape, Op, Operands...>");
  using dtype = DType;
  using shape = Shape;
  using op_type = Op;

  static constexpr std::size_t rank = Shape::rank;

  Op op;
  boost::hana::tuple<Operands...> operands;
};

template <class T>
struct is_tensor : std::false_type {};
template <class DType, class Shape, class Op, class... Operands>
struct is_tensor<tensor<DType, Shape, Op, Operands...>> : std::true_type {};
/// True for tensor types (with or without cv-ref qualifiers).
template <class T>
inline constexpr bool is_tensor_v =
    is_tensor<std::remove_cv_t<std::remove_reference_t<T>>>::value;

/// The tensor of element type DType and shape Shape that `op` computes from
/// `operands`. Layers call this once their checks have passed.
template <class DType, class Shape, class Op, class... Operands>
constexpr tensor<DType, Shape, Op, Operands...>
make_tensor(const Op &op, const Operands &...operands) {
  return {op, boost::hana::tuple<Operands...>(operands...)};
}

/// The shape of a tensor as a value: static_assert(shape_of(y) ==
/// shape_c<32, 10>).
template <class T, std::enable_if_t<is_tensor_v<T>, int> = 0>
constexpr typename T::shape shape_of(const T &) {
  return {};
}

/// The element type of a tensor as a value: dtype_of(y) == f32.
template <class T, std::enable_if_t<is_tensor_v<T>, int> = 0>
constexpr typename T::dtype dtype_of(const T &) {
  return {};
}

} // namespace dl::dsl

#endif // DL_DSL_CORE_TENSOR_HPP
