// RUN: %dsl_cxx %s -o %t %dl_runtime_lib
// RUN: %t | FileCheck %s
// RUN: %t | dl-opt --verify-roundtrip > /dev/null
// The functional style: named inputs and parameters combined with operators
// and functions. A subexpression used twice is emitted once, numbers become
// scalar constants written as exact bit patterns, and a second model in the
// same module has its own arguments.

#include "dl/dsl.hpp"

#include <type_traits>

using namespace dl::dsl;

constexpr auto x = input<4, 2>("x");
constexpr auto w = param<2, 3>("layer.w", he_normal);
constexpr auto b = param<3>("layer.b", zeros);
constexpr auto h = relu(matmul(x, w) + b);
static_assert(std::is_same_v<decltype(h)::shape, shape<4, 3>>);

// Broadcasting [4, 3] with [4, 1] and with scalars.
constexpr auto centred = h - mean(h, axes<1>, keep_dims) * 0.5f + 1.0f;
static_assert(std::is_same_v<decltype(centred)::shape, shape<4, 3>>);
constexpr auto y = exp(-abs(centred)) / sqrt(maximum(h, 1e-3f));
const auto net =
    model("net", output("y", y), output("hidden", h), output("total", sum(h)),
          output("column_max", reduce_max(y, axes<0>)));

// Integers and f64 work where dl allows them.
constexpr auto ids = input<8>("ids", i64);
constexpr auto d = input<2, 2>("d", f64);
const auto misc = model(
    "misc", output("ids", ids * 3 - 1), output("d", pow(d, 2.0) | sigmoid),
    output("t", rsqrt(log(d)) | reshape<4> | dl::dsl::tanh));

DL_DSL_MAIN(net, misc)

// CHECK-LABEL: func.func @net(%arg0: tensor<4x2xf32> {dl.input = "x"},
// CHECK-NEXT: %arg1: tensor<2x3xf32> {dl.param = "layer.w"},
// CHECK-NEXT: %arg2: tensor<3xf32> {dl.param = "layer.b"})
// CHECK-NEXT: -> (tensor<4x3xf32> {dl.output = "y"}, tensor<4x3xf32> {dl.output = "hidden"}, tensor<f32> {dl.output = "total"}, tensor<3xf32> {dl.output = "column_max"}) {
// CHECK-NEXT: %[[MM:.+]] = dl.matmul %arg0, %arg1 : (tensor<4x2xf32>, tensor<2x3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[ADD:.+]] = dl.add %[[MM]], %arg2
// CHECK-NEXT: %[[H:.+]] = dl.relu %[[ADD]] : tensor<4x3xf32>
// CHECK-NEXT: %[[MEAN:.+]] = dl.mean %[[H]] axes = [1] keep_dims : (tensor<4x3xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[HALF:.+]] = dl.constant dense<0x3F000000> : tensor<f32>
// CHECK-NEXT: dl.mul %[[MEAN]], %[[HALF]] : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
// CHECK-NEXT: dl.sub %[[H]], %{{.+}} : (tensor<4x3xf32>, tensor<4x1xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[ONE:.+]] = dl.constant dense<0x3F800000> : tensor<f32>
// CHECK-NEXT: dl.add %{{.+}}, %[[ONE]]
// CHECK-NEXT: dl.abs
// CHECK-NEXT: dl.neg
// CHECK-NEXT: dl.exp
// CHECK-NEXT: dl.constant dense<0x3A83126F> : tensor<f32>
// CHECK-NEXT: dl.max %[[H]], %{{.+}} : (tensor<4x3xf32>, tensor<f32>) -> tensor<4x3xf32>
// CHECK-NEXT: dl.sqrt
// CHECK-NEXT: %[[Y:.+]] = dl.div
// The hidden layer is not emitted again for the second output.
// CHECK-NEXT: %[[TOTAL:.+]] = dl.sum %[[H]] axes = [0, 1] : (tensor<4x3xf32>) -> tensor<f32>
// CHECK-NEXT: %[[MAX:.+]] = dl.reduce_max %[[Y]] axes = [0] : (tensor<4x3xf32>) -> tensor<3xf32>
// CHECK-NEXT: return %[[Y]], %[[H]], %[[TOTAL]], %[[MAX]] : tensor<4x3xf32>, tensor<4x3xf32>, tensor<f32>, tensor<3xf32>

// CHECK-LABEL: func.func @misc(%arg0: tensor<8xi64> {dl.input = "ids"},
// CHECK-NEXT: %arg1: tensor<2x2xf64> {dl.input = "d"})
// CHECK: dl.constant dense<3> : tensor<i64>
// CHECK: dl.constant dense<1> : tensor<i64>
// CHECK: dl.constant dense<0x4000000000000000> : tensor<f64>
// CHECK: dl.pow %arg1, %{{.+}} : (tensor<2x2xf64>, tensor<f64>) -> tensor<2x2xf64>
// CHECK: dl.sigmoid
// CHECK: dl.log
// CHECK: dl.rsqrt
// CHECK: dl.reshape %{{.+}} : (tensor<2x2xf64>) -> tensor<4xf64>
// CHECK: dl.tanh %{{.+}} : tensor<4xf64>
