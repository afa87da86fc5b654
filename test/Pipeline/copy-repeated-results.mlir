// RUN: dl-opt %s --split-input-file --dl-copy-repeated-results | FileCheck %s
// A value returned twice gets a copy for its second result, so each result
// bufferizes into its own out-parameter.

// CHECK-LABEL: func.func @twice
// CHECK-SAME: (%[[X:[^:]+]]: tensor<3xf32>,
// CHECK: %[[COPY:.+]] = bufferization.alloc_tensor() copy(%[[X]]) : tensor<3xf32>
// CHECK: return %[[X]], %[[COPY]], %{{.+}} : tensor<3xf32>, tensor<3xf32>, tensor<f32>
func.func @twice(%x: tensor<3xf32>, %s: tensor<f32>) -> (tensor<3xf32>, tensor<3xf32>, tensor<f32>) {
  return %x, %x, %s : tensor<3xf32>, tensor<3xf32>, tensor<f32>
}
