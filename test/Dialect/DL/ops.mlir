// RUN: dl-opt %s --split-input-file --verify-roundtrip | FileCheck %s
// RUN: dl-opt %s --split-input-file --mlir-print-op-generic | dl-opt --split-input-file | FileCheck %s
// Round trip of every dl op in its custom form and through the generic form.

// A constant prints its value and type once.
// CHECK-LABEL: func.func @constant
// CHECK: dl.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK: dl.constant dense<3> : tensor<2x2xi64>
// CHECK: dl.constant dense<true> : tensor<i1>
func.func @constant() -> (tensor<2xf32>, tensor<2x2xi64>, tensor<i1>) {
  %0 = dl.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %1 = dl.constant dense<3> : tensor<2x2xi64>
  %2 = dl.constant dense<true> : tensor<i1>
  return %0, %1, %2 : tensor<2xf32>, tensor<2x2xi64>, tensor<i1>
}

// -----

// Matmul in 2-D, batched, with batch broadcasting and with transpose flags.
// CHECK-LABEL: func.func @matmul
// CHECK: dl.matmul %{{.*}}, %{{.*}} : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
// CHECK: dl.matmul %{{.*}}, %{{.*}} transpose_lhs transpose_rhs : (tensor<8x4xf64>, tensor<16x8xf64>) -> tensor<4x16xf64>
// CHECK: dl.matmul %{{.*}}, %{{.*}} transpose_rhs : (tensor<2x4x8xf32>, tensor<16x8xf32>) -> tensor<2x4x16xf32>
// CHECK: dl.matmul %{{.*}}, %{{.*}} : (tensor<3x1x4x8xi32>, tensor<5x8x2xi32>) -> tensor<3x5x4x2xi32>
func.func @matmul(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %at: tensor<8x4xf64>,
                  %bt: tensor<16x8xf64>, %x: tensor<2x4x8xf32>, %w: tensor<16x8xf32>,
                  %i: tensor<3x1x4x8xi32>, %j: tensor<5x8x2xi32>) {
  %0 = dl.matmul %a, %b : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
  %1 = dl.matmul %at, %bt transpose_lhs transpose_rhs : (tensor<8x4xf64>, tensor<16x8xf64>) -> tensor<4x16xf64>
  %2 = dl.matmul %x, %w transpose_rhs : (tensor<2x4x8xf32>, tensor<16x8xf32>) -> tensor<2x4x16xf32>
  %3 = dl.matmul %i, %j : (tensor<3x1x4x8xi32>, tensor<5x8x2xi32>) -> tensor<3x5x4x2xi32>
  return
}

// -----

// Every broadcasting binary op, with equal, broadcast and rank-0 operands.
// CHECK-LABEL: func.func @binary
// CHECK: dl.add %{{.*}}, %{{.*}} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK: dl.sub %{{.*}}, %{{.*}} : (tensor<4x1xf32>, tensor<1x8xf32>) -> tensor<4x8xf32>
// CHECK: dl.mul %{{.*}}, %{{.*}} : (tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xf32>
// CHECK: dl.div %{{.*}}, %{{.*}} : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK: dl.max %{{.*}}, %{{.*}} : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
// CHECK: dl.min %{{.*}}, %{{.*}} : (tensor<3xi32>, tensor<i32>) -> tensor<3xi32>
// CHECK: dl.pow %{{.*}}, %{{.*}} : (tensor<4x8xf64>, tensor<f64>) -> tensor<4x8xf64>
func.func @binary(%a: tensor<4x8xf32>, %b: tensor<8xf32>, %c: tensor<4x1xf32>,
                  %d: tensor<1x8xf32>, %s: tensor<f32>, %i: tensor<3xi64>,
                  %j: tensor<3xi32>, %k: tensor<i32>, %x: tensor<4x8xf64>,
                  %y: tensor<f64>) {
  %0 = dl.add %a, %b : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  %1 = dl.sub %c, %d : (tensor<4x1xf32>, tensor<1x8xf32>) -> tensor<4x8xf32>
  %2 = dl.mul %a, %s : (tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xf32>
  %3 = dl.div %a, %a : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %4 = dl.max %i, %i : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
  %5 = dl.min %j, %k : (tensor<3xi32>, tensor<i32>) -> tensor<3xi32>
  %6 = dl.pow %x, %y : (tensor<4x8xf64>, tensor<f64>) -> tensor<4x8xf64>
  return
}

// -----

// Compare with each predicate yields an i1 mask; select consumes it.
// CHECK-LABEL: func.func @compare_select
// CHECK: dl.compare eq, %{{.*}}, %{{.*}} : (tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xi1>
// CHECK: dl.compare ne,
// CHECK: dl.compare lt,
// CHECK: dl.compare le,
// CHECK: dl.compare gt,
// CHECK: dl.compare ge, %{{.*}}, %{{.*}} : (tensor<3xi64>, tensor<1xi64>) -> tensor<3xi1>
// CHECK: dl.select %{{.*}}, %{{.*}}, %{{.*}} : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xf32>
// CHECK: dl.select %{{.*}}, %{{.*}}, %{{.*}} : (tensor<4x1xi1>, tensor<8xf32>, tensor<f32>) -> tensor<4x8xf32>
func.func @compare_select(%a: tensor<4x8xf32>, %s: tensor<f32>, %i: tensor<3xi64>,
                          %j: tensor<1xi64>, %m: tensor<4x1xi1>, %v: tensor<8xf32>) {
  %0 = dl.compare eq, %a, %s : (tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xi1>
  %1 = dl.compare ne, %a, %s : (tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xi1>
  %2 = dl.compare lt, %a, %s : (tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xi1>
  %3 = dl.compare le, %a, %s : (tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xi1>
  %4 = dl.compare gt, %a, %s : (tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xi1>
  %5 = dl.compare ge, %i, %j : (tensor<3xi64>, tensor<1xi64>) -> tensor<3xi1>
  %6 = dl.select %0, %a, %s : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xf32>
  %7 = dl.select %m, %v, %s : (tensor<4x1xi1>, tensor<8xf32>, tensor<f32>) -> tensor<4x8xf32>
  return
}

// -----

// Every unary op keeps its operand's type.
// CHECK-LABEL: func.func @unary
// CHECK: dl.neg %{{.*}} : tensor<4xf32>
// CHECK: dl.neg %{{.*}} : tensor<4xi64>
// CHECK: dl.abs %{{.*}} : tensor<4xi32>
// CHECK: dl.relu %{{.*}} : tensor<4xf32>
// CHECK: dl.exp %{{.*}} : tensor<4xf32>
// CHECK: dl.log %{{.*}} : tensor<4xf64>
// CHECK: dl.sqrt %{{.*}} : tensor<4xf32>
// CHECK: dl.rsqrt %{{.*}} : tensor<4xf32>
// CHECK: dl.tanh %{{.*}} : tensor<4xf32>
// CHECK: dl.sigmoid %{{.*}} : tensor<4xf32>
func.func @unary(%x: tensor<4xf32>, %i: tensor<4xi64>, %j: tensor<4xi32>, %d: tensor<4xf64>) {
  %0 = dl.neg %x : tensor<4xf32>
  %1 = dl.neg %i : tensor<4xi64>
  %2 = dl.abs %j : tensor<4xi32>
  %3 = dl.relu %x : tensor<4xf32>
  %4 = dl.exp %x : tensor<4xf32>
  %5 = dl.log %d : tensor<4xf64>
  %6 = dl.sqrt %x : tensor<4xf32>
  %7 = dl.rsqrt %x : tensor<4xf32>
  %8 = dl.tanh %x : tensor<4xf32>
  %9 = dl.sigmoid %x : tensor<4xf32>
  return
}

// -----

// Softmax and log-softmax along an axis.
// CHECK-LABEL: func.func @softmax
// CHECK: dl.softmax %{{.*}} axis = 1 : tensor<2x10xf32>
// CHECK: dl.log_softmax %{{.*}} axis = 0 : tensor<2x10xf64>
func.func @softmax(%x: tensor<2x10xf32>, %y: tensor<2x10xf64>) {
  %0 = dl.softmax %x axis = 1 : tensor<2x10xf32>
  %1 = dl.log_softmax %y axis = 0 : tensor<2x10xf64>
  return
}

// -----

// Reductions over axis lists, with and without keep_dims.
// CHECK-LABEL: func.func @reductions
// CHECK: dl.sum %{{.*}} axes = [1] keep_dims : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
// CHECK: dl.sum %{{.*}} axes = [0, 2] : (tensor<2x3x4xi64>) -> tensor<3xi64>
// CHECK: dl.mean %{{.*}} axes = [0, 1, 2] : (tensor<2x3x4xf32>) -> tensor<f32>
// CHECK: dl.reduce_max %{{.*}} axes = [2] keep_dims : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
func.func @reductions(%x: tensor<2x3x4xf32>, %i: tensor<2x3x4xi64>) {
  %0 = dl.sum %x axes = [1] keep_dims : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %1 = dl.sum %i axes = [0, 2] : (tensor<2x3x4xi64>) -> tensor<3xi64>
  %2 = dl.mean %x axes = [0, 1, 2] : (tensor<2x3x4xf32>) -> tensor<f32>
  %3 = dl.reduce_max %x axes = [2] keep_dims : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
  return
}

// -----

// Shape manipulation and casts.
// CHECK-LABEL: func.func @shapes
// CHECK: dl.reshape %{{.*}} : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
// CHECK: dl.transpose %{{.*}} permutation = [2, 0, 1] : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
// CHECK: dl.broadcast_to %{{.*}} : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
// CHECK: dl.cast %{{.*}} : tensor<2x3x4xf32> to tensor<2x3x4xi32>
// CHECK: dl.cast %{{.*}} : tensor<4xi1> to tensor<4xf64>
func.func @shapes(%x: tensor<2x3x4xf32>, %b: tensor<3x1xf32>, %m: tensor<4xi1>) {
  %0 = dl.reshape %x : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
  %1 = dl.transpose %x permutation = [2, 0, 1] : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
  %2 = dl.broadcast_to %b : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
  %3 = dl.cast %x : tensor<2x3x4xf32> to tensor<2x3x4xi32>
  %4 = dl.cast %m : tensor<4xi1> to tensor<4xf64>
  return
}
