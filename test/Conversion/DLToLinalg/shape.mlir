// RUN: dl-opt %s --split-input-file --convert-dl-to-linalg | FileCheck %s
// dl.reshape becomes tensor.collapse_shape / tensor.expand_shape (views
// after bufferization), dl.transpose linalg.transpose and dl.constant
// arith.constant.

// A reshape that merges neighbouring dimensions is one collapse_shape.
// CHECK-LABEL: func.func @reshape_collapse
// CHECK-SAME: (%[[X:.+]]: tensor<2x3x4xf32>)
// CHECK: %[[R:.+]] = tensor.collapse_shape %[[X]] {{\[}}[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
// CHECK-NOT: tensor.expand_shape
// CHECK: return %[[R]]
func.func @reshape_collapse(%x: tensor<2x3x4xf32>) -> tensor<6x4xf32> {
  %0 = dl.reshape %x : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
  return %0 : tensor<6x4xf32>
}

// -----

// A reshape that splits a dimension is one expand_shape.
// CHECK-LABEL: func.func @reshape_expand
// CHECK-SAME: (%[[X:.+]]: tensor<24xi64>)
// CHECK-NOT: tensor.collapse_shape
// CHECK: %[[R:.+]] = tensor.expand_shape %[[X]] {{\[}}[0, 1, 2]] output_shape [2, 3, 4] : tensor<24xi64> into tensor<2x3x4xi64>
// CHECK: return %[[R]]
func.func @reshape_expand(%x: tensor<24xi64>) -> tensor<2x3x4xi64> {
  %0 = dl.reshape %x : (tensor<24xi64>) -> tensor<2x3x4xi64>
  return %0 : tensor<2x3x4xi64>
}

// -----

// 2x3 -> 3x2 is neither a collapse nor an expand: it goes through the flat vector.
// CHECK-LABEL: func.func @reshape_via_flat
// CHECK-SAME: (%[[X:.+]]: tensor<2x3xf32>)
// CHECK: %[[FLAT:.+]] = tensor.collapse_shape %[[X]] {{\[}}[0, 1]] : tensor<2x3xf32> into tensor<6xf32>
// CHECK: %[[R:.+]] = tensor.expand_shape %[[FLAT]] {{\[}}[0, 1]] output_shape [3, 2] : tensor<6xf32> into tensor<3x2xf32>
// CHECK: return %[[R]]
func.func @reshape_via_flat(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  %0 = dl.reshape %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

// A rank-raising reshape no single expand can express also goes through the flat vector.
// CHECK-LABEL: func.func @reshape_expand_via_flat
// CHECK-SAME: (%[[X:.+]]: tensor<2x3xi1>)
// CHECK: %[[FLAT:.+]] = tensor.collapse_shape %[[X]] {{\[}}[0, 1]] : tensor<2x3xi1> into tensor<6xi1>
// CHECK: %[[R:.+]] = tensor.expand_shape %[[FLAT]] {{\[}}[0, 1, 2]] output_shape [3, 2, 1] : tensor<6xi1> into tensor<3x2x1xi1>
// CHECK: return %[[R]]
func.func @reshape_expand_via_flat(%x: tensor<2x3xi1>) -> tensor<3x2x1xi1> {
  %0 = dl.reshape %x : (tensor<2x3xi1>) -> tensor<3x2x1xi1>
  return %0 : tensor<3x2x1xi1>
}

// -----

// A rank-0 tensor expands to [1, 1] with an empty reassociation.
// CHECK-LABEL: func.func @reshape_scalar_to_ones
// CHECK-SAME: (%[[X:.+]]: tensor<f32>)
// CHECK: %[[R:.+]] = tensor.expand_shape %[[X]] [] output_shape [1, 1] : tensor<f32> into tensor<1x1xf32>
// CHECK: return %[[R]]
func.func @reshape_scalar_to_ones(%x: tensor<f32>) -> tensor<1x1xf32> {
  %0 = dl.reshape %x : (tensor<f32>) -> tensor<1x1xf32>
  return %0 : tensor<1x1xf32>
}

// -----

// [1, 1] collapses to rank 0 with an empty reassociation.
// CHECK-LABEL: func.func @reshape_ones_to_scalar
// CHECK-SAME: (%[[X:.+]]: tensor<1x1xf32>)
// CHECK: %[[R:.+]] = tensor.collapse_shape %[[X]] [] : tensor<1x1xf32> into tensor<f32>
// CHECK: return %[[R]]
func.func @reshape_ones_to_scalar(%x: tensor<1x1xf32>) -> tensor<f32> {
  %0 = dl.reshape %x : (tensor<1x1xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// dl.transpose is linalg.transpose with the same permutation into a tensor.empty.
// CHECK-LABEL: func.func @transpose
// CHECK-SAME: (%[[X:.+]]: tensor<2x3x4xf32>)
// CHECK: %[[INIT:.+]] = tensor.empty() : tensor<4x2x3xf32>
// CHECK: %[[R:.+]] = linalg.transpose ins(%[[X]] : tensor<2x3x4xf32>) outs(%[[INIT]] : tensor<4x2x3xf32>) permutation = [2, 0, 1]
// CHECK: return %[[R]]
func.func @transpose(%x: tensor<2x3x4xf32>) -> tensor<4x2x3xf32> {
  %0 = dl.transpose %x permutation = [2, 0, 1] : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
  return %0 : tensor<4x2x3xf32>
}

// -----

// A rank-2 integer transpose.
// CHECK-LABEL: func.func @transpose_2d
// CHECK: linalg.transpose ins(%{{.+}} : tensor<3x5xi32>) outs(%{{.+}} : tensor<5x3xi32>) permutation = [1, 0]
func.func @transpose_2d(%x: tensor<3x5xi32>) -> tensor<5x3xi32> {
  %0 = dl.transpose %x permutation = [1, 0] : (tensor<3x5xi32>) -> tensor<5x3xi32>
  return %0 : tensor<5x3xi32>
}

// -----

// dl.constant is arith.constant with the same splat, dense, i1 or rank-0 elements.
// CHECK-LABEL: func.func @constants
// CHECK-DAG: %[[SPLAT:.+]] = arith.constant dense<0.000000e+00> : tensor<2x3xf32>
// CHECK-DAG: %[[IDS:.+]] = arith.constant dense<[1, 0, 2]> : tensor<3xi64>
// CHECK-DAG: %[[MASK:.+]] = arith.constant dense<[true, false, true, true]> : tensor<4xi1>
// CHECK-DAG: %[[SCALAR:.+]] = arith.constant dense<2.500000e+00> : tensor<f64>
// CHECK-NOT: dl.constant
// CHECK: return %[[SPLAT]], %[[IDS]], %[[MASK]], %[[SCALAR]]
func.func @constants() -> (tensor<2x3xf32>, tensor<3xi64>, tensor<4xi1>, tensor<f64>) {
  %0 = dl.constant dense<0.0> : tensor<2x3xf32>
  %1 = dl.constant dense<[1, 0, 2]> : tensor<3xi64>
  %2 = dl.constant dense<[true, false, true, true]> : tensor<4xi1>
  %3 = dl.constant dense<2.5> : tensor<f64>
  return %0, %1, %2, %3 : tensor<2x3xf32>, tensor<3xi64>, tensor<4xi1>, tensor<f64>
}

// -----

// A dense_resource constant (how weights are held) keeps its resource handle.
// CHECK-LABEL: func.func @resource_constant
// CHECK: %[[W:.+]] = arith.constant dense_resource<weights> : tensor<2xf32>
// CHECK: return %[[W]]
func.func @resource_constant() -> tensor<2xf32> {
  %0 = dl.constant dense_resource<weights> : tensor<2xf32>
  return %0 : tensor<2xf32>
}
{-#
  dialect_resources: {
    builtin: {
      weights: "0x040000000000803F00000040"
    }
  }
#-}
