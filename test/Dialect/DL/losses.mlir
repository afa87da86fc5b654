// RUN: dl-opt %s | dl-opt | FileCheck %s
// Every loss op round-trips with its flags and reduction.

// CHECK-LABEL: func.func @losses
func.func @losses(%p: tensor<8x3xf32>, %t: tensor<8x3xf32>, %labels: tensor<8xi64>,
                  %v: tensor<3xf64>, %w: tensor<3xf64>) -> (tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f64>) {
  // CHECK: dl.mse_loss %{{.+}}, %{{.+}} : (tensor<8x3xf32>, tensor<8x3xf32>) -> tensor<f32>
  %0 = dl.mse_loss %p, %t : (tensor<8x3xf32>, tensor<8x3xf32>) -> tensor<f32>
  // CHECK: dl.categorical_crossentropy %{{.+}}, %{{.+}} from_logits reduction = sum : (tensor<8x3xf32>, tensor<8x3xf32>) -> tensor<f32>
  %1 = dl.categorical_crossentropy %p, %t from_logits reduction = sum : (tensor<8x3xf32>, tensor<8x3xf32>) -> tensor<f32>
  // CHECK: dl.sparse_categorical_crossentropy %{{.+}}, %{{.+}} : (tensor<8x3xf32>, tensor<8xi64>) -> tensor<f32>
  %2 = dl.sparse_categorical_crossentropy %p, %labels : (tensor<8x3xf32>, tensor<8xi64>) -> tensor<f32>
  // CHECK: dl.binary_crossentropy %{{.+}}, %{{.+}} from_logits : (tensor<8x3xf32>, tensor<8x3xf32>) -> tensor<f32>
  %3 = dl.binary_crossentropy %p, %t from_logits reduction = mean : (tensor<8x3xf32>, tensor<8x3xf32>) -> tensor<f32>
  // CHECK: dl.hinge_loss %{{.+}}, %{{.+}} reduction = sum : (tensor<8x3xf32>, tensor<8x3xf32>) -> tensor<f32>
  %4 = dl.hinge_loss %p, %t reduction = sum : (tensor<8x3xf32>, tensor<8x3xf32>) -> tensor<f32>
  // A rank-1 prediction is one sample.
  // CHECK: dl.mse_loss %{{.+}}, %{{.+}} : (tensor<3xf64>, tensor<3xf64>) -> tensor<f64>
  %5 = dl.mse_loss %v, %w : (tensor<3xf64>, tensor<3xf64>) -> tensor<f64>
  return %0, %1, %2, %3, %4, %5 : tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f64>
}
