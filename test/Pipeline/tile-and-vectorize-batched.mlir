// RUN: dl-opt %s --split-input-file --dl-tile-and-vectorize | FileCheck %s
// A batched matmul (the linalg.generic contraction convert-dl-to-linalg
// emits for dl.matmul of rank 3) is tiled one batch element at a time and
// then like a matmul: register tiles with the accumulator in a vector
// carried through the K loop.

// CHECK-LABEL: func.func @batched
// CHECK-DAG: %[[C1:.+]] = arith.constant 1 : index
// CHECK-DAG: %[[C2:.+]] = arith.constant 2 : index
// CHECK-DAG: %[[C4:.+]] = arith.constant 4 : index
// CHECK-DAG: %[[C16:.+]] = arith.constant 16 : index
// CHECK-DAG: %[[C32:.+]] = arith.constant 32 : index
// CHECK-DAG: %[[C48:.+]] = arith.constant 48 : index
// CHECK: scf.for %{{[^ ]+}} = %{{.+}} to %[[C2]] step %[[C1]]
// CHECK: scf.for %{{[^ ]+}} = %{{.+}} to %[[C32]] step %[[C16]]
// CHECK: scf.for %{{[^ ]+}} = %{{.+}} to %[[C48]] step %[[C16]]
// CHECK: scf.for %{{[^ ]+}} = %{{.+}} to %{{.+}} step %[[C4]] iter_args({{.*}}) -> ({{.*}}vector<1x16x16xf32>)
// CHECK: vector.contract {{.*}} : vector<1x16x4xf32>, vector<1x4x16xf32> into vector<1x16x16xf32>
// CHECK-NOT: linalg.generic
#lhs = affine_map<(b, m, n, k) -> (b, m, k)>
#rhs = affine_map<(b, m, n, k) -> (b, k, n)>
#out = affine_map<(b, m, n, k) -> (b, m, n)>
func.func @batched(%a: tensor<2x32x8xf32>, %b: tensor<2x8x48xf32>, %c: tensor<2x32x48xf32>) -> tensor<2x32x48xf32> {
  %0 = linalg.generic {indexing_maps = [#lhs, #rhs, #out], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%a, %b : tensor<2x32x8xf32>, tensor<2x8x48xf32>) outs(%c : tensor<2x32x48xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<2x32x48xf32>
  return %0 : tensor<2x32x48xf32>
}

// -----

// A transposed rhs (attention's q k^T) keeps its map in the contraction.
// CHECK-LABEL: func.func @batched_transposed_rhs
// CHECK: vector.contract {{.*}} : vector<1x16x4xf32>, vector<1x16x4xf32> into vector<1x16x16xf32>
#lhs = affine_map<(b, m, n, k) -> (b, m, k)>
#rhs = affine_map<(b, m, n, k) -> (b, n, k)>
#out = affine_map<(b, m, n, k) -> (b, m, n)>
func.func @batched_transposed_rhs(%q: tensor<2x32x8xf32>, %k: tensor<2x48x8xf32>, %c: tensor<2x32x48xf32>) -> tensor<2x32x48xf32> {
  %0 = linalg.generic {indexing_maps = [#lhs, #rhs, #out], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%q, %k : tensor<2x32x8xf32>, tensor<2x48x8xf32>) outs(%c : tensor<2x32x48xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<2x32x48xf32>
  return %0 : tensor<2x32x48xf32>
}

// -----

// A batch dimension broadcast from extent 1 (a constant index in the lhs
// map) is not a plain batched matmul: it keeps the generic schedule, one
// output element per innermost tile.
// CHECK-LABEL: func.func @broadcast_batch
// CHECK: vector.contract {{.*}} into vector<1x1x1xf32>
#lhs = affine_map<(b, m, n, k) -> (0, m, k)>
#rhs = affine_map<(b, m, n, k) -> (b, k, n)>
#out = affine_map<(b, m, n, k) -> (b, m, n)>
func.func @broadcast_batch(%a: tensor<1x32x8xf32>, %b: tensor<2x8x48xf32>, %c: tensor<2x32x48xf32>) -> tensor<2x32x48xf32> {
  %0 = linalg.generic {indexing_maps = [#lhs, #rhs, #out], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%a, %b : tensor<1x32x8xf32>, tensor<2x8x48xf32>) outs(%c : tensor<2x32x48xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<2x32x48xf32>
  return %0 : tensor<2x32x48xf32>
}
