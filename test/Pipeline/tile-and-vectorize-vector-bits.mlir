// RUN: dl-opt %s --split-input-file --dl-tile-and-vectorize="vector-bits=512" | FileCheck %s --check-prefix=AVX512
// RUN: dl-opt %s --split-input-file --dl-tile-and-vectorize="vector-bits=256" | FileCheck %s --check-prefix=AVX2
// RUN: dl-opt %s --split-input-file --dl-tile-and-vectorize="vector-bits=128" | FileCheck %s --check-prefix=SSE
// Register tiles follow the width of the vector registers and the element
// type: with 512 bits (32 registers), 16 rows by one register of columns;
// with fewer (16 registers), 4 rows by two registers.

// AVX512-LABEL: func.func @matmul_f32
// AVX512: vector.contract {{.*}} : vector<16x4xf32>, vector<4x16xf32> into vector<16x16xf32>
// AVX2-LABEL: func.func @matmul_f32
// AVX2: vector.contract {{.*}} : vector<4x4xf32>, vector<4x16xf32> into vector<4x16xf32>
// SSE-LABEL: func.func @matmul_f32
// SSE: vector.contract {{.*}} : vector<4x4xf32>, vector<4x8xf32> into vector<4x8xf32>
func.func @matmul_f32(%a: tensor<64x64xf32>, %b: tensor<64x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %m = linalg.matmul ins(%a, %b : tensor<64x64xf32>, tensor<64x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %m : tensor<64x64xf32>
}

// -----

// AVX512-LABEL: func.func @matmul_f64
// AVX512: vector.contract {{.*}} : vector<16x4xf64>, vector<4x8xf64> into vector<16x8xf64>
// AVX2-LABEL: func.func @matmul_f64
// AVX2: vector.contract {{.*}} : vector<4x4xf64>, vector<4x8xf64> into vector<4x8xf64>
// SSE-LABEL: func.func @matmul_f64
// SSE: vector.contract {{.*}} : vector<4x4xf64>, vector<4x4xf64> into vector<4x4xf64>
func.func @matmul_f64(%a: tensor<64x64xf64>, %b: tensor<64x64xf64>, %c: tensor<64x64xf64>) -> tensor<64x64xf64> {
  %m = linalg.matmul ins(%a, %b : tensor<64x64xf64>, tensor<64x64xf64>) outs(%c : tensor<64x64xf64>) -> tensor<64x64xf64>
  return %m : tensor<64x64xf64>
}

// -----

// An epilogue's tiles are the register tiles of its matmul.
// AVX512-LABEL: func.func @dense_relu
// AVX512: arith.maximumf {{.*}} : vector<16x16xf32>
// AVX2-LABEL: func.func @dense_relu
// AVX2: arith.maximumf {{.*}} : vector<4x16xf32>
// SSE-LABEL: func.func @dense_relu
// SSE: arith.maximumf {{.*}} : vector<4x8xf32>
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @dense_relu(%x: tensor<32x64xf32>, %w: tensor<64x48xf32>) -> tensor<32x48xf32> {
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
  return %y : tensor<32x48xf32>
}
