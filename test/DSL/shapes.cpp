// RUN: %dsl_cxx %s -o %t %dl_runtime_lib
// RUN: %t
// The shape rules of every layer, checked by the compiler: each
// static_assert below states an output shape. Graphs are constant
// expressions, so a model can be built and inspected at compile time.

#include "dl/dsl.hpp"

#include <type_traits>

using namespace dl::dsl;

constexpr auto images = input<8, 4, 6, 6>("images");
constexpr auto rows = input<8, 16>("rows");
constexpr auto row = input<16>("row");
constexpr auto column = input<8, 1>("column");
constexpr auto scalar = input<>("scalar");

// flatten keeps the first dimension and multiplies the others.
static_assert(shape_of(images | flatten) == shape_c<8, 144>);
static_assert(shape_of(row | flatten) == shape_c<16, 1>);

// reshape: the target includes the batch dimension; -1 is inferred.
static_assert(shape_of(images | reshape<8, -1>) == shape_c<8, 144>);
static_assert(shape_of(rows | reshape<-1, 4, 4>) == shape_c<8, 4, 4>);
static_assert(shape_of(scalar | reshape<1, 1>) == shape_c<1, 1>);

// dense acts on the last axis, for any rank of 2 or more.
static_assert(shape_of(rows | dense<3>) == shape_c<8, 3>);
static_assert(shape_of(images | dense<5>) == shape_c<8, 4, 6, 5>);
static_assert(shape_of(rows | dense<3>.input_dim<16>()) == shape_c<8, 3>);

// Activations and softmax keep the shape; softmax takes an axis.
static_assert(shape_of(rows | relu | sigmoid | dl::dsl::tanh) ==
              shape_c<8, 16>);
static_assert(shape_of(images | softmax(axis<1>)) == shape_c<8, 4, 6, 6>);
static_assert(
    std::is_same_v<decltype(softmax(axis<-2>)), softmax_t<false, -2>>);
static_assert(shape_of(log_softmax(rows)) == shape_c<8, 16>);

// Broadcasting, numpy style, with tensors and numbers.
static_assert(shape_of(rows + row) == shape_c<8, 16>);
static_assert(shape_of(column *row) == shape_c<8, 16>);
static_assert(shape_of(scalar - rows) == shape_c<8, 16>);
static_assert(shape_of(2.0f / rows) == shape_c<8, 16>);
static_assert(shape_of(maximum(images, column | reshape<8, 1, 1, 1>)) ==
              shape_c<8, 4, 6, 6>);

// matmul contracts the last two dimensions and broadcasts the batch.
constexpr auto a = input<2, 1, 3, 4>("a");
constexpr auto b = input<5, 4, 7>("b");
static_assert(shape_of(matmul(a, b)) == shape_c<2, 5, 3, 7>);
static_assert(shape_of(matmul(rows, param<16, 2>("w"))) == shape_c<8, 2>);

// Reductions: all axes, chosen axes (negative from the end), keep_dims.
static_assert(shape_of(sum(images)) == shape_c<>);
static_assert(shape_of(sum(images, axes<1, -1>)) == shape_c<8, 6>);
static_assert(shape_of(images | mean(axes<0>, keep_dims)) ==
              shape_c<1, 4, 6, 6>);
static_assert(shape_of(reduce_max(rows, axes<1>, keep_dims)) == shape_c<8, 1>);

// Element types travel with the tensors.
constexpr auto labels = input<8>("labels", i64);
static_assert(dtype_of(labels * 2 + 1) == i64);
static_assert(dtype_of(sum(labels)) == i64);
static_assert(dtype_of(param<3>("p", zeros, f64)) == f64);
static_assert(dtype_of(rows) != f64);

// sequential() composes layers into one; applying it equals the pipe.
constexpr auto classifier =
    sequential(flatten, dense<32>(relu), dense<10>(softmax));
static_assert(std::is_same_v<decltype(images | classifier),
                             decltype(images | flatten | dense<32>(relu) |
                                      dense<10>(softmax))>);

// A whole model is a constant expression.
constexpr auto net = model("net", output("probs", images | classifier));
static_assert(net.name == "net");
static_assert(shape_of(net.outputs[boost::hana::size_c<0>].tensor) ==
              shape_c<8, 10>);

int main() { return 0; }
