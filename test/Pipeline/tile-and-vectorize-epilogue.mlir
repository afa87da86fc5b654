// RUN: dl-opt %s --split-input-file --dl-tile-and-vectorize --canonicalize --cse | FileCheck %s
// An elementwise epilogue of a matmul (bias add, activation) is tiled into
// matmul register tiles, columns outer, with the matmul and its zero fill
// fused into each tile. After canonicalization (the CPU pipeline runs it
// next) the accumulator starts as a zero vector, runs through the K loop in
// registers, gets the epilogue applied there and is written once: no
// scratch tile, no fill loop, no second pass over the product.

// CHECK-LABEL: func.func @dense_relu
// CHECK-SAME: (%[[X:[^:]+]]: tensor<32x64xf32>, %[[W:[^:]+]]: tensor<64x48xf32>, %[[B:[^:]+]]: tensor<48xf32>)
// CHECK-DAG: %[[ZERO:.+]] = arith.constant dense<0.000000e+00> : vector<16x16xf32>
// CHECK-DAG: %[[C0:.+]] = arith.constant 0 : index
// CHECK-DAG: %[[C4:.+]] = arith.constant 4 : index
// CHECK-DAG: %[[C16:.+]] = arith.constant 16 : index
// CHECK-DAG: %[[C32:.+]] = arith.constant 32 : index
// CHECK-DAG: %[[C48:.+]] = arith.constant 48 : index
// CHECK-DAG: %[[C64:.+]] = arith.constant 64 : index
// CHECK: %[[RES:.+]] = scf.for %[[J:[^ ]+]] = %[[C0]] to %[[C48]] step %[[C16]]
// CHECK: scf.for %[[I:[^ ]+]] = %[[C0]] to %[[C32]] step %[[C16]] iter_args(%[[OUT:[^ ]+]] =
// CHECK: %[[ACC:.+]] = scf.for %{{[^ ]+}} = %[[C0]] to %[[C64]] step %[[C4]] iter_args(%[[VACC:[^ ]+]] = %[[ZERO]]) -> (vector<16x16xf32>)
// CHECK: %[[SUM:.+]] = vector.contract {{.*}} %[[VACC]] : vector<16x4xf32>, vector<4x16xf32> into vector<16x16xf32>
// CHECK-NEXT: scf.yield %[[SUM]] : vector<16x16xf32>
// CHECK: %[[BIAS_T:.+]] = tensor.extract_slice %[[B]][%[[J]]] [16] [1]
// CHECK: %[[OUT_T:.+]] = tensor.extract_slice %[[OUT]][%[[I]], %[[J]]] [16, 16] [1, 1]
// CHECK: %[[BIAS:.+]] = vector.transfer_read %[[BIAS_T]]
// CHECK: %[[BIAS_ROWS:.+]] = vector.broadcast %[[BIAS]] : vector<16xf32> to vector<16x16xf32>
// CHECK: %[[ADD:.+]] = arith.addf %[[ACC]], %[[BIAS_ROWS]] : vector<16x16xf32>
// CHECK: %[[RELU:.+]] = arith.maximumf %[[ADD]], %[[ZERO]] : vector<16x16xf32>
// CHECK: %[[TILE:.+]] = vector.transfer_write %[[RELU]], %[[OUT_T]]
// CHECK: tensor.insert_slice %[[TILE]] into %[[OUT]][%[[I]], %[[J]]] [16, 16] [1, 1]
// CHECK-NOT: vector.transfer_write
// CHECK-NOT: linalg.
// CHECK: return %[[RES]]
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
func.func @dense_relu(%x: tensor<32x64xf32>, %w: tensor<64x48xf32>, %b: tensor<48xf32>) -> tensor<32x48xf32> {
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<32x48xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%empty : tensor<32x48xf32>) -> tensor<32x48xf32>
  %mm = linalg.matmul ins(%x, %w : tensor<32x64xf32>, tensor<64x48xf32>) outs(%fill : tensor<32x48xf32>) -> tensor<32x48xf32>
  %init = tensor.empty() : tensor<32x48xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%mm, %b : tensor<32x48xf32>, tensor<48xf32>) outs(%init : tensor<32x48xf32>) {
  ^bb0(%p: f32, %bias: f32, %out: f32):
    %sum = arith.addf %p, %bias : f32
    %relu = arith.maximumf %sum, %zero : f32
    linalg.yield %relu : f32
  } -> tensor<32x48xf32>
  return %y : tensor<32x48xf32>
}

// -----

// A product that has another use is not fused: the epilogue would have to
// recompute it, and the other user needs it whole. The matmul is tiled on
// its own and the epilogue along its innermost loop.
// CHECK-LABEL: func.func @product_used_twice
// CHECK: vector.contract
// CHECK: vector.transfer_write {{.*}} : vector<16x16xf32>, tensor<16x16xf32>
// CHECK: scf.for
// CHECK: arith.maximumf {{.*}} : vector<1x48xf32>
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @product_used_twice(%x: tensor<32x64xf32>, %w: tensor<64x48xf32>) -> (tensor<32x48xf32>, tensor<32x48xf32>) {
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<32x48xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%empty : tensor<32x48xf32>) -> tensor<32x48xf32>
  %mm = linalg.matmul ins(%x, %w : tensor<32x64xf32>, tensor<64x48xf32>) outs(%fill : tensor<32x48xf32>) -> tensor<32x48xf32>
  %init = tensor.empty() : tensor<32x48xf32>
  %y = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%mm : tensor<32x48xf32>) outs(%init : tensor<32x48xf32>) {
  ^bb0(%p: f32, %out: f32):
    %relu = arith.maximumf %p, %zero : f32
    linalg.yield %relu : f32
  } -> tensor<32x48xf32>
  return %y, %mm : tensor<32x48xf32>, tensor<32x48xf32>
}
