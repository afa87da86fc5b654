// RUN: dl-opt %s --split-input-file --dl-autodiff --canonicalize --cse | FileCheck %s
// Differentiating a scalar loss seeds it with 1, which canonicalization
// folds away: no multiplication by one is left, relu's derivative is a
// compare and a select, and transposes become matmul flags.
// CHECK-LABEL: func.func @relu_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<4xf32> {dl.param = "x"}) -> (tensor<f32> {dl.output = "l"}, tensor<4xf32> {dl.output = "grad.x"})
// CHECK-NEXT: %[[V0:.+]] = dl.constant dense<1.000000e+00> : tensor<4xf32>
// CHECK-NEXT: %[[V1:.+]] = dl.constant dense<0.000000e+00> : tensor<4xf32>
// CHECK-NEXT: %[[V2:.+]] = dl.constant dense<0.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V3:.+]] = dl.relu %[[ARG0]] : tensor<4xf32>
// CHECK-NEXT: %[[V4:.+]] = dl.sum %[[V3]] axes = [0] : (tensor<4xf32>) -> tensor<f32>
// CHECK-NEXT: %[[V5:.+]] = dl.compare gt, %[[ARG0]], %[[V2]] : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
// CHECK-NEXT: %[[V6:.+]] = dl.select %[[V5]], %[[V0]], %[[V1]] : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: return %[[V4]], %[[V6]] : tensor<f32>, tensor<4xf32>
// CHECK-NEXT: }
// relu's derivative is a compare and a select; with the scalar loss's seed
// of 1, no multiplication by one is left.
func.func @relu(%x: tensor<4xf32> {dl.param = "x"}) -> (tensor<f32> {dl.output = "l"}) {
  %0 = dl.relu %x : tensor<4xf32>
  %1 = dl.sum %0 axes = [0] : (tensor<4xf32>) -> tensor<f32>
  return %1 : tensor<f32>
}

// -----

// CHECK-LABEL: func.func @exp_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<4xf32> {dl.param = "x"}, %[[ARG1:.+]]: tensor<4xf32> {dl.input = "g"}) -> (tensor<f32> {dl.output = "l"}, tensor<4xf32> {dl.output = "grad.x"})
// CHECK-NEXT: %[[V0:.+]] = dl.exp %[[ARG0]] : tensor<4xf32>
// CHECK-NEXT: %[[V1:.+]] = dl.mul %[[V0]], %[[ARG1]] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: %[[V2:.+]] = dl.sum %[[V1]] axes = [0] : (tensor<4xf32>) -> tensor<f32>
// CHECK-NEXT: return %[[V2]], %[[V1]] : tensor<f32>, tensor<4xf32>
// CHECK-NEXT: }
// exp reuses its result: the cotangent is the forward product itself.
func.func @exp(%x: tensor<4xf32> {dl.param = "x"}, %g: tensor<4xf32> {dl.input = "g"})
    -> (tensor<f32> {dl.output = "l"}) {
  %0 = dl.exp %x : tensor<4xf32>
  %m = dl.mul %0, %g : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %1 = dl.sum %m axes = [0] : (tensor<4xf32>) -> tensor<f32>
  return %1 : tensor<f32>
}

// -----

// CHECK-LABEL: func.func @transposed_weight_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<4x3xf32> {dl.input = "x"}, %[[ARG1:.+]]: tensor<2x3xf32> {dl.param = "w"}) -> (tensor<f32> {dl.output = "l"}, tensor<2x3xf32> {dl.output = "grad.w"})
// CHECK-NEXT: %[[V0:.+]] = dl.constant dense<1.000000e+00> : tensor<4x2xf32>
// CHECK-NEXT: %[[V1:.+]] = dl.matmul %[[ARG0]], %[[ARG1]] transpose_rhs : (tensor<4x3xf32>, tensor<2x3xf32>) -> tensor<4x2xf32>
// CHECK-NEXT: %[[V2:.+]] = dl.sum %[[V1]] axes = [0, 1] : (tensor<4x2xf32>) -> tensor<f32>
// CHECK-NEXT: %[[V3:.+]] = dl.matmul %[[V0]], %[[ARG0]] transpose_lhs : (tensor<4x2xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: return %[[V2]], %[[V3]] : tensor<f32>, tensor<2x3xf32>
// CHECK-NEXT: }
// A transpose in the forward function folds into flags, and so does the one
// its gradient would need.
func.func @transposed_weight(%x: tensor<4x3xf32> {dl.input = "x"}, %w: tensor<2x3xf32> {dl.param = "w"})
    -> (tensor<f32> {dl.output = "l"}) {
  %wt = dl.transpose %w permutation = [1, 0] : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %0 = dl.matmul %x, %wt : (tensor<4x3xf32>, tensor<3x2xf32>) -> tensor<4x2xf32>
  %1 = dl.sum %0 axes = [0, 1] : (tensor<4x2xf32>) -> tensor<f32>
  return %1 : tensor<f32>
}
