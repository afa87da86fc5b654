// Finite-difference checks (f64) of whole training losses, differentiated
// with respect to every parameter: the gradients a training step would use.
//
// An MLP classifier with a softmax cross-entropy loss written in primitive
// ops. The one-hot labels come from a file; --random-inputs fills the rest
// (x, the parameters). The hidden layer is a relu, whose kink random
// pre-activations miss.
// RUN: dl-tensors make %t.labels.safetensors \
// RUN:   'labels:f64[4,3]=1,0,0,0,0,1,0,1,0,0,0,1'
// RUN: dlc run %s --entry mlp_cross_entropy --inputs %t.labels.safetensors --check-grad --random-inputs 7 | FileCheck %s --check-prefix=MLP
//
// A two-layer tanh network with a mean squared error loss against random
// targets.
// RUN: dlc run %s --entry tanh_mse --check-grad --random-inputs 7 | FileCheck %s --check-prefix=MSE

// loss = mean_rows(-sum_classes(labels * log_softmax(relu(x W0 + b0) W1 + b1)))
// MLP-NOT: MISMATCH
// MLP: grad.dense0.kernel: 15 elements, max |analytic - numeric| = {{.*}}: ok
// MLP-NEXT: grad.dense0.bias: 5 elements, max |analytic - numeric| = {{.*}}: ok
// MLP-NEXT: grad.dense1.kernel: 15 elements, max |analytic - numeric| = {{.*}}: ok
// MLP-NEXT: grad.dense1.bias: 3 elements, max |analytic - numeric| = {{.*}}: ok
// MLP-NOT: MISMATCH
func.func @mlp_cross_entropy(%x: tensor<4x3xf64> {dl.input = "x"},
                             %labels: tensor<4x3xf64> {dl.input = "labels"},
                             %w0: tensor<3x5xf64> {dl.param = "dense0.kernel"},
                             %b0: tensor<5xf64> {dl.param = "dense0.bias"},
                             %w1: tensor<5x3xf64> {dl.param = "dense1.kernel"},
                             %b1: tensor<3xf64> {dl.param = "dense1.bias"})
    -> (tensor<f64> {dl.output = "loss"}) {
  %z0 = dl.matmul %x, %w0 : (tensor<4x3xf64>, tensor<3x5xf64>) -> tensor<4x5xf64>
  %a0 = dl.add %z0, %b0 : (tensor<4x5xf64>, tensor<5xf64>) -> tensor<4x5xf64>
  %h = dl.relu %a0 : tensor<4x5xf64>
  %z1 = dl.matmul %h, %w1 : (tensor<4x5xf64>, tensor<5x3xf64>) -> tensor<4x3xf64>
  %logits = dl.add %z1, %b1 : (tensor<4x3xf64>, tensor<3xf64>) -> tensor<4x3xf64>
  %logp = dl.log_softmax %logits axis = 1 : tensor<4x3xf64>
  %picked = dl.mul %labels, %logp : (tensor<4x3xf64>, tensor<4x3xf64>) -> tensor<4x3xf64>
  %ll = dl.sum %picked axes = [1] : (tensor<4x3xf64>) -> tensor<4xf64>
  %nll = dl.neg %ll : tensor<4xf64>
  %loss = dl.mean %nll axes = [0] : (tensor<4xf64>) -> tensor<f64>
  return %loss : tensor<f64>
}

// loss = mean((tanh(x W0 + b0) W1 + b1 - y)^2)
// MSE-NOT: MISMATCH
// MSE: grad.dense0.kernel: 15 elements, max |analytic - numeric| = {{.*}}: ok
// MSE-NEXT: grad.dense0.bias: 5 elements, max |analytic - numeric| = {{.*}}: ok
// MSE-NEXT: grad.dense1.kernel: 10 elements, max |analytic - numeric| = {{.*}}: ok
// MSE-NEXT: grad.dense1.bias: 2 elements, max |analytic - numeric| = {{.*}}: ok
// MSE-NOT: MISMATCH
func.func @tanh_mse(%x: tensor<4x3xf64> {dl.input = "x"},
                    %y: tensor<4x2xf64> {dl.input = "y"},
                    %w0: tensor<3x5xf64> {dl.param = "dense0.kernel"},
                    %b0: tensor<5xf64> {dl.param = "dense0.bias"},
                    %w1: tensor<5x2xf64> {dl.param = "dense1.kernel"},
                    %b1: tensor<2xf64> {dl.param = "dense1.bias"})
    -> (tensor<f64> {dl.output = "loss"}) {
  %z0 = dl.matmul %x, %w0 : (tensor<4x3xf64>, tensor<3x5xf64>) -> tensor<4x5xf64>
  %a0 = dl.add %z0, %b0 : (tensor<4x5xf64>, tensor<5xf64>) -> tensor<4x5xf64>
  %h = dl.tanh %a0 : tensor<4x5xf64>
  %z1 = dl.matmul %h, %w1 : (tensor<4x5xf64>, tensor<5x2xf64>) -> tensor<4x2xf64>
  %pred = dl.add %z1, %b1 : (tensor<4x2xf64>, tensor<2xf64>) -> tensor<4x2xf64>
  %d = dl.sub %pred, %y : (tensor<4x2xf64>, tensor<4x2xf64>) -> tensor<4x2xf64>
  %sq = dl.mul %d, %d : (tensor<4x2xf64>, tensor<4x2xf64>) -> tensor<4x2xf64>
  %loss = dl.mean %sq axes = [0, 1] : (tensor<4x2xf64>) -> tensor<f64>
  return %loss : tensor<f64>
}
