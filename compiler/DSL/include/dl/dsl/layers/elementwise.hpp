//===- elementwise.hpp - Elementwise arithmetic and math --------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// The arithmetic operators + - * / and maximum, minimum and pow combine two
// tensors elementwise with numpy broadcasting, or a tensor and a C++ number
// (which becomes a scalar constant of the tensor's element type). Unary
// minus, abs, exp, log, sqrt and rsqrt apply to every element. These are
// functions rather than layers: `relu(matmul(x, w) + b)`. They are function
// templates, found by argument-dependent lookup, so they coexist with the C
// library's exp or abs under `using namespace dl::dsl`.
//
//===----------------------------------------------------------------------===//

#ifndef DL_DSL_LAYERS_ELEMENTWISE_HPP
#define DL_DSL_LAYERS_ELEMENTWISE_HPP

#include "dl/dsl/core/builder.hpp"
#include "dl/dsl/core/check.hpp"
#include "dl/dsl/core/layer.hpp"
#include "dl/dsl/core/tensor.hpp"
#include "dl/dsl/layers/constant.hpp"

#include <type_traits>

namespace dl::dsl {

/// A broadcasting binary op; Kind gives its name, its dl op and whether it
/// needs floats.
template <class Kind>
struct binary_t {
  template <class A, class B>
  constexpr auto operator()(const A &a, const B &b) const {
    using sa = typename A::shape;
    using sb = typename B::shape;
    constexpr bool element_types_match =
        std::is_same_v<typename A::dtype, typename B::dtype>;
    DL_DSL_CHECK(element_types_match, "{}: element types {} and {} differ",
                 Kind::name, typename A::dtype{}, typename B::dtype{});
    constexpr bool element_type_ok = !Kind::float_only || A::dtype::is_float;
    DL_DSL_CHECK(element_type_ok, "{}: element type {} is not a float type",
                 Kind::name, typename A::dtype{});
    constexpr bool shapes_broadcast =
        rules::broadcastable(sa::dims(), sb::dims());
    DL_DSL_CHECK(shapes_broadcast, "{}: shapes {} and {} do not broadcast",
                 Kind::name, sa{}, sb{});
    return make_tensor<typename A::dtype, shape_from<broadcast_rule<sa, sb>>>(
        *this, a, b);
  }

  value emit(function_builder &b, const tensor_type &result, const value &x,
             const value &y) const {
    return b.op(Kind::mnemonic, {x, y}, "", result);
  }
};

/// An elementwise unary op.
template <class Kind>
struct unary_t {
  template <class X>
  constexpr auto operator()(const X &x) const {
    constexpr bool element_type_ok = !Kind::float_only || X::dtype::is_float;
    DL_DSL_CHECK(element_type_ok, "{}: element type {} is not a float type",
                 Kind::name, typename X::dtype{});
    return make_tensor<typename X::dtype, typename X::shape>(*this, x);
  }

  value emit(function_builder &b, const tensor_type &, const value &x) const {
    return b.same_type_op(Kind::mnemonic, x);
  }
};

DL_DSL_OP_KIND(add_kind, "add", "dl.add", false)
DL_DSL_OP_KIND(sub_kind, "sub", "dl.sub", false)
DL_DSL_OP_KIND(mul_kind, "mul", "dl.mul", false)
DL_DSL_OP_KIND(div_kind, "div", "dl.div", false)
DL_DSL_OP_KIND(maximum_kind, "maximum", "dl.max", false)
DL_DSL_OP_KIND(minimum_kind, "minimum", "dl.min", false)
DL_DSL_OP_KIND(pow_kind, "pow", "dl.pow", true)
DL_DSL_OP_KIND(neg_kind, "neg", "dl.neg", false)
DL_DSL_OP_KIND(abs_kind, "abs", "dl.abs", false)
DL_DSL_OP_KIND(exp_kind, "exp", "dl.exp", true)
DL_DSL_OP_KIND(log_kind, "log", "dl.log", true)
DL_DSL_OP_KIND(sqrt_kind, "sqrt", "dl.sqrt", true)
DL_DSL_OP_KIND(rsqrt_kind, "rsqrt", "dl.rsqrt", true)

namespace detail {

/// A tensor as it is; a number as a scalar constant of element type DType.
template <class DType, class T>
constexpr auto as_tensor(const T &x) {
  if constexpr (is_tensor_v<T>) {
    return x;
  } else {
    static_assert(std::is_arithmetic_v<T>,
                  "elementwise: an operand is neither a tensor nor a number");
    static_assert(DType::is_float || std::is_integral_v<T>,
                  "elementwise: a floating-point number next to an integer "
                  "tensor");
    return constant<>(x, DType{});
  }
}

template <class A, class B>
using operand_dtype = typename std::conditional_t<is_tensor_v<A>, A, B>::dtype;

template <class A, class B>
inline constexpr bool tensor_operands_v =
    (is_tensor_v<A> && (is_tensor_v<B> || std::is_arithmetic_v<B>)) ||
    (std::is_arithmetic_v<A> && is_tensor_v<B>);

} // namespace detail

#define DL_DSL_BINARY_FUNCTION(FUNCTION, KIND)                                 \
  template <class A, class B,                                                  \
            std::enable_if_t<detail::tensor_operands_v<A, B>, int> = 0>        \
  constexpr auto FUNCTION(const A &a, const B &b) {                            \
    using dtype = detail::operand_dtype<A, B>;                                 \
    return binary_t<KIND>{}(detail::as_tensor<dtype>(a),                       \
                            detail::as_tensor<dtype>(b));                      \
  }
/// a + b, a - b, a * b, a / b (integer division rounds toward zero).
DL_DSL_BINARY_FUNCTION(operator+, add_kind)
DL_DSL_BINARY_FUNCTION(operator-, sub_kind)
DL_DSL_BINARY_FUNCTION(operator*, mul_kind)
DL_DSL_BINARY_FUNCTION(operator/, div_kind)
/// The larger and the smaller of a and b; a to the power b (floats).
DL_DSL_BINARY_FUNCTION(maximum, maximum_kind)
DL_DSL_BINARY_FUNCTION(minimum, minimum_kind)
DL_DSL_BINARY_FUNCTION(pow, pow_kind)
#undef DL_DSL_BINARY_FUNCTION

#define DL_DSL_UNARY_FUNCTION(FUNCTION, KIND)                                  \
  template <class X, std::enable_if_t<is_tensor_v<X>, int> = 0>                \
  constexpr auto FUNCTION(const X &x) {                                        \
    return unary_t<KIND>{}(x);                                                 \
  }
/// -x, |x|, e^x, ln x, sqrt(x), 1/sqrt(x).
DL_DSL_UNARY_FUNCTION(operator-, neg_kind)
DL_DSL_UNARY_FUNCTION(abs, abs_kind)
DL_DSL_UNARY_FUNCTION(exp, exp_kind)
DL_DSL_UNARY_FUNCTION(log, log_kind)
DL_DSL_UNARY_FUNCTION(sqrt, sqrt_kind)
DL_DSL_UNARY_FUNCTION(rsqrt, rsqrt_kind)
#undef DL_DSL_UNARY_FUNCTION

} // namespace dl::dsl

#endif // DL_DSL_LAYERS_ELEMENTWISE_HPP
