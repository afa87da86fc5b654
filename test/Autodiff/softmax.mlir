// RUN: dl-opt %s --split-input-file --dl-autodiff=seed=1 --canonicalize --cse | FileCheck %s
// The gradient IR of each rule after canonicalize and cse, exactly: what a
// rule builds for the cotangent seed.<result> of a non-scalar result.
// CHECK-LABEL: func.func @softmax_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<2x5xf32> {dl.param = "x"}, %[[ARG1:.+]]: tensor<2x5xf32> {dl.input = "seed.y"}) -> (tensor<2x5xf32> {dl.output = "y"}, tensor<2x5xf32> {dl.output = "grad.x"})
// CHECK-NEXT: %[[V0:.+]] = dl.softmax %[[ARG0]] axis = 1 : tensor<2x5xf32>
// CHECK-NEXT: %[[V1:.+]] = dl.mul %[[ARG1]], %[[V0]] : (tensor<2x5xf32>, tensor<2x5xf32>) -> tensor<2x5xf32>
// CHECK-NEXT: %[[V2:.+]] = dl.sum %[[V1]] axes = [1] keep_dims : (tensor<2x5xf32>) -> tensor<2x1xf32>
// CHECK-NEXT: %[[V3:.+]] = dl.sub %[[ARG1]], %[[V2]] : (tensor<2x5xf32>, tensor<2x1xf32>) -> tensor<2x5xf32>
// CHECK-NEXT: %[[V4:.+]] = dl.mul %[[V0]], %[[V3]] : (tensor<2x5xf32>, tensor<2x5xf32>) -> tensor<2x5xf32>
// CHECK-NEXT: return %[[V0]], %[[V4]] : tensor<2x5xf32>, tensor<2x5xf32>
// CHECK-NEXT: }
// softmax: y * (g - sum(g * y)) along the axis, from the result.
func.func @softmax(%x: tensor<2x5xf32> {dl.param = "x"}) -> (tensor<2x5xf32> {dl.output = "y"}) {
  %0 = dl.softmax %x axis = 1 : tensor<2x5xf32>
  return %0 : tensor<2x5xf32>
}

// -----

// CHECK-LABEL: func.func @log_softmax_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<2x5xf32> {dl.param = "x"}, %[[ARG1:.+]]: tensor<2x5xf32> {dl.input = "seed.y"}) -> (tensor<2x5xf32> {dl.output = "y"}, tensor<2x5xf32> {dl.output = "grad.x"})
// CHECK-NEXT: %[[V0:.+]] = dl.log_softmax %[[ARG0]] axis = 0 : tensor<2x5xf32>
// CHECK-NEXT: %[[V1:.+]] = dl.exp %[[V0]] : tensor<2x5xf32>
// CHECK-NEXT: %[[V2:.+]] = dl.sum %[[ARG1]] axes = [0] keep_dims : (tensor<2x5xf32>) -> tensor<1x5xf32>
// CHECK-NEXT: %[[V3:.+]] = dl.mul %[[V1]], %[[V2]] : (tensor<2x5xf32>, tensor<1x5xf32>) -> tensor<2x5xf32>
// CHECK-NEXT: %[[V4:.+]] = dl.sub %[[ARG1]], %[[V3]] : (tensor<2x5xf32>, tensor<2x5xf32>) -> tensor<2x5xf32>
// CHECK-NEXT: return %[[V0]], %[[V4]] : tensor<2x5xf32>, tensor<2x5xf32>
// CHECK-NEXT: }
// log_softmax: g - exp(y) * sum(g) along the axis.
func.func @log_softmax(%x: tensor<2x5xf32> {dl.param = "x"}) -> (tensor<2x5xf32> {dl.output = "y"}) {
  %0 = dl.log_softmax %x axis = 0 : tensor<2x5xf32>
  return %0 : tensor<2x5xf32>
}
