// RUN: dl-opt %s --split-input-file --dl-autodiff=seed=1 --canonicalize --cse | FileCheck %s
// The gradient IR of each rule after canonicalize and cse, exactly: what a
// rule builds for the cotangent seed.<result> of a non-scalar result.
// CHECK-LABEL: func.func @matmul_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<4x3xf32> {dl.param = "x"}, %[[ARG1:.+]]: tensor<3x2xf32> {dl.param = "w"}, %[[ARG2:.+]]: tensor<4x2xf32> {dl.input = "seed.y"}) -> (tensor<4x2xf32> {dl.output = "y"}, tensor<4x3xf32> {dl.output = "grad.x"}, tensor<3x2xf32> {dl.output = "grad.w"})
// CHECK-NEXT: %[[V0:.+]] = dl.matmul %[[ARG0]], %[[ARG1]] : (tensor<4x3xf32>, tensor<3x2xf32>) -> tensor<4x2xf32>
// CHECK-NEXT: %[[V1:.+]] = dl.matmul %[[ARG2]], %[[ARG1]] transpose_rhs : (tensor<4x2xf32>, tensor<3x2xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[V2:.+]] = dl.matmul %[[ARG0]], %[[ARG2]] transpose_lhs : (tensor<4x3xf32>, tensor<4x2xf32>) -> tensor<3x2xf32>
// CHECK-NEXT: return %[[V0]], %[[V1]], %[[V2]] : tensor<4x2xf32>, tensor<4x3xf32>, tensor<3x2xf32>
// CHECK-NEXT: }
// dX = g W^T and dW = X^T g, with the transposes as flags.
func.func @matmul(%x: tensor<4x3xf32> {dl.param = "x"}, %w: tensor<3x2xf32> {dl.param = "w"})
    -> (tensor<4x2xf32> {dl.output = "y"}) {
  %0 = dl.matmul %x, %w : (tensor<4x3xf32>, tensor<3x2xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// -----

// CHECK-LABEL: func.func @matmul_flags_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<3x4xf32> {dl.param = "x"}, %[[ARG1:.+]]: tensor<2x3xf32> {dl.param = "w"}, %[[ARG2:.+]]: tensor<4x2xf32> {dl.input = "seed.y"}) -> (tensor<4x2xf32> {dl.output = "y"}, tensor<3x4xf32> {dl.output = "grad.x"}, tensor<2x3xf32> {dl.output = "grad.w"})
// CHECK-NEXT: %[[V0:.+]] = dl.matmul %[[ARG0]], %[[ARG1]] transpose_lhs transpose_rhs : (tensor<3x4xf32>, tensor<2x3xf32>) -> tensor<4x2xf32>
// CHECK-NEXT: %[[V1:.+]] = dl.matmul %[[ARG1]], %[[ARG2]] transpose_lhs transpose_rhs : (tensor<2x3xf32>, tensor<4x2xf32>) -> tensor<3x4xf32>
// CHECK-NEXT: %[[V2:.+]] = dl.matmul %[[ARG2]], %[[ARG0]] transpose_lhs transpose_rhs : (tensor<4x2xf32>, tensor<3x4xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: return %[[V0]], %[[V1]], %[[V2]] : tensor<4x2xf32>, tensor<3x4xf32>, tensor<2x3xf32>
// CHECK-NEXT: }
// Transposed operands: their cotangents are matmuls with flags, never a
// dl.transpose.
func.func @matmul_flags(%x: tensor<3x4xf32> {dl.param = "x"}, %w: tensor<2x3xf32> {dl.param = "w"})
    -> (tensor<4x2xf32> {dl.output = "y"}) {
  %0 = dl.matmul %x, %w transpose_lhs transpose_rhs : (tensor<3x4xf32>, tensor<2x3xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// -----

// CHECK-LABEL: func.func @batched_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<5x4x3xf32> {dl.input = "x"}, %[[ARG1:.+]]: tensor<3x2xf32> {dl.param = "w"}, %[[ARG2:.+]]: tensor<5x4x2xf32> {dl.input = "seed.y"}) -> (tensor<5x4x2xf32> {dl.output = "y"}, tensor<3x2xf32> {dl.output = "grad.w"})
// CHECK-NEXT: %[[V0:.+]] = dl.matmul %[[ARG0]], %[[ARG1]] : (tensor<5x4x3xf32>, tensor<3x2xf32>) -> tensor<5x4x2xf32>
// CHECK-NEXT: %[[V1:.+]] = dl.matmul %[[ARG0]], %[[ARG2]] transpose_lhs : (tensor<5x4x3xf32>, tensor<5x4x2xf32>) -> tensor<5x3x2xf32>
// CHECK-NEXT: %[[V2:.+]] = dl.sum %[[V1]] axes = [0] : (tensor<5x3x2xf32>) -> tensor<3x2xf32>
// CHECK-NEXT: return %[[V0]], %[[V2]] : tensor<5x4x2xf32>, tensor<3x2xf32>
// CHECK-NEXT: }
// A weight shared by every batch element gets the sum over the batch.
func.func @batched(%x: tensor<5x4x3xf32> {dl.input = "x"}, %w: tensor<3x2xf32> {dl.param = "w"})
    -> (tensor<5x4x2xf32> {dl.output = "y"}) {
  %0 = dl.matmul %x, %w : (tensor<5x4x3xf32>, tensor<3x2xf32>) -> tensor<5x4x2xf32>
  return %0 : tensor<5x4x2xf32>
}
