// RUN: dl-opt %s --split-input-file --dl-autodiff=seed=1 --canonicalize --cse | FileCheck %s
// The gradient IR of each rule after canonicalize and cse, exactly: what a
// rule builds for the cotangent seed.<result> of a non-scalar result.
// CHECK-LABEL: func.func @transpose_reshape_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<2x3x4xf32> {dl.param = "x"}, %[[ARG1:.+]]: tensor<4x6xf32> {dl.input = "seed.y"}) -> (tensor<4x6xf32> {dl.output = "y"}, tensor<2x3x4xf32> {dl.output = "grad.x"})
// CHECK-NEXT: %[[V0:.+]] = dl.transpose %[[ARG0]] permutation = [2, 0, 1] : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
// CHECK-NEXT: %[[V1:.+]] = dl.reshape %[[V0]] : (tensor<4x2x3xf32>) -> tensor<4x6xf32>
// CHECK-NEXT: %[[V2:.+]] = dl.reshape %[[ARG1]] : (tensor<4x6xf32>) -> tensor<4x2x3xf32>
// CHECK-NEXT: %[[V3:.+]] = dl.transpose %[[V2]] permutation = [1, 2, 0] : (tensor<4x2x3xf32>) -> tensor<2x3x4xf32>
// CHECK-NEXT: return %[[V1]], %[[V3]] : tensor<4x6xf32>, tensor<2x3x4xf32>
// CHECK-NEXT: }
// transpose takes the inverse permutation, reshape the operand's shape.
func.func @transpose_reshape(%x: tensor<2x3x4xf32> {dl.param = "x"}) -> (tensor<4x6xf32> {dl.output = "y"}) {
  %0 = dl.transpose %x permutation = [2, 0, 1] : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
  %1 = dl.reshape %0 : (tensor<4x2x3xf32>) -> tensor<4x6xf32>
  return %1 : tensor<4x6xf32>
}

// -----

// CHECK-LABEL: func.func @broadcast_to_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<3x1xf32> {dl.param = "x"}, %[[ARG1:.+]]: tensor<2x3x4xf32> {dl.input = "seed.y"}) -> (tensor<2x3x4xf32> {dl.output = "y"}, tensor<3x1xf32> {dl.output = "grad.x"})
// CHECK-NEXT: %[[V0:.+]] = dl.broadcast_to %[[ARG0]] : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
// CHECK-NEXT: %[[V1:.+]] = dl.sum %[[ARG1]] axes = [0] : (tensor<2x3x4xf32>) -> tensor<3x4xf32>
// CHECK-NEXT: %[[V2:.+]] = dl.sum %[[V1]] axes = [1] keep_dims : (tensor<3x4xf32>) -> tensor<3x1xf32>
// CHECK-NEXT: return %[[V0]], %[[V2]] : tensor<2x3x4xf32>, tensor<3x1xf32>
// CHECK-NEXT: }
// broadcast_to sums the cotangent back.
func.func @broadcast_to(%x: tensor<3x1xf32> {dl.param = "x"}) -> (tensor<2x3x4xf32> {dl.output = "y"}) {
  %0 = dl.broadcast_to %x : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// CHECK-LABEL: func.func @cast_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<3xf32> {dl.param = "x"}, %[[ARG1:.+]]: tensor<3xf64> {dl.input = "seed.y"}) -> (tensor<3xf64> {dl.output = "y"}, tensor<3xf32> {dl.output = "grad.x"})
// CHECK-NEXT: %[[V0:.+]] = dl.cast %[[ARG0]] : tensor<3xf32> to tensor<3xf64>
// CHECK-NEXT: %[[V1:.+]] = dl.cast %[[ARG1]] : tensor<3xf64> to tensor<3xf32>
// CHECK-NEXT: return %[[V0]], %[[V1]] : tensor<3xf64>, tensor<3xf32>
// CHECK-NEXT: }
// cast converts the cotangent back to the operand's type.
func.func @cast(%x: tensor<3xf32> {dl.param = "x"}) -> (tensor<3xf64> {dl.output = "y"}) {
  %0 = dl.cast %x : tensor<3xf32> to tensor<3xf64>
  return %0 : tensor<3xf64>
}

// -----

// CHECK-LABEL: func.func @select_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<3xf32> {dl.param = "a"}, %[[ARG1:.+]]: tensor<3xf32> {dl.param = "b"}, %[[ARG2:.+]]: tensor<3xf32> {dl.input = "seed.y"}) -> (tensor<3xf32> {dl.output = "y"}, tensor<3xf32> {dl.output = "grad.a"}, tensor<3xf32> {dl.output = "grad.b"})
// CHECK-NEXT: %[[V0:.+]] = dl.constant dense<0.000000e+00> : tensor<3xf32>
// CHECK-NEXT: %[[V1:.+]] = dl.compare lt, %[[ARG0]], %[[ARG1]] : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xi1>
// CHECK-NEXT: %[[V2:.+]] = dl.select %[[V1]], %[[ARG0]], %[[ARG1]] : (tensor<3xi1>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[V3:.+]] = dl.select %[[V1]], %[[ARG2]], %[[V0]] : (tensor<3xi1>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[V4:.+]] = dl.select %[[V1]], %[[V0]], %[[ARG2]] : (tensor<3xi1>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: return %[[V2]], %[[V3]], %[[V4]] : tensor<3xf32>, tensor<3xf32>, tensor<3xf32>
// CHECK-NEXT: }
// select routes the cotangent by the mask; the compare gets none.
func.func @select(%a: tensor<3xf32> {dl.param = "a"}, %b: tensor<3xf32> {dl.param = "b"})
    -> (tensor<3xf32> {dl.output = "y"}) {
  %m = dl.compare lt, %a, %b : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xi1>
  %0 = dl.select %m, %a, %b : (tensor<3xi1>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}
