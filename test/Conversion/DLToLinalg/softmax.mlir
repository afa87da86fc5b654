// RUN: dl-opt %s --split-input-file --convert-dl-to-linalg | FileCheck %s
// dl.softmax and dl.log_softmax become the numerically stable sequence:
// m = max(x) along the axis, e = exp(x - m), s = sum(e), then e / s or
// (x - m) - log(s). The reduced tensors are read back through maps that
// drop the axis.

// Softmax on axis 1: max, exp(x - max), sum, divide; reductions read via (d0, d1) -> (d0).
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$ROW:.+]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @softmax_axis1
// CHECK-SAME: (%[[X:.+]]: tensor<4x8xf32>)
// CHECK: %[[NEG_INF:.+]] = arith.constant 0xFF800000 : f32
// CHECK: %[[MAX_INIT:.+]] = linalg.fill ins(%[[NEG_INF]] : f32) outs(%{{.+}} : tensor<4xf32>)
// CHECK: %[[MAX:.+]] = linalg.reduce ins(%[[X]] : tensor<4x8xf32>) outs(%[[MAX_INIT]] : tensor<4xf32>) dimensions = [1]
// CHECK: arith.maximumf
// CHECK: %[[EXP:.+]] = linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$ROW]], #[[$ID]]]
// CHECK-SAME: ins(%[[X]], %[[MAX]] : tensor<4x8xf32>, tensor<4xf32>)
// CHECK-NEXT: ^bb0(%[[A:.+]]: f32, %[[M:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[SHIFTED:.+]] = arith.subf %[[A]], %[[M]] : f32
// CHECK-NEXT: %[[E:.+]] = math.exp %[[SHIFTED]] : f32
// CHECK-NEXT: linalg.yield %[[E]] : f32
// CHECK: %[[ZERO:.+]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[SUM_INIT:.+]] = linalg.fill ins(%[[ZERO]] : f32) outs(%{{.+}} : tensor<4xf32>)
// CHECK: %[[SUM:.+]] = linalg.reduce ins(%[[EXP]] : tensor<4x8xf32>) outs(%[[SUM_INIT]] : tensor<4xf32>) dimensions = [1]
// CHECK: arith.addf
// CHECK: %[[R:.+]] = linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$ROW]], #[[$ID]]]
// CHECK-SAME: ins(%[[EXP]], %[[SUM]] : tensor<4x8xf32>, tensor<4xf32>)
// CHECK-NEXT: ^bb0(%[[EV:.+]]: f32, %[[SV:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[Q:.+]] = arith.divf %[[EV]], %[[SV]] : f32
// CHECK-NEXT: linalg.yield %[[Q]] : f32
// CHECK: return %[[R]]
func.func @softmax_axis1(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = dl.softmax %x axis = 1 : tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// Softmax on axis 0 reduces dim 0 and reads the reductions via (d0, d1) -> (d1).
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$COL:.+]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @softmax_axis0
// CHECK-SAME: (%[[X:.+]]: tensor<4x8xf32>)
// CHECK: %[[MAX:.+]] = linalg.reduce ins(%[[X]] : tensor<4x8xf32>) outs(%{{.+}} : tensor<8xf32>) dimensions = [0]
// CHECK: arith.maximumf
// CHECK: %[[EXP:.+]] = linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$COL]], #[[$ID]]]
// CHECK-SAME: ins(%[[X]], %[[MAX]] : tensor<4x8xf32>, tensor<8xf32>)
// CHECK: arith.subf
// CHECK-NEXT: math.exp
// CHECK: %[[SUM:.+]] = linalg.reduce ins(%[[EXP]] : tensor<4x8xf32>) outs(%{{.+}} : tensor<8xf32>) dimensions = [0]
// CHECK: arith.addf
// CHECK: linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$COL]], #[[$ID]]]
// CHECK-SAME: ins(%[[EXP]], %[[SUM]] : tensor<4x8xf32>, tensor<8xf32>)
// CHECK: arith.divf
func.func @softmax_axis0(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = dl.softmax %x axis = 0 : tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// Softmax on the middle axis of rank 3 reads [2, 4] reductions via (d0, d1, d2) -> (d0, d2).
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[$DROP1:.+]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func.func @softmax_rank3_middle
// CHECK-SAME: (%[[X:.+]]: tensor<2x3x4xf64>)
// CHECK: %[[NEG_INF:.+]] = arith.constant 0xFFF0000000000000 : f64
// CHECK: linalg.fill ins(%[[NEG_INF]] : f64) outs(%{{.+}} : tensor<2x4xf64>)
// CHECK: %[[MAX:.+]] = linalg.reduce ins(%[[X]] : tensor<2x3x4xf64>) outs(%{{.+}} : tensor<2x4xf64>) dimensions = [1]
// CHECK: arith.maximumf
// CHECK: %[[EXP:.+]] = linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$DROP1]], #[[$ID]]]
// CHECK-SAME: iterator_types = ["parallel", "parallel", "parallel"]
// CHECK-SAME: ins(%[[X]], %[[MAX]] : tensor<2x3x4xf64>, tensor<2x4xf64>)
// CHECK: arith.subf
// CHECK-NEXT: math.exp
// CHECK: %[[SUM:.+]] = linalg.reduce ins(%[[EXP]] : tensor<2x3x4xf64>) outs(%{{.+}} : tensor<2x4xf64>) dimensions = [1]
// CHECK: arith.addf
// CHECK: linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$DROP1]], #[[$ID]]]
// CHECK-SAME: ins(%[[EXP]], %[[SUM]] : tensor<2x3x4xf64>, tensor<2x4xf64>)
// CHECK: arith.divf
func.func @softmax_rank3_middle(%x: tensor<2x3x4xf64>) -> tensor<2x3x4xf64> {
  %0 = dl.softmax %x axis = 1 : tensor<2x3x4xf64>
  return %0 : tensor<2x3x4xf64>
}

// -----

// log_softmax shares max, exp and sum, then computes (x - max) - log(sum), no division.
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$ROW:.+]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @log_softmax_axis1
// CHECK-SAME: (%[[X:.+]]: tensor<4x8xf32>)
// CHECK: %[[NEG_INF:.+]] = arith.constant 0xFF800000 : f32
// CHECK: linalg.fill ins(%[[NEG_INF]] : f32)
// CHECK: %[[MAX:.+]] = linalg.reduce ins(%[[X]] : tensor<4x8xf32>) outs(%{{.+}} : tensor<4xf32>) dimensions = [1]
// CHECK: arith.maximumf
// CHECK: %[[EXP:.+]] = linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$ROW]], #[[$ID]]]
// CHECK-SAME: ins(%[[X]], %[[MAX]] : tensor<4x8xf32>, tensor<4xf32>)
// CHECK: arith.subf
// CHECK-NEXT: math.exp
// CHECK: %[[SUM:.+]] = linalg.reduce ins(%[[EXP]] : tensor<4x8xf32>) outs(%{{.+}} : tensor<4xf32>) dimensions = [1]
// CHECK: arith.addf
// CHECK: %[[R:.+]] = linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$ROW]], #[[$ROW]], #[[$ID]]]
// CHECK-SAME: ins(%[[X]], %[[MAX]], %[[SUM]] : tensor<4x8xf32>, tensor<4xf32>, tensor<4xf32>)
// CHECK-NEXT: ^bb0(%[[A:.+]]: f32, %[[M:.+]]: f32, %[[S:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[SHIFTED:.+]] = arith.subf %[[A]], %[[M]] : f32
// CHECK-NEXT: %[[LOG:.+]] = math.log %[[S]] : f32
// CHECK-NEXT: %[[V:.+]] = arith.subf %[[SHIFTED]], %[[LOG]] : f32
// CHECK-NEXT: linalg.yield %[[V]] : f32
// CHECK-NOT: arith.divf
// CHECK: return %[[R]]
func.func @log_softmax_axis1(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = dl.log_softmax %x axis = 1 : tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// log_softmax along axis 0 reads max and sum through (d0, d1) -> (d1).
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$COL:.+]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @log_softmax_axis0
// CHECK-SAME: (%[[X:.+]]: tensor<4x8xf32>)
// CHECK: %[[MAX:.+]] = linalg.reduce ins(%[[X]] : tensor<4x8xf32>) outs(%{{.+}} : tensor<8xf32>) dimensions = [0]
// CHECK: %[[EXP:.+]] = linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$COL]], #[[$ID]]]
// CHECK: %[[SUM:.+]] = linalg.reduce ins(%[[EXP]] : tensor<4x8xf32>) outs(%{{.+}} : tensor<8xf32>) dimensions = [0]
// CHECK: linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$COL]], #[[$COL]], #[[$ID]]]
// CHECK-SAME: ins(%[[X]], %[[MAX]], %[[SUM]] : tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>)
// CHECK: arith.subf
// CHECK-NEXT: math.log
// CHECK-NEXT: arith.subf
func.func @log_softmax_axis0(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = dl.log_softmax %x axis = 0 : tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// log_softmax along the middle axis of a rank-3 tensor.
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[$DROP1:.+]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func.func @log_softmax_rank3_middle
// CHECK-SAME: (%[[X:.+]]: tensor<2x3x4xf32>)
// CHECK: %[[MAX:.+]] = linalg.reduce ins(%[[X]] : tensor<2x3x4xf32>) outs(%{{.+}} : tensor<2x4xf32>) dimensions = [1]
// CHECK: %[[EXP:.+]] = linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$DROP1]], #[[$ID]]]
// CHECK: %[[SUM:.+]] = linalg.reduce ins(%[[EXP]] : tensor<2x3x4xf32>) outs(%{{.+}} : tensor<2x4xf32>) dimensions = [1]
// CHECK: linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$DROP1]], #[[$DROP1]], #[[$ID]]]
// CHECK-SAME: ins(%[[X]], %[[MAX]], %[[SUM]] : tensor<2x3x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>)
// CHECK: math.log
func.func @log_softmax_rank3_middle(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = dl.log_softmax %x axis = 1 : tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// A rank-1 softmax reduces to rank-0 tensors read through (d0) -> ().
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0) -> (d0)>
// CHECK-DAG: #[[$SCALAR:.+]] = affine_map<(d0) -> ()>
// CHECK-LABEL: func.func @softmax_rank1
// CHECK: %[[MAX:.+]] = linalg.reduce ins(%{{.+}} : tensor<10xf32>) outs(%{{.+}} : tensor<f32>) dimensions = [0]
// CHECK: linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$SCALAR]], #[[$ID]]]
// CHECK-SAME: ins(%{{.+}}, %[[MAX]] : tensor<10xf32>, tensor<f32>)
// CHECK: linalg.reduce
// CHECK: linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$SCALAR]], #[[$ID]]]
// CHECK: arith.divf
func.func @softmax_rank1(%x: tensor<10xf32>) -> tensor<10xf32> {
  %0 = dl.softmax %x axis = 0 : tensor<10xf32>
  return %0 : tensor<10xf32>
}
