// RUN: dl-opt %s --split-input-file --dl-autodiff=seed=1 --canonicalize --cse | FileCheck %s
// The gradient IR of each rule after canonicalize and cse, exactly: what a
// rule builds for the cotangent seed.<result> of a non-scalar result.
// CHECK-LABEL: func.func @sum_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<2x3x4xf32> {dl.param = "x"}, %[[ARG1:.+]]: tensor<3xf32> {dl.input = "seed.y"}) -> (tensor<3xf32> {dl.output = "y"}, tensor<2x3x4xf32> {dl.output = "grad.x"})
// CHECK-NEXT: %[[V0:.+]] = dl.sum %[[ARG0]] axes = [0, 2] : (tensor<2x3x4xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[V1:.+]] = dl.reshape %[[ARG1]] : (tensor<3xf32>) -> tensor<1x3x1xf32>
// CHECK-NEXT: %[[V2:.+]] = dl.broadcast_to %[[V1]] : (tensor<1x3x1xf32>) -> tensor<2x3x4xf32>
// CHECK-NEXT: return %[[V0]], %[[V2]] : tensor<3xf32>, tensor<2x3x4xf32>
// CHECK-NEXT: }
// sum: the cotangent reshaped to keep the reduced axes, then broadcast.
func.func @sum(%x: tensor<2x3x4xf32> {dl.param = "x"}) -> (tensor<3xf32> {dl.output = "y"}) {
  %0 = dl.sum %x axes = [0, 2] : (tensor<2x3x4xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// CHECK-LABEL: func.func @mean_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<2x5xf32> {dl.param = "x"}, %[[ARG1:.+]]: tensor<2xf32> {dl.input = "seed.y"}) -> (tensor<2xf32> {dl.output = "y"}, tensor<2x5xf32> {dl.output = "grad.x"})
// CHECK-NEXT: %[[V0:.+]] = dl.constant dense<5.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V1:.+]] = dl.mean %[[ARG0]] axes = [1] : (tensor<2x5xf32>) -> tensor<2xf32>
// CHECK-NEXT: %[[V2:.+]] = dl.div %[[ARG1]], %[[V0]] : (tensor<2xf32>, tensor<f32>) -> tensor<2xf32>
// CHECK-NEXT: %[[V3:.+]] = dl.reshape %[[V2]] : (tensor<2xf32>) -> tensor<2x1xf32>
// CHECK-NEXT: %[[V4:.+]] = dl.broadcast_to %[[V3]] : (tensor<2x1xf32>) -> tensor<2x5xf32>
// CHECK-NEXT: return %[[V1]], %[[V4]] : tensor<2xf32>, tensor<2x5xf32>
// CHECK-NEXT: }
// mean: the same, divided by the number of reduced elements.
func.func @mean(%x: tensor<2x5xf32> {dl.param = "x"}) -> (tensor<2xf32> {dl.output = "y"}) {
  %0 = dl.mean %x axes = [1] : (tensor<2x5xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// CHECK-LABEL: func.func @reduce_max_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<2x5xf32> {dl.param = "x"}, %[[ARG1:.+]]: tensor<2x1xf32> {dl.input = "seed.y"}) -> (tensor<2x1xf32> {dl.output = "y"}, tensor<2x5xf32> {dl.output = "grad.x"})
// CHECK-NEXT: %[[V0:.+]] = dl.constant dense<0.000000e+00> : tensor<2x5xf32>
// CHECK-NEXT: %[[V1:.+]] = dl.constant dense<0.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V2:.+]] = dl.constant dense<1.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V3:.+]] = dl.reduce_max %[[ARG0]] axes = [1] keep_dims : (tensor<2x5xf32>) -> tensor<2x1xf32>
// CHECK-NEXT: %[[V4:.+]] = dl.broadcast_to %[[V3]] : (tensor<2x1xf32>) -> tensor<2x5xf32>
// CHECK-NEXT: %[[V5:.+]] = dl.compare eq, %[[ARG0]], %[[V4]] : (tensor<2x5xf32>, tensor<2x5xf32>) -> tensor<2x5xi1>
// CHECK-NEXT: %[[V6:.+]] = dl.select %[[V5]], %[[V2]], %[[V1]] : (tensor<2x5xi1>, tensor<f32>, tensor<f32>) -> tensor<2x5xf32>
// CHECK-NEXT: %[[V7:.+]] = dl.sum %[[V6]] axes = [1] keep_dims : (tensor<2x5xf32>) -> tensor<2x1xf32>
// CHECK-NEXT: %[[V8:.+]] = dl.div %[[ARG1]], %[[V7]] : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
// CHECK-NEXT: %[[V9:.+]] = dl.broadcast_to %[[V8]] : (tensor<2x1xf32>) -> tensor<2x5xf32>
// CHECK-NEXT: %[[V10:.+]] = dl.select %[[V5]], %[[V9]], %[[V0]] : (tensor<2x5xi1>, tensor<2x5xf32>, tensor<2x5xf32>) -> tensor<2x5xf32>
// CHECK-NEXT: return %[[V3]], %[[V10]] : tensor<2x1xf32>, tensor<2x5xf32>
// CHECK-NEXT: }
// reduce_max: shared evenly among the elements equal to the maximum.
func.func @reduce_max(%x: tensor<2x5xf32> {dl.param = "x"}) -> (tensor<2x1xf32> {dl.output = "y"}) {
  %0 = dl.reduce_max %x axes = [1] keep_dims : (tensor<2x5xf32>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}
