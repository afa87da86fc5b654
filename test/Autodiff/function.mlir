// RUN: dl-opt %s --split-input-file --dl-autodiff --canonicalize --cse | FileCheck %s
// RUN: dl-opt %s --split-input-file --dl-autodiff="wrt=x grad-name=dloss" \
// RUN:   | FileCheck %s --check-prefix=WRT
// What dl-autodiff generates around the rules: the function stays, the
// gradient function returns its results and then grad.<name> per parameter,
// zeros for a parameter the loss ignores, and the sum of the cotangents of a
// value used more than once.

// CHECK-LABEL: func.func @loss(
// CHECK-SAME: -> (tensor<f32> {dl.output = "loss"})
// CHECK-LABEL: func.func @loss_grad
// CHECK-SAME: (%[[X:.+]]: tensor<3xf32> {dl.input = "x"}, %[[W:.+]]: tensor<3xf32> {dl.param = "w"}, %{{.+}}: tensor<2xf32> {dl.param = "unused"})
// CHECK-SAME: -> (tensor<f32> {dl.output = "loss"}, tensor<3xf32> {dl.output = "grad.w"}, tensor<2xf32> {dl.output = "grad.unused"})
// CHECK-DAG: %[[ZEROS:.+]] = dl.constant dense<0.000000e+00> : tensor<2xf32>
// CHECK-DAG: dl.mul %[[X]], %[[W]]
// CHECK-DAG: dl.mul %[[W]], %[[W]]
// w is used three times: in x*w and twice in w*w.
// CHECK-DAG: %[[TWOW:.+]] = dl.add %[[W]], %[[W]]
// CHECK-DAG: %[[SUM:.+]] = dl.add %[[TWOW]], %[[X]] : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK: return %{{.+}}, %[[SUM]], %[[ZEROS]]

// WRT-LABEL: func.func @dloss
// WRT-SAME: -> (tensor<f32> {dl.output = "loss"}, tensor<3xf32> {dl.output = "grad.x"})
func.func @loss(%x: tensor<3xf32> {dl.input = "x"}, %w: tensor<3xf32> {dl.param = "w"},
                %unused: tensor<2xf32> {dl.param = "unused"})
    -> (tensor<f32> {dl.output = "loss"}) {
  %xw = dl.mul %x, %w : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %ww = dl.mul %w, %w : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %s = dl.add %xw, %ww : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %l = dl.sum %s axes = [0] : (tensor<3xf32>) -> tensor<f32>
  return %l : tensor<f32>
}

// -----

// Integer computations beside the differentiated path need no rule.
// CHECK-LABEL: func.func @masked_grad
// CHECK-SAME: -> (tensor<f64> {dl.output = "loss"}, tensor<4xf64> {dl.output = "grad.w"})
// WRT-LABEL: func.func @dloss
// WRT-SAME: {dl.output = "grad.x"}
func.func @masked(%x: tensor<4xf64> {dl.input = "x"}, %w: tensor<4xf64> {dl.param = "w"},
                  %labels: tensor<4xi32> {dl.input = "labels"})
    -> (tensor<f64> {dl.output = "loss"}) {
  %two = dl.constant dense<2> : tensor<i32>
  %doubled = dl.mul %labels, %two : (tensor<4xi32>, tensor<i32>) -> tensor<4xi32>
  %f = dl.cast %doubled : tensor<4xi32> to tensor<4xf64>
  %p = dl.mul %x, %w : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
  %q = dl.mul %p, %f : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
  %l = dl.mean %q axes = [0] : (tensor<4xf64>) -> tensor<f64>
  return %l : tensor<f64>
}
