// RUN: %dsl_cxx %s -o %t %dl_runtime_lib
// RUN: %t | FileCheck %s
// RUN: %t | dl-opt --verify-roundtrip | FileCheck %s --check-prefix=ROUNDTRIP
// The sequential style: one expression from the input to the probabilities,
// shapes checked at compile time, emitted as a model-convention function.

#include "dl/dsl.hpp"

#include <type_traits>

using namespace dl::dsl;

constexpr auto images = input<32, 28, 28>("x");
constexpr auto probs =
    images | flatten | dense<128>(relu) | dense<10> | softmax;
const auto mlp = model("mlp", output("probs", probs));

static_assert(std::is_same_v<decltype(probs)::shape, shape<32, 10>>);
static_assert(std::is_same_v<decltype(probs)::dtype, f32_t>);
// The graph is a type: the last layer and its operand are visible.
static_assert(std::is_same_v<decltype(probs)::op_type, softmax_t<false>>);

DL_DSL_MAIN(mlp)

// CHECK: func.func @mlp(%arg0: tensor<32x28x28xf32> {dl.input = "x"},
// CHECK-NEXT: %arg1: tensor<784x128xf32> {dl.param = "dense0.kernel"},
// CHECK-NEXT: %arg2: tensor<128xf32> {dl.param = "dense0.bias"},
// CHECK-NEXT: %arg3: tensor<128x10xf32> {dl.param = "dense1.kernel"},
// CHECK-NEXT: %arg4: tensor<10xf32> {dl.param = "dense1.bias"})
// CHECK-NEXT: -> (tensor<32x10xf32> {dl.output = "probs"}) {
// CHECK-NEXT: %0 = dl.reshape %arg0 : (tensor<32x28x28xf32>) -> tensor<32x784xf32>
// CHECK-NEXT: %1 = dl.matmul %0, %arg1 : (tensor<32x784xf32>, tensor<784x128xf32>) -> tensor<32x128xf32>
// CHECK-NEXT: %2 = dl.add %1, %arg2 : (tensor<32x128xf32>, tensor<128xf32>) -> tensor<32x128xf32>
// CHECK-NEXT: %3 = dl.relu %2 : tensor<32x128xf32>
// CHECK-NEXT: %4 = dl.matmul %3, %arg3 : (tensor<32x128xf32>, tensor<128x10xf32>) -> tensor<32x10xf32>
// CHECK-NEXT: %5 = dl.add %4, %arg4 : (tensor<32x10xf32>, tensor<10xf32>) -> tensor<32x10xf32>
// CHECK-NEXT: %6 = dl.softmax %5 axis = 1 : tensor<32x10xf32>
// CHECK-NEXT: return %6 : tensor<32x10xf32>
// CHECK-NEXT: }

// dl-opt verifies the model convention and the shapes of every op.
// ROUNDTRIP-LABEL: func.func @mlp
// ROUNDTRIP-SAME: {dl.input = "x"}
// ROUNDTRIP: dl.softmax %{{.*}} axis = 1 : tensor<32x10xf32>
