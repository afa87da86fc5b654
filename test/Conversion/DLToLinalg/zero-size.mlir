// RUN: dl-opt %s --split-input-file --convert-dl-to-linalg | FileCheck %s
// Static shapes may contain 0 (dl's tensor types accept it and the
// verifiers only compare sizes), so every lowering must handle tensors with
// no elements. A zero-element result may be any tensor of the right type;
// a product with an empty contraction (K = 0) must be all zeros.
//
// The reshape and batched-matmul cases below crash dl-opt today (unbounded
// recursion in reshapeTensor, and an integer division by zero in the matmul
// lowering); they live in their own file so the crash does not hide the
// other lowering tests.

// Elementwise ops over an empty dimension are ordinary generics.
// CHECK-LABEL: func.func @add_empty
// CHECK: linalg.generic
// CHECK-SAME: ins(%{{.+}}, %{{.+}} : tensor<0x4xf32>, tensor<4xf32>)
// CHECK-SAME: outs(%{{.+}} : tensor<0x4xf32>)
// CHECK: arith.addf
func.func @add_empty(%x: tensor<0x4xf32>, %b: tensor<4xf32>) -> tensor<0x4xf32> {
  %0 = dl.add %x, %b : (tensor<0x4xf32>, tensor<4xf32>) -> tensor<0x4xf32>
  return %0 : tensor<0x4xf32>
}

// -----

// Summing over an empty axis leaves the zero fill.
// CHECK-LABEL: func.func @sum_over_empty_axis
// CHECK: %[[ZERO:.+]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[INIT:.+]] = linalg.fill ins(%[[ZERO]] : f32) outs(%{{.+}} : tensor<3xf32>)
// CHECK: linalg.reduce ins(%{{.+}} : tensor<0x3xf32>) outs(%[[INIT]] : tensor<3xf32>) dimensions = [0]
func.func @sum_over_empty_axis(%x: tensor<0x3xf32>) -> tensor<3xf32> {
  %0 = dl.sum %x axes = [0] : (tensor<0x3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// A rank-2 product with K = 0 is the zero accumulator.
// CHECK-LABEL: func.func @matmul_2d_empty_k
// CHECK: %[[ZERO:.+]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[ACC:.+]] = linalg.fill ins(%[[ZERO]] : f32) outs(%{{.+}} : tensor<3x4xf32>)
// CHECK: linalg.matmul ins(%{{.+}}, %{{.+}} : tensor<3x0xf32>, tensor<0x4xf32>) outs(%[[ACC]] : tensor<3x4xf32>)
func.func @matmul_2d_empty_k(%lhs: tensor<3x0xf32>, %rhs: tensor<0x4xf32>) -> tensor<3x4xf32> {
  %0 = dl.matmul %lhs, %rhs : (tensor<3x0xf32>, tensor<0x4xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// A batched product with K = 0 is also the zero accumulator.
// CHECK-LABEL: func.func @matmul_batched_empty_k
// CHECK: %[[ZERO:.+]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[ACC:.+]] = linalg.fill ins(%[[ZERO]] : f32) outs(%{{.+}} : tensor<2x3x4xf32>)
// CHECK: linalg.generic
// CHECK-SAME: outs(%[[ACC]] : tensor<2x3x4xf32>)
func.func @matmul_batched_empty_k(%lhs: tensor<2x3x0xf32>, %rhs: tensor<2x0x4xf32>) -> tensor<2x3x4xf32> {
  %0 = dl.matmul %lhs, %rhs : (tensor<2x3x0xf32>, tensor<2x0x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// Batched lhs x shared rhs with K = 0 is all zeros (today: SIGFPE, rows = numElements / K).
// CHECK-LABEL: func.func @matmul_shared_rhs_empty_k
// CHECK: %[[ZERO:.+]] = arith.constant 0.000000e+00 : f32
// CHECK: linalg.fill ins(%[[ZERO]] : f32)
// CHECK-NOT: dl.matmul
// CHECK: return %{{.+}} : tensor<2x3x4xf32>
func.func @matmul_shared_rhs_empty_k(%lhs: tensor<2x3x0xf32>, %rhs: tensor<0x4xf32>) -> tensor<2x3x4xf32> {
  %0 = dl.matmul %lhs, %rhs : (tensor<2x3x0xf32>, tensor<0x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// Batched lhs with an empty batch x shared rhs lowers (today: reshapeTensor recurses forever).
// CHECK-LABEL: func.func @matmul_shared_rhs_empty_batch
// CHECK-NOT: dl.matmul
// CHECK: return %{{.+}} : tensor<0x3x5xf32>
func.func @matmul_shared_rhs_empty_batch(%lhs: tensor<0x3x4xf32>, %rhs: tensor<4x5xf32>) -> tensor<0x3x5xf32> {
  %0 = dl.matmul %lhs, %rhs : (tensor<0x3x4xf32>, tensor<4x5xf32>) -> tensor<0x3x5xf32>
  return %0 : tensor<0x3x5xf32>
}

// -----

// Collapsing a zero-element tensor lowers (today: reshapeTensor recurses forever).
// CHECK-LABEL: func.func @reshape_collapse_empty
// CHECK-NOT: dl.reshape
// CHECK: return %{{.+}} : tensor<0xf32>
func.func @reshape_collapse_empty(%x: tensor<2x0xf32>) -> tensor<0xf32> {
  %0 = dl.reshape %x : (tensor<2x0xf32>) -> tensor<0xf32>
  return %0 : tensor<0xf32>
}

// -----

// Reshaping between zero-element shapes of equal rank lowers (today: reshapeTensor recurses).
// CHECK-LABEL: func.func @reshape_empty_same_rank
// CHECK-NOT: dl.reshape
// CHECK: return %{{.+}} : tensor<3x0xf32>
func.func @reshape_empty_same_rank(%x: tensor<0x3xf32>) -> tensor<3x0xf32> {
  %0 = dl.reshape %x : (tensor<0x3xf32>) -> tensor<3x0xf32>
  return %0 : tensor<3x0xf32>
}
