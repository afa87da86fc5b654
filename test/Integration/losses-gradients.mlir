// RUN: dlc run %s --entry mse --check-grad --random-inputs 1 | FileCheck %s --check-prefix=MSE
// RUN: dlc run %s --entry cce_logits --check-grad --random-inputs 2 | FileCheck %s --check-prefix=CCE
// RUN: dlc run %s --entry cce_probs --check-grad --random-inputs 3 | FileCheck %s --check-prefix=CCEP
// RUN: dl-tensors make %t.labels.safetensors 'labels:i64[4]=0,2,1,2'
// RUN: dlc run %s --entry sparse_logits --inputs %t.labels.safetensors --check-grad --random-inputs 4 \
// RUN:   | FileCheck %s --check-prefix=SPARSE
// RUN: dlc run %s --entry sparse_probs --inputs %t.labels.safetensors --check-grad --random-inputs 5 \
// RUN:   | FileCheck %s --check-prefix=SPARSEP
// RUN: dlc run %s --entry bce_logits --check-grad --random-inputs 6 | FileCheck %s --check-prefix=BCE
// RUN: dlc run %s --entry bce_probs --check-grad --random-inputs 7 | FileCheck %s --check-prefix=BCEP
// RUN: dlc run %s --entry hinge --check-grad --random-inputs 8 | FileCheck %s --check-prefix=HINGE
// The loss ops' gradient rules against central differences in f64
// (docs/autodiff.md). Probability inputs come from softmax or sigmoid, as
// in a model, so they lie inside the clipping range.
// MSE: grad.p: 12 elements, {{.*}}: ok
// CCE: grad.z: 12 elements, {{.*}}: ok
// CCEP: grad.z: 12 elements, {{.*}}: ok
// SPARSE: grad.z: 12 elements, {{.*}}: ok
// SPARSEP: grad.z: 12 elements, {{.*}}: ok
// BCE: grad.z: 8 elements, {{.*}}: ok
// BCEP: grad.z: 8 elements, {{.*}}: ok
// HINGE: grad.p: 8 elements, {{.*}}: ok

func.func @mse(%p: tensor<4x3xf64> {dl.param = "p"}, %t: tensor<4x3xf64> {dl.input = "t"})
    -> (tensor<f64> {dl.output = "loss"}) {
  %0 = dl.mse_loss %p, %t : (tensor<4x3xf64>, tensor<4x3xf64>) -> tensor<f64>
  return %0 : tensor<f64>
}

func.func @cce_logits(%z: tensor<4x3xf64> {dl.param = "z"}, %t: tensor<4x3xf64> {dl.input = "t"})
    -> (tensor<f64> {dl.output = "loss"}) {
  %0 = dl.categorical_crossentropy %z, %t from_logits reduction = sum : (tensor<4x3xf64>, tensor<4x3xf64>) -> tensor<f64>
  return %0 : tensor<f64>
}

func.func @cce_probs(%z: tensor<4x3xf64> {dl.param = "z"}, %t: tensor<4x3xf64> {dl.input = "t"})
    -> (tensor<f64> {dl.output = "loss"}) {
  %p = dl.softmax %z axis = 1 : tensor<4x3xf64>
  %0 = dl.categorical_crossentropy %p, %t : (tensor<4x3xf64>, tensor<4x3xf64>) -> tensor<f64>
  return %0 : tensor<f64>
}

func.func @sparse_logits(%z: tensor<4x3xf64> {dl.param = "z"}, %labels: tensor<4xi64> {dl.input = "labels"})
    -> (tensor<f64> {dl.output = "loss"}) {
  %0 = dl.sparse_categorical_crossentropy %z, %labels from_logits : (tensor<4x3xf64>, tensor<4xi64>) -> tensor<f64>
  return %0 : tensor<f64>
}

func.func @sparse_probs(%z: tensor<4x3xf64> {dl.param = "z"}, %labels: tensor<4xi64> {dl.input = "labels"})
    -> (tensor<f64> {dl.output = "loss"}) {
  %p = dl.softmax %z axis = 1 : tensor<4x3xf64>
  %0 = dl.sparse_categorical_crossentropy %p, %labels reduction = sum : (tensor<4x3xf64>, tensor<4xi64>) -> tensor<f64>
  return %0 : tensor<f64>
}

func.func @bce_logits(%z: tensor<4x2xf64> {dl.param = "z"}, %t: tensor<4x2xf64> {dl.input = "t"})
    -> (tensor<f64> {dl.output = "loss"}) {
  %0 = dl.binary_crossentropy %z, %t from_logits : (tensor<4x2xf64>, tensor<4x2xf64>) -> tensor<f64>
  return %0 : tensor<f64>
}

func.func @bce_probs(%z: tensor<4x2xf64> {dl.param = "z"}, %t: tensor<4x2xf64> {dl.input = "t"})
    -> (tensor<f64> {dl.output = "loss"}) {
  %p = dl.sigmoid %z : tensor<4x2xf64>
  %0 = dl.binary_crossentropy %p, %t : (tensor<4x2xf64>, tensor<4x2xf64>) -> tensor<f64>
  return %0 : tensor<f64>
}

func.func @hinge(%p: tensor<4x2xf64> {dl.param = "p"}, %t: tensor<4x2xf64> {dl.input = "t"})
    -> (tensor<f64> {dl.output = "loss"}) {
  %0 = dl.hinge_loss %p, %t : (tensor<4x2xf64>, tensor<4x2xf64>) -> tensor<f64>
  return %0 : tensor<f64>
}
