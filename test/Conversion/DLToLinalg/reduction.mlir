// RUN: dl-opt %s --split-input-file --convert-dl-to-linalg | FileCheck %s
// dl.sum, dl.mean and dl.reduce_max become linalg.reduce into an
// accumulator filled with the reduction's identity; keep_dims adds an
// expand_shape and mean a division by the reduced element count.

// A sum over one axis is linalg.reduce with addf into a zero-filled tensor.
// CHECK-LABEL: func.func @sum_one_axis
// CHECK-SAME: (%[[X:.+]]: tensor<4x8xf32>)
// CHECK-DAG: %[[EMPTY:.+]] = tensor.empty() : tensor<4xf32>
// CHECK-DAG: %[[ZERO:.+]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[INIT:.+]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[EMPTY]] : tensor<4xf32>)
// CHECK: %[[R:.+]] = linalg.reduce ins(%[[X]] : tensor<4x8xf32>) outs(%[[INIT]] : tensor<4xf32>) dimensions = [1]
// CHECK-NEXT: (%[[IN:.+]]: f32, %[[ACC:.+]]: f32) {
// CHECK-NEXT: %[[S:.+]] = arith.addf %[[IN]], %[[ACC]] : f32
// CHECK-NEXT: linalg.yield %[[S]] : f32
// CHECK: return %[[R]] : tensor<4xf32>
func.func @sum_one_axis(%x: tensor<4x8xf32>) -> tensor<4xf32> {
  %0 = dl.sum %x axes = [1] : (tensor<4x8xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// An integer sum over several axes is one linalg.reduce with addi.
// CHECK-LABEL: func.func @sum_several_axes_int
// CHECK-SAME: (%[[X:.+]]: tensor<2x3x4xi32>)
// CHECK: %[[ZERO:.+]] = arith.constant 0 : i32
// CHECK: %[[INIT:.+]] = linalg.fill ins(%[[ZERO]] : i32) outs(%{{.+}} : tensor<3xi32>)
// CHECK: %[[R:.+]] = linalg.reduce ins(%[[X]] : tensor<2x3x4xi32>) outs(%[[INIT]] : tensor<3xi32>) dimensions = [0, 2]
// CHECK-NEXT: (%[[IN:.+]]: i32, %[[ACC:.+]]: i32) {
// CHECK-NEXT: arith.addi %[[IN]], %[[ACC]] : i32
// CHECK: return %[[R]] : tensor<3xi32>
func.func @sum_several_axes_int(%x: tensor<2x3x4xi32>) -> tensor<3xi32> {
  %0 = dl.sum %x axes = [0, 2] : (tensor<2x3x4xi32>) -> tensor<3xi32>
  return %0 : tensor<3xi32>
}

// -----

// keep_dims reduces to the dropped shape, then expands the reduced axes back as 1s.
// CHECK-LABEL: func.func @sum_keep_dims
// CHECK: %[[R:.+]] = linalg.reduce ins(%{{.+}} : tensor<2x3x4xi32>) outs(%{{.+}} : tensor<3xi32>) dimensions = [0, 2]
// CHECK: %[[E:.+]] = tensor.expand_shape %[[R]] {{\[}}[0, 1, 2]] output_shape [1, 3, 1] : tensor<3xi32> into tensor<1x3x1xi32>
// CHECK: return %[[E]] : tensor<1x3x1xi32>
func.func @sum_keep_dims(%x: tensor<2x3x4xi32>) -> tensor<1x3x1xi32> {
  %0 = dl.sum %x axes = [0, 2] keep_dims : (tensor<2x3x4xi32>) -> tensor<1x3x1xi32>
  return %0 : tensor<1x3x1xi32>
}

// -----

// Reducing every axis gives a rank-0 tensor with no reshape.
// CHECK-LABEL: func.func @sum_to_scalar
// CHECK: %[[INIT:.+]] = linalg.fill ins(%{{.+}} : f32) outs(%{{.+}} : tensor<f32>)
// CHECK: %[[R:.+]] = linalg.reduce ins(%{{.+}} : tensor<4x8xf32>) outs(%[[INIT]] : tensor<f32>) dimensions = [0, 1]
// CHECK-NOT: tensor.expand_shape
// CHECK: return %[[R]] : tensor<f32>
func.func @sum_to_scalar(%x: tensor<4x8xf32>) -> tensor<f32> {
  %0 = dl.sum %x axes = [0, 1] : (tensor<4x8xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// A full reduction with keep_dims expands the rank-0 result to all ones.
// CHECK-LABEL: func.func @sum_to_scalar_keep_dims
// CHECK: %[[R:.+]] = linalg.reduce ins(%{{.+}} : tensor<4x8xf32>) outs(%{{.+}} : tensor<f32>) dimensions = [0, 1]
// CHECK: %[[E:.+]] = tensor.expand_shape %[[R]] [] output_shape [1, 1] : tensor<f32> into tensor<1x1xf32>
// CHECK: return %[[E]]
func.func @sum_to_scalar_keep_dims(%x: tensor<4x8xf32>) -> tensor<1x1xf32> {
  %0 = dl.sum %x axes = [0, 1] keep_dims : (tensor<4x8xf32>) -> tensor<1x1xf32>
  return %0 : tensor<1x1xf32>
}

// -----

// A float max starts from -inf, combines with maximumf, and keep_dims expands the result.
// CHECK-LABEL: func.func @reduce_max_keep_dims
// CHECK-SAME: (%[[X:.+]]: tensor<4x8xf32>)
// CHECK: %[[NEG_INF:.+]] = arith.constant 0xFF800000 : f32
// CHECK: %[[INIT:.+]] = linalg.fill ins(%[[NEG_INF]] : f32) outs(%{{.+}} : tensor<4xf32>)
// CHECK: %[[R:.+]] = linalg.reduce ins(%[[X]] : tensor<4x8xf32>) outs(%[[INIT]] : tensor<4xf32>) dimensions = [1]
// CHECK-NEXT: (%[[IN:.+]]: f32, %[[ACC:.+]]: f32) {
// CHECK-NEXT: %[[M:.+]] = arith.maximumf %[[IN]], %[[ACC]] : f32
// CHECK-NEXT: linalg.yield %[[M]] : f32
// CHECK: %[[E:.+]] = tensor.expand_shape %[[R]] {{\[}}[0, 1]] output_shape [4, 1] : tensor<4xf32> into tensor<4x1xf32>
// CHECK: return %[[E]]
func.func @reduce_max_keep_dims(%x: tensor<4x8xf32>) -> tensor<4x1xf32> {
  %0 = dl.reduce_max %x axes = [1] keep_dims : (tensor<4x8xf32>) -> tensor<4x1xf32>
  return %0 : tensor<4x1xf32>
}

// -----

// The f64 maximum starts from the f64 -inf.
// CHECK-LABEL: func.func @reduce_max_f64
// CHECK: %[[NEG_INF:.+]] = arith.constant 0xFFF0000000000000 : f64
// CHECK: linalg.fill ins(%[[NEG_INF]] : f64)
// CHECK: linalg.reduce
// CHECK: arith.maximumf
func.func @reduce_max_f64(%x: tensor<4x8xf64>) -> tensor<8xf64> {
  %0 = dl.reduce_max %x axes = [0] : (tensor<4x8xf64>) -> tensor<8xf64>
  return %0 : tensor<8xf64>
}

// -----

// An integer maximum starts from the smallest signed value and uses maxsi.
// CHECK-LABEL: func.func @reduce_max_int
// CHECK: %[[MIN32:.+]] = arith.constant -2147483648 : i32
// CHECK: %[[INIT32:.+]] = linalg.fill ins(%[[MIN32]] : i32) outs(%{{.+}} : tensor<8xi32>)
// CHECK: linalg.reduce ins(%{{.+}} : tensor<4x8xi32>) outs(%[[INIT32]] : tensor<8xi32>) dimensions = [0]
// CHECK-NEXT: (%[[IN:.+]]: i32, %[[ACC:.+]]: i32) {
// CHECK-NEXT: arith.maxsi %[[IN]], %[[ACC]] : i32
// CHECK: %[[MIN64:.+]] = arith.constant -9223372036854775808 : i64
// CHECK: %[[INIT64:.+]] = linalg.fill ins(%[[MIN64]] : i64) outs(%{{.+}} : tensor<i64>)
// CHECK: linalg.reduce ins(%{{.+}} : tensor<4x8xi64>) outs(%[[INIT64]] : tensor<i64>) dimensions = [0, 1]
// CHECK: arith.maxsi %{{.+}}, %{{.+}} : i64
func.func @reduce_max_int(%x: tensor<4x8xi32>, %y: tensor<4x8xi64>) -> (tensor<8xi32>, tensor<i64>) {
  %0 = dl.reduce_max %x axes = [0] : (tensor<4x8xi32>) -> tensor<8xi32>
  %1 = dl.reduce_max %y axes = [0, 1] : (tensor<4x8xi64>) -> tensor<i64>
  return %0, %1 : tensor<8xi32>, tensor<i64>
}

// -----

// dl.mean divides the sum by the reduced element count, 2 * 4 = 8 here.
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func.func @mean
// CHECK-SAME: (%[[X:.+]]: tensor<2x3x4xf32>)
// CHECK: %[[SUM:.+]] = linalg.reduce ins(%[[X]] : tensor<2x3x4xf32>) outs(%{{.+}} : tensor<3xf32>) dimensions = [0, 2]
// CHECK: arith.addf
// CHECK: %[[R:.+]] = linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$ID]]]
// CHECK-SAME: ins(%[[SUM]] : tensor<3xf32>)
// CHECK-NEXT: ^bb0(%[[S:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[N:.+]] = arith.constant 8.000000e+00 : f32
// CHECK-NEXT: %[[Q:.+]] = arith.divf %[[S]], %[[N]] : f32
// CHECK-NEXT: linalg.yield %[[Q]] : f32
// CHECK: return %[[R]] : tensor<3xf32>
func.func @mean(%x: tensor<2x3x4xf32>) -> tensor<3xf32> {
  %0 = dl.mean %x axes = [0, 2] : (tensor<2x3x4xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// A full mean with keep_dims divides the rank-0 sum by 32, then expands to [1, 1].
// CHECK-LABEL: func.func @mean_all_keep_dims
// CHECK: %[[SUM:.+]] = linalg.reduce ins(%{{.+}} : tensor<4x8xf64>) outs(%{{.+}} : tensor<f64>) dimensions = [0, 1]
// CHECK: %[[Q:.+]] = linalg.generic
// CHECK-SAME: ins(%[[SUM]] : tensor<f64>)
// CHECK: %[[N:.+]] = arith.constant 3.200000e+01 : f64
// CHECK-NEXT: arith.divf %{{.+}}, %[[N]] : f64
// CHECK: %[[E:.+]] = tensor.expand_shape %[[Q]] [] output_shape [1, 1] : tensor<f64> into tensor<1x1xf64>
// CHECK: return %[[E]]
func.func @mean_all_keep_dims(%x: tensor<4x8xf64>) -> tensor<1x1xf64> {
  %0 = dl.mean %x axes = [0, 1] keep_dims : (tensor<4x8xf64>) -> tensor<1x1xf64>
  return %0 : tensor<1x1xf64>
}

// -----

// An empty axis list leaves the input unchanged: no reduction is emitted.
// CHECK-LABEL: func.func @sum_no_axes
// CHECK-SAME: (%[[X:.+]]: tensor<4x8xf32>)
// CHECK-NOT: linalg.reduce
// CHECK: return %[[X]]
func.func @sum_no_axes(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = dl.sum %x axes = [] : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}
