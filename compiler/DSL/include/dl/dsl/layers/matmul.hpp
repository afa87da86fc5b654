//===- matmul.hpp - Matrix products -----------------------------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// matmul(a, b) multiplies the matrices in the last two dimensions: [..., M,
// K] times [..., K, N] gives [..., M, N]; leading (batch) dimensions
// broadcast, so a batch of activations times one weight matrix works.
//
//===----------------------------------------------------------------------===//

#ifndef DL_DSL_LAYERS_MATMUL_HPP
#define DL_DSL_LAYERS_MATMUL_HPP

#include "dl/dsl/core/builder.hpp"
#include "dl/dsl/core/check.hpp"
#include "dl/dsl/core/tensor.hpp"

#include <array>
#include <tuple>
#include <type_traits>

namespace dl::dsl {

struct matmul_t {
  template <class A, class B>
  constexpr auto operator()(const A &a, const B &b) const {
    static_assert(is_tensor_v<A> && is_tensor_v<B>,
                  "matmul: the operands are not tensors");
    using sa = typename A::shape;
    using sb = typename B::shape;
    constexpr auto da = sa::dims();
    constexpr auto db = sb::dims();
    constexpr bool ranked = sa::rank >= 2 && sb::rank >= 2;
    constexpr dim_t columns = ranked ? da[sa::rank - 1] : 0;
    constexpr dim_t rows = ranked ? db[sb::rank - 2] : 0;
    constexpr bool element_types_match =
        std::is_same_v<typename A::dtype, typename B::dtype>;
    DL_DSL_CHECK(element_types_match, "matmul: element types {} and {} differ",
                 typename A::dtype{}, typename B::dtype{});
    DL_DSL_CHECK(ranked, "matmul: operands {} and {} need rank 2 or more", sa{},
                 sb{});
    constexpr bool inner_dims_match = columns == rows;
    DL_DSL_CHECK(
        inner_dims_match,
        "matmul: lhs columns {} do not match rhs rows {} ({} times {})",
        columns, rows, sa{}, sb{});
    constexpr bool batches_broadcast = !ranked || batch_broadcastable(da, db);
    DL_DSL_CHECK(batches_broadcast,
                 "matmul: batch dimensions of {} and {} do not broadcast", sa{},
                 sb{});
    return make_tensor<typename A::dtype, shape_from<rule<sa, sb>>>(*this, a,
                                                                    b);
  }

  value emit(function_builder &b, const tensor_type &result, const value &x,
             const value &y) const {
    return b.op("dl.matmul", {x, y}, "", result);
  }

  template <std::size_t N, std::size_t M>
  static constexpr bool batch_broadcastable(const std::array<dim_t, N> &a,
                                            const std::array<dim_t, M> &b) {
    return rules::broadcastable(batch(a), batch(b));
  }

  /// The leading dimensions of a shape of rank 2 or more.
  template <std::size_t N>
  static constexpr auto batch(const std::array<dim_t, N> &d) {
    constexpr std::size_t R = N >= 2 ? N - 2 : 0;
    std::array<dim_t, R> out{};
    for (std::size_t i = 0; i < R; ++i)
      out[i] = d[i];
    return out;
  }

  /// broadcast(batch(a), batch(b)) ++ [M, N]
  template <class SA, class SB>
  struct rule {
    static constexpr auto value() {
      auto da = SA::dims();
      auto db = SB::dims();
      auto lead = rules::broadcast(batch(da), batch(db));
      std::array<dim_t, std::tuple_size_v<decltype(lead)> + 2> out{};
      for (std::size_t i = 0; i < lead.size(); ++i)
        out[i] = lead[i];
      out[lead.size()] = SA::rank >= 2 ? da[SA::rank - 2] : 1;
      out[lead.size() + 1] = SB::rank >= 1 ? db[SB::rank - 1] : 1;
      return out;
    }
  };
};

/// The matrix product of a and b.
inline constexpr matmul_t matmul{};

} // namespace dl::dsl

#endif // DL_DSL_LAYERS_MATMUL_HPP
