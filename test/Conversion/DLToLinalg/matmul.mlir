// RUN: dl-opt %s --split-input-file --convert-dl-to-linalg | FileCheck %s
// dl.matmul becomes a named linalg.matmul whenever the product is one
// (rank 2, or a batched lhs times a shared rank-2 rhs) and a linalg.generic
// contraction with broadcasting batch maps otherwise.

// A rank-2 product is linalg.matmul (no maps) into a zero-filled accumulator.
// CHECK-LABEL: func.func @matmul_2d
// CHECK-SAME: (%[[LHS:.+]]: tensor<4x8xf32>, %[[RHS:.+]]: tensor<8x2xf32>)
// CHECK-DAG: %[[EMPTY:.+]] = tensor.empty() : tensor<4x2xf32>
// CHECK-DAG: %[[ZERO:.+]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[ACC:.+]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[EMPTY]] : tensor<4x2xf32>)
// CHECK: %[[R:.+]] = linalg.matmul ins(%[[LHS]], %[[RHS]] : tensor<4x8xf32>, tensor<8x2xf32>)
// CHECK-SAME: outs(%[[ACC]] : tensor<4x2xf32>)
// CHECK: return %[[R]]
// CHECK-NOT: dl.matmul
func.func @matmul_2d(%lhs: tensor<4x8xf32>, %rhs: tensor<8x2xf32>) -> tensor<4x2xf32> {
  %0 = dl.matmul %lhs, %rhs : (tensor<4x8xf32>, tensor<8x2xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// -----

// transpose_lhs reads lhs as [K, M]: the lhs map over (m, n, k) is (k, m).
// CHECK-DAG: #[[$LHS_T:.+]] = affine_map<(d0, d1, d2) -> (d2, d0)>
// CHECK-DAG: #[[$RHS:.+]] = affine_map<(d0, d1, d2) -> (d2, d1)>
// CHECK-DAG: #[[$OUT:.+]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @matmul_transpose_lhs
// CHECK-SAME: (%[[LHS:.+]]: tensor<8x4xf32>, %[[RHS:.+]]: tensor<8x2xf32>)
// CHECK: %[[ACC:.+]] = linalg.fill
// CHECK: linalg.matmul indexing_maps = [#[[$LHS_T]], #[[$RHS]], #[[$OUT]]]
// CHECK-SAME: ins(%[[LHS]], %[[RHS]] : tensor<8x4xf32>, tensor<8x2xf32>)
// CHECK-SAME: outs(%[[ACC]] : tensor<4x2xf32>)
func.func @matmul_transpose_lhs(%lhs: tensor<8x4xf32>, %rhs: tensor<8x2xf32>) -> tensor<4x2xf32> {
  %0 = dl.matmul %lhs, %rhs transpose_lhs : (tensor<8x4xf32>, tensor<8x2xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// -----

// transpose_rhs reads rhs as [N, K]: the rhs map over (m, n, k) is (n, k).
// CHECK-DAG: #[[$LHS:.+]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[$RHS_T:.+]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[$OUT:.+]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @matmul_transpose_rhs
// CHECK-SAME: (%[[LHS:.+]]: tensor<4x8xf32>, %[[RHS:.+]]: tensor<2x8xf32>)
// CHECK: linalg.matmul indexing_maps = [#[[$LHS]], #[[$RHS_T]], #[[$OUT]]]
// CHECK-SAME: ins(%[[LHS]], %[[RHS]] : tensor<4x8xf32>, tensor<2x8xf32>)
// CHECK-SAME: outs(%{{.+}} : tensor<4x2xf32>)
func.func @matmul_transpose_rhs(%lhs: tensor<4x8xf32>, %rhs: tensor<2x8xf32>) -> tensor<4x2xf32> {
  %0 = dl.matmul %lhs, %rhs transpose_rhs : (tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// -----

// Both flags together transpose both maps.
// CHECK-DAG: #[[$LHS_T:.+]] = affine_map<(d0, d1, d2) -> (d2, d0)>
// CHECK-DAG: #[[$RHS_T:.+]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[$OUT:.+]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @matmul_transpose_both
// CHECK: linalg.matmul indexing_maps = [#[[$LHS_T]], #[[$RHS_T]], #[[$OUT]]]
// CHECK-SAME: ins(%{{.+}}, %{{.+}} : tensor<8x4xf32>, tensor<2x8xf32>)
func.func @matmul_transpose_both(%lhs: tensor<8x4xf32>, %rhs: tensor<2x8xf32>) -> tensor<4x2xf32> {
  %0 = dl.matmul %lhs, %rhs transpose_lhs transpose_rhs : (tensor<8x4xf32>, tensor<2x8xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// -----

// An integer product accumulates into an integer zero.
// CHECK-LABEL: func.func @matmul_int
// CHECK-SAME: (%[[LHS:.+]]: tensor<4x8xi32>, %[[RHS:.+]]: tensor<8x2xi32>)
// CHECK: %[[ZERO:.+]] = arith.constant 0 : i32
// CHECK: %[[ACC:.+]] = linalg.fill ins(%[[ZERO]] : i32) outs(%{{.+}} : tensor<4x2xi32>)
// CHECK: linalg.matmul ins(%[[LHS]], %[[RHS]] : tensor<4x8xi32>, tensor<8x2xi32>)
// CHECK-SAME: outs(%[[ACC]] : tensor<4x2xi32>)
func.func @matmul_int(%lhs: tensor<4x8xi32>, %rhs: tensor<8x2xi32>) -> tensor<4x2xi32> {
  %0 = dl.matmul %lhs, %rhs : (tensor<4x8xi32>, tensor<8x2xi32>) -> tensor<4x2xi32>
  return %0 : tensor<4x2xi32>
}

// -----

// Rank-3 lhs x rank-2 rhs folds batch into rows: collapse, one linalg.matmul, expand.
// CHECK-LABEL: func.func @matmul_batched_lhs_shared_rhs
// CHECK-SAME: (%[[LHS:.+]]: tensor<3x4x8xf32>, %[[RHS:.+]]: tensor<8x2xf32>)
// CHECK-NOT: linalg.
// CHECK: %[[FLAT:.+]] = tensor.collapse_shape %[[LHS]] {{\[}}[0, 1], [2]]
// CHECK-SAME: tensor<3x4x8xf32> into tensor<12x8xf32>
// CHECK: %[[ACC:.+]] = linalg.fill ins(%{{.+}} : f32) outs(%{{.+}} : tensor<12x2xf32>)
// CHECK: %[[PROD:.+]] = linalg.matmul ins(%[[FLAT]], %[[RHS]] : tensor<12x8xf32>, tensor<8x2xf32>)
// CHECK-SAME: outs(%[[ACC]] : tensor<12x2xf32>)
// CHECK-NOT: linalg.
// CHECK: %[[R:.+]] = tensor.expand_shape %[[PROD]] {{\[}}[0, 1], [2]] output_shape [3, 4, 2]
// CHECK-SAME: tensor<12x2xf32> into tensor<3x4x2xf32>
// CHECK-NOT: linalg.
// CHECK: return %[[R]]
func.func @matmul_batched_lhs_shared_rhs(%lhs: tensor<3x4x8xf32>, %rhs: tensor<8x2xf32>) -> tensor<3x4x2xf32> {
  %0 = dl.matmul %lhs, %rhs : (tensor<3x4x8xf32>, tensor<8x2xf32>) -> tensor<3x4x2xf32>
  return %0 : tensor<3x4x2xf32>
}

// -----

// The shared-rhs fold keeps transpose_rhs as the matmul's rhs map.
// CHECK-DAG: #[[$LHS:.+]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[$RHS_T:.+]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[$OUT:.+]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @matmul_batched_lhs_transpose_rhs
// CHECK: %[[FLAT:.+]] = tensor.collapse_shape %{{.+}} {{\[}}[0, 1, 2], [3]] : tensor<2x3x4x8xf32> into tensor<24x8xf32>
// CHECK: %[[PROD:.+]] = linalg.matmul indexing_maps = [#[[$LHS]], #[[$RHS_T]], #[[$OUT]]]
// CHECK-SAME: ins(%[[FLAT]], %{{.+}} : tensor<24x8xf32>, tensor<5x8xf32>)
// CHECK: tensor.expand_shape %[[PROD]] {{\[}}[0, 1, 2], [3]] output_shape [2, 3, 4, 5]
func.func @matmul_batched_lhs_transpose_rhs(%lhs: tensor<2x3x4x8xf32>, %rhs: tensor<5x8xf32>) -> tensor<2x3x4x5xf32> {
  %0 = dl.matmul %lhs, %rhs transpose_rhs : (tensor<2x3x4x8xf32>, tensor<5x8xf32>) -> tensor<2x3x4x5xf32>
  return %0 : tensor<2x3x4x5xf32>
}

// -----

// Rank-3 x rank-3 is a generic contraction over (b, m, n, k) reducing only k.
// CHECK-DAG: #[[$LHS:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
// CHECK-DAG: #[[$RHS:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>
// CHECK-DAG: #[[$OUT:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @matmul_batched
// CHECK-SAME: (%[[LHS:.+]]: tensor<3x4x8xf32>, %[[RHS:.+]]: tensor<3x8x2xf32>)
// CHECK: %[[ACC:.+]] = linalg.fill ins(%{{.+}} : f32) outs(%{{.+}} : tensor<3x4x2xf32>)
// CHECK-NOT: linalg.matmul
// CHECK: %[[R:.+]] = linalg.generic
// CHECK-SAME: indexing_maps = [#[[$LHS]], #[[$RHS]], #[[$OUT]]]
// CHECK-SAME: iterator_types = ["parallel", "parallel", "parallel", "reduction"]
// CHECK-SAME: ins(%[[LHS]], %[[RHS]] : tensor<3x4x8xf32>, tensor<3x8x2xf32>)
// CHECK-SAME: outs(%[[ACC]] : tensor<3x4x2xf32>)
// CHECK-NEXT: ^bb0(%[[A:.+]]: f32, %[[B:.+]]: f32, %[[C:.+]]: f32):
// CHECK-NEXT: %[[P:.+]] = arith.mulf %[[A]], %[[B]] : f32
// CHECK-NEXT: %[[S:.+]] = arith.addf %[[C]], %[[P]] : f32
// CHECK-NEXT: linalg.yield %[[S]] : f32
// CHECK: return %[[R]]
func.func @matmul_batched(%lhs: tensor<3x4x8xf32>, %rhs: tensor<3x8x2xf32>) -> tensor<3x4x2xf32> {
  %0 = dl.matmul %lhs, %rhs : (tensor<3x4x8xf32>, tensor<3x8x2xf32>) -> tensor<3x4x2xf32>
  return %0 : tensor<3x4x2xf32>
}

// -----

// [3,1,4,8] x [5,8,2]: lhs reads batch index 0 of its size-1 dim, rhs drops the leading one.
// CHECK-DAG: #[[$LHS:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, 0, d2, d4)>
// CHECK-DAG: #[[$RHS:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4, d3)>
// CHECK-DAG: #[[$OUT:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @matmul_batch_broadcast
// CHECK-SAME: (%[[LHS:.+]]: tensor<3x1x4x8xf32>, %[[RHS:.+]]: tensor<5x8x2xf32>)
// CHECK: %[[ACC:.+]] = linalg.fill ins(%{{.+}} : f32) outs(%{{.+}} : tensor<3x5x4x2xf32>)
// CHECK: linalg.generic
// CHECK-SAME: indexing_maps = [#[[$LHS]], #[[$RHS]], #[[$OUT]]]
// CHECK-SAME: iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]
// CHECK-SAME: ins(%[[LHS]], %[[RHS]] : tensor<3x1x4x8xf32>, tensor<5x8x2xf32>)
// CHECK-SAME: outs(%[[ACC]] : tensor<3x5x4x2xf32>)
func.func @matmul_batch_broadcast(%lhs: tensor<3x1x4x8xf32>, %rhs: tensor<5x8x2xf32>) -> tensor<3x5x4x2xf32> {
  %0 = dl.matmul %lhs, %rhs : (tensor<3x1x4x8xf32>, tensor<5x8x2xf32>) -> tensor<3x5x4x2xf32>
  return %0 : tensor<3x5x4x2xf32>
}

// -----

// A rank-2 lhs times a batched rhs is shared across the batch: no batch result in its map.
// CHECK-DAG: #[[$LHS:.+]] = affine_map<(d0, d1, d2, d3) -> (d1, d3)>
// CHECK-DAG: #[[$RHS:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>
// CHECK-DAG: #[[$OUT:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @matmul_shared_lhs
// CHECK: linalg.generic
// CHECK-SAME: indexing_maps = [#[[$LHS]], #[[$RHS]], #[[$OUT]]]
// CHECK-SAME: iterator_types = ["parallel", "parallel", "parallel", "reduction"]
// CHECK-SAME: ins(%{{.+}}, %{{.+}} : tensor<4x8xf32>, tensor<3x8x2xf32>)
func.func @matmul_shared_lhs(%lhs: tensor<4x8xf32>, %rhs: tensor<3x8x2xf32>) -> tensor<3x4x2xf32> {
  %0 = dl.matmul %lhs, %rhs : (tensor<4x8xf32>, tensor<3x8x2xf32>) -> tensor<3x4x2xf32>
  return %0 : tensor<3x4x2xf32>
}

// -----

// A batched lhs with transpose_lhs cannot fold and is a generic with a (b, k, m) lhs map.
// CHECK-DAG: #[[$LHS_T:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d3, d1)>
// CHECK-DAG: #[[$RHS:.+]] = affine_map<(d0, d1, d2, d3) -> (d3, d2)>
// CHECK-DAG: #[[$OUT:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @matmul_batched_transpose_lhs
// CHECK-NOT: tensor.collapse_shape
// CHECK: linalg.generic
// CHECK-SAME: indexing_maps = [#[[$LHS_T]], #[[$RHS]], #[[$OUT]]]
// CHECK-SAME: ins(%{{.+}}, %{{.+}} : tensor<3x8x4xf32>, tensor<8x2xf32>)
func.func @matmul_batched_transpose_lhs(%lhs: tensor<3x8x4xf32>, %rhs: tensor<8x2xf32>) -> tensor<3x4x2xf32> {
  %0 = dl.matmul %lhs, %rhs transpose_lhs : (tensor<3x8x4xf32>, tensor<8x2xf32>) -> tensor<3x4x2xf32>
  return %0 : tensor<3x4x2xf32>
}

// -----

// A batched integer product with transpose_rhs uses muli/addi and reads rhs as (b, n, k).
// CHECK-DAG: #[[$LHS:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
// CHECK-DAG: #[[$RHS_T:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
// CHECK-DAG: #[[$OUT:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @matmul_batched_int_transpose_rhs
// CHECK: %[[ZERO:.+]] = arith.constant 0 : i64
// CHECK: %[[ACC:.+]] = linalg.fill ins(%[[ZERO]] : i64)
// CHECK: linalg.generic
// CHECK-SAME: indexing_maps = [#[[$LHS]], #[[$RHS_T]], #[[$OUT]]]
// CHECK-SAME: outs(%[[ACC]] : tensor<8x16x16xi64>)
// CHECK-NEXT: ^bb0(%[[A:.+]]: i64, %[[B:.+]]: i64, %[[C:.+]]: i64):
// CHECK-NEXT: %[[P:.+]] = arith.muli %[[A]], %[[B]] : i64
// CHECK-NEXT: %[[S:.+]] = arith.addi %[[C]], %[[P]] : i64
// CHECK-NEXT: linalg.yield %[[S]] : i64
func.func @matmul_batched_int_transpose_rhs(%q: tensor<8x16x32xi64>, %k: tensor<8x16x32xi64>) -> tensor<8x16x16xi64> {
  %0 = dl.matmul %q, %k transpose_rhs : (tensor<8x16x32xi64>, tensor<8x16x32xi64>) -> tensor<8x16x16xi64>
  return %0 : tensor<8x16x16xi64>
}
