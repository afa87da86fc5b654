// RUN: dl-opt %s --split-input-file --convert-dl-to-linalg | FileCheck %s
// Elementwise dl ops become one all-parallel linalg.generic each, whose
// indexing maps carry numpy broadcasting and whose body is the scalar op.

// A same-shape binary op is one generic with identity maps into a fresh tensor.empty.
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @add_same_shape
// CHECK-SAME: (%[[LHS:.+]]: tensor<4x8xf32>, %[[RHS:.+]]: tensor<4x8xf32>)
// CHECK: %[[INIT:.+]] = tensor.empty() : tensor<4x8xf32>
// CHECK: %[[R:.+]] = linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$ID]], #[[$ID]]]
// CHECK-SAME: iterator_types = ["parallel", "parallel"]
// CHECK-SAME: ins(%[[LHS]], %[[RHS]] : tensor<4x8xf32>, tensor<4x8xf32>)
// CHECK-SAME: outs(%[[INIT]] : tensor<4x8xf32>)
// CHECK-NEXT: ^bb0(%[[L:.+]]: f32, %[[RT:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[V:.+]] = arith.addf %[[L]], %[[RT]] : f32
// CHECK-NEXT: linalg.yield %[[V]] : f32
// CHECK: return %[[R]]
// CHECK-NOT: dl.
func.func @add_same_shape(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = dl.add %a, %b : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// dl.add is addf on floats and addi on integers.
// CHECK-LABEL: func.func @add
// CHECK: ^bb0(%[[L:.+]]: f32, %[[R:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[V:.+]] = arith.addf %[[L]], %[[R]] : f32
// CHECK-NEXT: linalg.yield %[[V]]
// CHECK: ^bb0(%[[LI:.+]]: i32, %[[RI:.+]]: i32, %{{.+}}: i32):
// CHECK-NEXT: %[[VI:.+]] = arith.addi %[[LI]], %[[RI]] : i32
// CHECK-NEXT: linalg.yield %[[VI]]
func.func @add(%a: tensor<4xf32>, %b: tensor<4xf32>, %c: tensor<4xi32>, %d: tensor<4xi32>)
    -> (tensor<4xf32>, tensor<4xi32>) {
  %0 = dl.add %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %1 = dl.add %c, %d : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  return %0, %1 : tensor<4xf32>, tensor<4xi32>
}

// -----

// dl.sub is subf on floats and subi on integers, lhs minus rhs.
// CHECK-LABEL: func.func @sub
// CHECK: ^bb0(%[[L:.+]]: f32, %[[R:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[V:.+]] = arith.subf %[[L]], %[[R]] : f32
// CHECK-NEXT: linalg.yield %[[V]]
// CHECK: ^bb0(%[[LI:.+]]: i64, %[[RI:.+]]: i64, %{{.+}}: i64):
// CHECK-NEXT: %[[VI:.+]] = arith.subi %[[LI]], %[[RI]] : i64
// CHECK-NEXT: linalg.yield %[[VI]]
func.func @sub(%a: tensor<4xf32>, %b: tensor<4xf32>, %c: tensor<4xi64>, %d: tensor<4xi64>)
    -> (tensor<4xf32>, tensor<4xi64>) {
  %0 = dl.sub %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %1 = dl.sub %c, %d : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
  return %0, %1 : tensor<4xf32>, tensor<4xi64>
}

// -----

// dl.mul is mulf on floats and muli on integers.
// CHECK-LABEL: func.func @mul
// CHECK: ^bb0(%[[L:.+]]: f64, %[[R:.+]]: f64, %{{.+}}: f64):
// CHECK-NEXT: %[[V:.+]] = arith.mulf %[[L]], %[[R]] : f64
// CHECK-NEXT: linalg.yield %[[V]]
// CHECK: ^bb0(%[[LI:.+]]: i32, %[[RI:.+]]: i32, %{{.+}}: i32):
// CHECK-NEXT: %[[VI:.+]] = arith.muli %[[LI]], %[[RI]] : i32
// CHECK-NEXT: linalg.yield %[[VI]]
func.func @mul(%a: tensor<4xf64>, %b: tensor<4xf64>, %c: tensor<4xi32>, %d: tensor<4xi32>)
    -> (tensor<4xf64>, tensor<4xi32>) {
  %0 = dl.mul %a, %b : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
  %1 = dl.mul %c, %d : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  return %0, %1 : tensor<4xf64>, tensor<4xi32>
}

// -----

// dl.div is divf on floats and signed divsi on integers, lhs over rhs.
// CHECK-LABEL: func.func @div
// CHECK: ^bb0(%[[L:.+]]: f32, %[[R:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[V:.+]] = arith.divf %[[L]], %[[R]] : f32
// CHECK-NEXT: linalg.yield %[[V]]
// CHECK: ^bb0(%[[LI:.+]]: i32, %[[RI:.+]]: i32, %{{.+}}: i32):
// CHECK-NEXT: %[[VI:.+]] = arith.divsi %[[LI]], %[[RI]] : i32
// CHECK-NEXT: linalg.yield %[[VI]]
func.func @div(%a: tensor<4xf32>, %b: tensor<4xf32>, %c: tensor<4xi32>, %d: tensor<4xi32>)
    -> (tensor<4xf32>, tensor<4xi32>) {
  %0 = dl.div %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %1 = dl.div %c, %d : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  return %0, %1 : tensor<4xf32>, tensor<4xi32>
}

// -----

// dl.max is NaN-propagating maximumf on floats and signed maxsi on integers.
// CHECK-LABEL: func.func @max
// CHECK: ^bb0(%[[L:.+]]: f32, %[[R:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[V:.+]] = arith.maximumf %[[L]], %[[R]] : f32
// CHECK-NEXT: linalg.yield %[[V]]
// CHECK: ^bb0(%[[LI:.+]]: i32, %[[RI:.+]]: i32, %{{.+}}: i32):
// CHECK-NEXT: %[[VI:.+]] = arith.maxsi %[[LI]], %[[RI]] : i32
// CHECK-NEXT: linalg.yield %[[VI]]
func.func @max(%a: tensor<4xf32>, %b: tensor<4xf32>, %c: tensor<4xi32>, %d: tensor<4xi32>)
    -> (tensor<4xf32>, tensor<4xi32>) {
  %0 = dl.max %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %1 = dl.max %c, %d : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  return %0, %1 : tensor<4xf32>, tensor<4xi32>
}

// -----

// dl.min is NaN-propagating minimumf on floats and signed minsi on integers.
// CHECK-LABEL: func.func @min
// CHECK: ^bb0(%[[L:.+]]: f32, %[[R:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[V:.+]] = arith.minimumf %[[L]], %[[R]] : f32
// CHECK-NEXT: linalg.yield %[[V]]
// CHECK: ^bb0(%[[LI:.+]]: i64, %[[RI:.+]]: i64, %{{.+}}: i64):
// CHECK-NEXT: %[[VI:.+]] = arith.minsi %[[LI]], %[[RI]] : i64
// CHECK-NEXT: linalg.yield %[[VI]]
func.func @min(%a: tensor<4xf32>, %b: tensor<4xf32>, %c: tensor<4xi64>, %d: tensor<4xi64>)
    -> (tensor<4xf32>, tensor<4xi64>) {
  %0 = dl.min %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %1 = dl.min %c, %d : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
  return %0, %1 : tensor<4xf32>, tensor<4xi64>
}

// -----

// dl.pow (floats only) is math.powf, lhs to the power rhs.
// CHECK-LABEL: func.func @pow
// CHECK: ^bb0(%[[L:.+]]: f32, %[[R:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[V:.+]] = math.powf %[[L]], %[[R]] : f32
// CHECK-NEXT: linalg.yield %[[V]]
func.func @pow(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  %0 = dl.pow %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// A missing leading dim is dropped from the map, so the bias is read in place, not broadcast.
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$ROW:.+]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @broadcast_leading_dim
// CHECK-SAME: (%[[X:.+]]: tensor<4x8xf32>, %[[B:.+]]: tensor<8xf32>)
// CHECK-NOT: linalg.broadcast
// CHECK: linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$ROW]], #[[$ID]]]
// CHECK-SAME: ins(%[[X]], %[[B]] : tensor<4x8xf32>, tensor<8xf32>)
// CHECK-SAME: outs(%{{.+}} : tensor<4x8xf32>)
// CHECK: arith.addf
func.func @broadcast_leading_dim(%x: tensor<4x8xf32>, %b: tensor<8xf32>) -> tensor<4x8xf32> {
  %0 = dl.add %x, %b : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// A smaller lhs gets the dropped-dim map and the operand order is kept.
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$ROW:.+]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @broadcast_lhs
// CHECK-SAME: (%[[B:.+]]: tensor<8xi32>, %[[X:.+]]: tensor<4x8xi32>)
// CHECK: linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ROW]], #[[$ID]], #[[$ID]]]
// CHECK-SAME: ins(%[[B]], %[[X]] : tensor<8xi32>, tensor<4x8xi32>)
// CHECK-NEXT: ^bb0(%[[L:.+]]: i32, %[[R:.+]]: i32, %{{.+}}: i32):
// CHECK-NEXT: arith.subi %[[L]], %[[R]] : i32
func.func @broadcast_lhs(%b: tensor<8xi32>, %x: tensor<4x8xi32>) -> tensor<4x8xi32> {
  %0 = dl.sub %b, %x : (tensor<8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// -----

// Broadcasting size-1 dims read index 0: [4,1] - [1,8] is an outer difference.
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$COL:.+]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-DAG: #[[$ROW:.+]] = affine_map<(d0, d1) -> (0, d1)>
// CHECK-LABEL: func.func @broadcast_size_one
// CHECK-SAME: (%[[A:.+]]: tensor<4x1xf32>, %[[B:.+]]: tensor<1x8xf32>)
// CHECK: %[[INIT:.+]] = tensor.empty() : tensor<4x8xf32>
// CHECK: linalg.generic
// CHECK-SAME: indexing_maps = [#[[$COL]], #[[$ROW]], #[[$ID]]]
// CHECK-SAME: ins(%[[A]], %[[B]] : tensor<4x1xf32>, tensor<1x8xf32>)
// CHECK-SAME: outs(%[[INIT]] : tensor<4x8xf32>)
// CHECK: arith.subf
func.func @broadcast_size_one(%a: tensor<4x1xf32>, %b: tensor<1x8xf32>) -> tensor<4x8xf32> {
  %0 = dl.sub %a, %b : (tensor<4x1xf32>, tensor<1x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// A size-1 dim that does not broadcast (result size 1 too) keeps its dim expression.
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @size_one_kept
// CHECK: linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$ID]], #[[$ID]]]
// CHECK-SAME: ins(%{{.+}}, %{{.+}} : tensor<1x8xf32>, tensor<1x8xf32>)
func.func @size_one_kept(%a: tensor<1x8xf32>, %b: tensor<1x8xf32>) -> tensor<1x8xf32> {
  %0 = dl.mul %a, %b : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
  return %0 : tensor<1x8xf32>
}

// -----

// A rank-0 operand is read through a map with no results.
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$SCALAR:.+]] = affine_map<(d0, d1) -> ()>
// CHECK-LABEL: func.func @broadcast_scalar
// CHECK-SAME: (%[[X:.+]]: tensor<4x8xf32>, %[[S:.+]]: tensor<f32>)
// CHECK: linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$SCALAR]], #[[$ID]]]
// CHECK-SAME: ins(%[[X]], %[[S]] : tensor<4x8xf32>, tensor<f32>)
// CHECK: arith.mulf
func.func @broadcast_scalar(%x: tensor<4x8xf32>, %s: tensor<f32>) -> tensor<4x8xf32> {
  %0 = dl.mul %x, %s : (tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// Rank-0 operands give a generic with no loops.
// CHECK-DAG: #[[$S:.+]] = affine_map<() -> ()>
// CHECK-LABEL: func.func @rank_zero
// CHECK: linalg.generic
// CHECK-SAME: indexing_maps = [#[[$S]], #[[$S]], #[[$S]]]
// CHECK-SAME: iterator_types = []
// CHECK-SAME: ins(%{{.+}}, %{{.+}} : tensor<f32>, tensor<f32>)
// CHECK: arith.addf
func.func @rank_zero(%a: tensor<f32>, %b: tensor<f32>) -> tensor<f32> {
  %0 = dl.add %a, %b : (tensor<f32>, tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// dl.neg is negf on floats and a subtraction from 0 on integers.
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func.func @neg
// CHECK-SAME: (%[[X:.+]]: tensor<4xf32>, %[[Y:.+]]: tensor<4xi32>)
// CHECK: linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$ID]]]
// CHECK-SAME: ins(%[[X]] : tensor<4xf32>)
// CHECK-NEXT: ^bb0(%[[A:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[V:.+]] = arith.negf %[[A]] : f32
// CHECK-NEXT: linalg.yield %[[V]]
// CHECK: linalg.generic
// CHECK-SAME: ins(%[[Y]] : tensor<4xi32>)
// CHECK-NEXT: ^bb0(%[[B:.+]]: i32, %{{.+}}: i32):
// CHECK-NEXT: %[[ZERO:.+]] = arith.constant 0 : i32
// CHECK-NEXT: %[[VI:.+]] = arith.subi %[[ZERO]], %[[B]] : i32
// CHECK-NEXT: linalg.yield %[[VI]]
func.func @neg(%x: tensor<4xf32>, %y: tensor<4xi32>) -> (tensor<4xf32>, tensor<4xi32>) {
  %0 = dl.neg %x : tensor<4xf32>
  %1 = dl.neg %y : tensor<4xi32>
  return %0, %1 : tensor<4xf32>, tensor<4xi32>
}

// -----

// dl.abs is math.absf on floats and math.absi on integers.
// CHECK-LABEL: func.func @abs
// CHECK: ^bb0(%[[A:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[V:.+]] = math.absf %[[A]] : f32
// CHECK-NEXT: linalg.yield %[[V]]
// CHECK: ^bb0(%[[B:.+]]: i64, %{{.+}}: i64):
// CHECK-NEXT: %[[VI:.+]] = math.absi %[[B]] : i64
// CHECK-NEXT: linalg.yield %[[VI]]
func.func @abs(%x: tensor<4xf32>, %y: tensor<4xi64>) -> (tensor<4xf32>, tensor<4xi64>) {
  %0 = dl.abs %x : tensor<4xf32>
  %1 = dl.abs %y : tensor<4xi64>
  return %0, %1 : tensor<4xf32>, tensor<4xi64>
}

// -----

// dl.relu is maximumf with 0 on floats (NaN stays NaN) and maxsi with 0 on integers.
// CHECK-LABEL: func.func @relu
// CHECK: ^bb0(%[[A:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[ZERO:.+]] = arith.constant 0.000000e+00 : f32
// CHECK-NEXT: %[[V:.+]] = arith.maximumf %[[A]], %[[ZERO]] : f32
// CHECK-NEXT: linalg.yield %[[V]]
// CHECK: ^bb0(%[[B:.+]]: i32, %{{.+}}: i32):
// CHECK-NEXT: %[[IZERO:.+]] = arith.constant 0 : i32
// CHECK-NEXT: %[[VI:.+]] = arith.maxsi %[[B]], %[[IZERO]] : i32
// CHECK-NEXT: linalg.yield %[[VI]]
func.func @relu(%x: tensor<4xf32>, %y: tensor<4xi32>) -> (tensor<4xf32>, tensor<4xi32>) {
  %0 = dl.relu %x : tensor<4xf32>
  %1 = dl.relu %y : tensor<4xi32>
  return %0, %1 : tensor<4xf32>, tensor<4xi32>
}

// -----

// exp, log, sqrt, rsqrt and tanh are the math ops of the same name.
// CHECK-LABEL: func.func @math_unary
// CHECK: ^bb0(%[[A:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[E:.+]] = math.exp %[[A]] : f32
// CHECK-NEXT: linalg.yield %[[E]]
// CHECK: ^bb0(%[[B:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[L:.+]] = math.log %[[B]] : f32
// CHECK-NEXT: linalg.yield %[[L]]
// CHECK: ^bb0(%[[C:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[S:.+]] = math.sqrt %[[C]] : f32
// CHECK-NEXT: linalg.yield %[[S]]
// CHECK: ^bb0(%[[D:.+]]: f64, %{{.+}}: f64):
// CHECK-NEXT: %[[R:.+]] = math.rsqrt %[[D]] : f64
// CHECK-NEXT: linalg.yield %[[R]]
// CHECK: ^bb0(%[[F:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[T:.+]] = math.tanh %[[F]] : f32
// CHECK-NEXT: linalg.yield %[[T]]
func.func @math_unary(%x: tensor<4xf32>, %y: tensor<4xf64>)
    -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf64>, tensor<4xf32>) {
  %0 = dl.exp %x : tensor<4xf32>
  %1 = dl.log %x : tensor<4xf32>
  %2 = dl.sqrt %x : tensor<4xf32>
  %3 = dl.rsqrt %y : tensor<4xf64>
  %4 = dl.tanh %x : tensor<4xf32>
  return %0, %1, %2, %3, %4 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf64>, tensor<4xf32>
}

// -----

// dl.sigmoid is 1 / (1 + exp(-x)) in one generic body.
// CHECK-LABEL: func.func @sigmoid
// CHECK: ^bb0(%[[X:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[ONE:.+]] = arith.constant 1.000000e+00 : f32
// CHECK-NEXT: %[[NEG:.+]] = arith.negf %[[X]] : f32
// CHECK-NEXT: %[[EXP:.+]] = math.exp %[[NEG]] : f32
// CHECK-NEXT: %[[DEN:.+]] = arith.addf %[[ONE]], %[[EXP]] : f32
// CHECK-NEXT: %[[R:.+]] = arith.divf %[[ONE]], %[[DEN]] : f32
// CHECK-NEXT: linalg.yield %[[R]] : f32
func.func @sigmoid(%x: tensor<1x64xf32>) -> tensor<1x64xf32> {
  %0 = dl.sigmoid %x : tensor<1x64xf32>
  return %0 : tensor<1x64xf32>
}

// -----

// Float compares are ordered except ne (une, true on NaN) and write i1.
// CHECK-LABEL: func.func @compare_float
// CHECK: %[[INIT:.+]] = tensor.empty() : tensor<4xi1>
// CHECK: linalg.generic
// CHECK-SAME: outs(%[[INIT]] : tensor<4xi1>)
// CHECK-NEXT: ^bb0(%[[L0:.+]]: f32, %[[R0:.+]]: f32, %{{.+}}: i1):
// CHECK-NEXT: %[[C0:.+]] = arith.cmpf oeq, %[[L0]], %[[R0]] : f32
// CHECK-NEXT: linalg.yield %[[C0]] : i1
// CHECK: ^bb0(%[[L1:.+]]: f32, %[[R1:.+]]: f32, %{{.+}}: i1):
// CHECK-NEXT: arith.cmpf une, %[[L1]], %[[R1]] : f32
// CHECK: ^bb0(%[[L2:.+]]: f32, %[[R2:.+]]: f32, %{{.+}}: i1):
// CHECK-NEXT: arith.cmpf olt, %[[L2]], %[[R2]] : f32
// CHECK: ^bb0(%[[L3:.+]]: f32, %[[R3:.+]]: f32, %{{.+}}: i1):
// CHECK-NEXT: arith.cmpf ole, %[[L3]], %[[R3]] : f32
// CHECK: ^bb0(%[[L4:.+]]: f32, %[[R4:.+]]: f32, %{{.+}}: i1):
// CHECK-NEXT: arith.cmpf ogt, %[[L4]], %[[R4]] : f32
// CHECK: ^bb0(%[[L5:.+]]: f32, %[[R5:.+]]: f32, %{{.+}}: i1):
// CHECK-NEXT: arith.cmpf oge, %[[L5]], %[[R5]] : f32
func.func @compare_float(%a: tensor<4xf32>, %b: tensor<4xf32>)
    -> (tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>) {
  %0 = dl.compare eq, %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  %1 = dl.compare ne, %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  %2 = dl.compare lt, %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  %3 = dl.compare le, %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  %4 = dl.compare gt, %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  %5 = dl.compare ge, %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  return %0, %1, %2, %3, %4, %5 : tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>
}

// -----

// Integer comparisons are signed.
// CHECK-LABEL: func.func @compare_int
// CHECK: ^bb0(%[[L0:.+]]: i32, %[[R0:.+]]: i32, %{{.+}}: i1):
// CHECK-NEXT: %[[C0:.+]] = arith.cmpi eq, %[[L0]], %[[R0]] : i32
// CHECK-NEXT: linalg.yield %[[C0]] : i1
// CHECK: ^bb0(%[[L1:.+]]: i32, %[[R1:.+]]: i32, %{{.+}}: i1):
// CHECK-NEXT: arith.cmpi ne, %[[L1]], %[[R1]] : i32
// CHECK: ^bb0(%[[L2:.+]]: i32, %[[R2:.+]]: i32, %{{.+}}: i1):
// CHECK-NEXT: arith.cmpi slt, %[[L2]], %[[R2]] : i32
// CHECK: ^bb0(%[[L3:.+]]: i32, %[[R3:.+]]: i32, %{{.+}}: i1):
// CHECK-NEXT: arith.cmpi sle, %[[L3]], %[[R3]] : i32
// CHECK: ^bb0(%[[L4:.+]]: i32, %[[R4:.+]]: i32, %{{.+}}: i1):
// CHECK-NEXT: arith.cmpi sgt, %[[L4]], %[[R4]] : i32
// CHECK: ^bb0(%[[L5:.+]]: i32, %[[R5:.+]]: i32, %{{.+}}: i1):
// CHECK-NEXT: arith.cmpi sge, %[[L5]], %[[R5]] : i32
func.func @compare_int(%a: tensor<4xi32>, %b: tensor<4xi32>)
    -> (tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>) {
  %0 = dl.compare eq, %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  %1 = dl.compare ne, %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  %2 = dl.compare lt, %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  %3 = dl.compare le, %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  %4 = dl.compare gt, %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  %5 = dl.compare ge, %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  return %0, %1, %2, %3, %4, %5 : tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>
}

// -----

// dl.compare broadcasts like the arithmetic ops.
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$SCALAR:.+]] = affine_map<(d0, d1) -> ()>
// CHECK-LABEL: func.func @compare_broadcast
// CHECK-SAME: (%[[X:.+]]: tensor<4x8xf32>, %[[Z:.+]]: tensor<f32>)
// CHECK: linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$SCALAR]], #[[$ID]]]
// CHECK-SAME: ins(%[[X]], %[[Z]] : tensor<4x8xf32>, tensor<f32>)
// CHECK-SAME: outs(%{{.+}} : tensor<4x8xi1>)
// CHECK: arith.cmpf ogt
func.func @compare_broadcast(%x: tensor<4x8xf32>, %zero: tensor<f32>) -> tensor<4x8xi1> {
  %0 = dl.compare gt, %x, %zero : (tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xi1>
  return %0 : tensor<4x8xi1>
}

// -----

// dl.select is arith.select over the broadcast shape of all three operands.
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$COL:.+]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-DAG: #[[$SCALAR:.+]] = affine_map<(d0, d1) -> ()>
// CHECK-LABEL: func.func @select
// CHECK-SAME: (%[[C:.+]]: tensor<4x1xi1>, %[[T:.+]]: tensor<4x8xf32>, %[[F:.+]]: tensor<f32>)
// CHECK: %[[INIT:.+]] = tensor.empty() : tensor<4x8xf32>
// CHECK: %[[R:.+]] = linalg.generic
// CHECK-SAME: indexing_maps = [#[[$COL]], #[[$ID]], #[[$SCALAR]], #[[$ID]]]
// CHECK-SAME: ins(%[[C]], %[[T]], %[[F]] : tensor<4x1xi1>, tensor<4x8xf32>, tensor<f32>)
// CHECK-SAME: outs(%[[INIT]] : tensor<4x8xf32>)
// CHECK-NEXT: ^bb0(%[[CV:.+]]: i1, %[[TV:.+]]: f32, %[[FV:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[V:.+]] = arith.select %[[CV]], %[[TV]], %[[FV]] : f32
// CHECK-NEXT: linalg.yield %[[V]] : f32
// CHECK: return %[[R]]
func.func @select(%c: tensor<4x1xi1>, %t: tensor<4x8xf32>, %f: tensor<f32>) -> tensor<4x8xf32> {
  %0 = dl.select %c, %t, %f : (tensor<4x1xi1>, tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// Float-to-float casts widen with extf and narrow with truncf.
// CHECK-LABEL: func.func @cast_float_float
// CHECK: ^bb0(%[[A:.+]]: f32, %{{.+}}: f64):
// CHECK-NEXT: %[[E:.+]] = arith.extf %[[A]] : f32 to f64
// CHECK-NEXT: linalg.yield %[[E]] : f64
// CHECK: ^bb0(%[[B:.+]]: f64, %{{.+}}: f32):
// CHECK-NEXT: %[[T:.+]] = arith.truncf %[[B]] : f64 to f32
// CHECK-NEXT: linalg.yield %[[T]] : f32
func.func @cast_float_float(%x: tensor<4xf32>, %y: tensor<4xf64>) -> (tensor<4xf64>, tensor<4xf32>) {
  %0 = dl.cast %x : tensor<4xf32> to tensor<4xf64>
  %1 = dl.cast %y : tensor<4xf64> to tensor<4xf32>
  return %0, %1 : tensor<4xf64>, tensor<4xf32>
}

// -----

// Float to integer is fptosi (toward zero); integer to float is sitofp (signed).
// CHECK-LABEL: func.func @cast_float_int
// CHECK: ^bb0(%[[A:.+]]: f32, %{{.+}}: i32):
// CHECK-NEXT: %[[I:.+]] = arith.fptosi %[[A]] : f32 to i32
// CHECK-NEXT: linalg.yield %[[I]] : i32
// CHECK: ^bb0(%[[B:.+]]: i64, %{{.+}}: f32):
// CHECK-NEXT: %[[F:.+]] = arith.sitofp %[[B]] : i64 to f32
// CHECK-NEXT: linalg.yield %[[F]] : f32
func.func @cast_float_int(%x: tensor<4xf32>, %y: tensor<4xi64>) -> (tensor<4xi32>, tensor<4xf32>) {
  %0 = dl.cast %x : tensor<4xf32> to tensor<4xi32>
  %1 = dl.cast %y : tensor<4xi64> to tensor<4xf32>
  return %0, %1 : tensor<4xi32>, tensor<4xf32>
}

// -----

// Integers widen with extsi and narrow with trunci.
// CHECK-LABEL: func.func @cast_int_int
// CHECK: ^bb0(%[[A:.+]]: i32, %{{.+}}: i64):
// CHECK-NEXT: %[[E:.+]] = arith.extsi %[[A]] : i32 to i64
// CHECK-NEXT: linalg.yield %[[E]] : i64
// CHECK: ^bb0(%[[B:.+]]: i64, %{{.+}}: i32):
// CHECK-NEXT: %[[T:.+]] = arith.trunci %[[B]] : i64 to i32
// CHECK-NEXT: linalg.yield %[[T]] : i32
func.func @cast_int_int(%x: tensor<4xi32>, %y: tensor<4xi64>) -> (tensor<4xi64>, tensor<4xi32>) {
  %0 = dl.cast %x : tensor<4xi32> to tensor<4xi64>
  %1 = dl.cast %y : tensor<4xi64> to tensor<4xi32>
  return %0, %1 : tensor<4xi64>, tensor<4xi32>
}

// -----

// From i1, true becomes 1 (not -1): uitofp to floats and extui to integers.
// CHECK-LABEL: func.func @cast_from_i1
// CHECK: ^bb0(%[[A:.+]]: i1, %{{.+}}: f32):
// CHECK-NEXT: %[[F:.+]] = arith.uitofp %[[A]] : i1 to f32
// CHECK-NEXT: linalg.yield %[[F]] : f32
// CHECK: ^bb0(%[[B:.+]]: i1, %{{.+}}: i64):
// CHECK-NEXT: %[[I:.+]] = arith.extui %[[B]] : i1 to i64
// CHECK-NEXT: linalg.yield %[[I]] : i64
func.func @cast_from_i1(%m: tensor<4xi1>) -> (tensor<4xf32>, tensor<4xi64>) {
  %0 = dl.cast %m : tensor<4xi1> to tensor<4xf32>
  %1 = dl.cast %m : tensor<4xi1> to tensor<4xi64>
  return %0, %1 : tensor<4xf32>, tensor<4xi64>
}

// -----

// To i1, nonzero is true: cmpf une 0.0 (NaN is true) and cmpi ne 0.
// CHECK-LABEL: func.func @cast_to_i1
// CHECK: ^bb0(%[[A:.+]]: f32, %{{.+}}: i1):
// CHECK-NEXT: %[[FZERO:.+]] = arith.constant 0.000000e+00 : f32
// CHECK-NEXT: %[[F:.+]] = arith.cmpf une, %[[A]], %[[FZERO]] : f32
// CHECK-NEXT: linalg.yield %[[F]] : i1
// CHECK: ^bb0(%[[B:.+]]: i32, %{{.+}}: i1):
// CHECK-NEXT: %[[IZERO:.+]] = arith.constant 0 : i32
// CHECK-NEXT: %[[I:.+]] = arith.cmpi ne, %[[B]], %[[IZERO]] : i32
// CHECK-NEXT: linalg.yield %[[I]] : i1
func.func @cast_to_i1(%x: tensor<4xf32>, %y: tensor<4xi32>) -> (tensor<4xi1>, tensor<4xi1>) {
  %0 = dl.cast %x : tensor<4xf32> to tensor<4xi1>
  %1 = dl.cast %y : tensor<4xi32> to tensor<4xi1>
  return %0, %1 : tensor<4xi1>, tensor<4xi1>
}

// -----

// broadcast_to that only adds leading dims is linalg.broadcast naming the added dims.
// CHECK-LABEL: func.func @broadcast_to_leading
// CHECK-SAME: (%[[X:.+]]: tensor<8xf32>)
// CHECK: %[[INIT:.+]] = tensor.empty() : tensor<2x3x8xf32>
// CHECK: %[[B:.+]] = linalg.broadcast ins(%[[X]] : tensor<8xf32>)
// CHECK-SAME: outs(%[[INIT]] : tensor<2x3x8xf32>) dimensions = [0, 1]
// CHECK: return %[[B]]
func.func @broadcast_to_leading(%x: tensor<8xf32>) -> tensor<2x3x8xf32> {
  %0 = dl.broadcast_to %x : (tensor<8xf32>) -> tensor<2x3x8xf32>
  return %0 : tensor<2x3x8xf32>
}

// -----

// Leading size-1 dimensions that are kept do not prevent the named op.
// CHECK-LABEL: func.func @broadcast_to_leading_keeps_unit
// CHECK: linalg.broadcast ins(%{{.+}} : tensor<1x8xi64>)
// CHECK-SAME: outs(%{{.+}} : tensor<4x1x8xi64>) dimensions = [0]
func.func @broadcast_to_leading_keeps_unit(%x: tensor<1x8xi64>) -> tensor<4x1x8xi64> {
  %0 = dl.broadcast_to %x : (tensor<1x8xi64>) -> tensor<4x1x8xi64>
  return %0 : tensor<4x1x8xi64>
}

// -----

// broadcast_to that expands a size-1 dim is a copying generic reading index 0 there.
// CHECK-DAG: #[[$IN:.+]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @broadcast_to_size_one
// CHECK-SAME: (%[[X:.+]]: tensor<4x1xf32>)
// CHECK-NOT: linalg.broadcast
// CHECK: %[[INIT:.+]] = tensor.empty() : tensor<4x8xf32>
// CHECK: %[[R:.+]] = linalg.generic
// CHECK-SAME: indexing_maps = [#[[$IN]], #[[$ID]]]
// CHECK-SAME: ins(%[[X]] : tensor<4x1xf32>) outs(%[[INIT]] : tensor<4x8xf32>)
// CHECK-NEXT: ^bb0(%[[A:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: linalg.yield %[[A]] : f32
// CHECK: return %[[R]]
func.func @broadcast_to_size_one(%x: tensor<4x1xf32>) -> tensor<4x8xf32> {
  %0 = dl.broadcast_to %x : (tensor<4x1xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// Adding a leading dim and expanding a size-1 dim together also take the generic path.
// CHECK-DAG: #[[$IN:.+]] = affine_map<(d0, d1, d2) -> (0, d2)>
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @broadcast_to_mixed
// CHECK: linalg.generic
// CHECK-SAME: indexing_maps = [#[[$IN]], #[[$ID]]]
// CHECK-SAME: ins(%{{.+}} : tensor<1x8xf32>) outs(%{{.+}} : tensor<3x4x8xf32>)
func.func @broadcast_to_mixed(%x: tensor<1x8xf32>) -> tensor<3x4x8xf32> {
  %0 = dl.broadcast_to %x : (tensor<1x8xf32>) -> tensor<3x4x8xf32>
  return %0 : tensor<3x4x8xf32>
}
