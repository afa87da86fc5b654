// Finite-difference checks (f64) of the gradient rules of softmax and
// log_softmax along each axis of a rank-2 tensor, and along the middle axis
// of a rank-3 one. The results are returned as tensors, so dlc adds random
// seed.<result> cotangents: a plain sum of a softmax is constant and would
// check nothing. The input is scaled by 3 so that the distributions are far
// from uniform.

// RUN: dlc run %s --entry softmax_axes --check-grad --random-inputs 7 | FileCheck %s --check-prefix=SOFTMAX
// RUN: dlc run %s --entry log_softmax_axes --check-grad --random-inputs 7 | FileCheck %s --check-prefix=LOGSOFTMAX
// RUN: dlc run %s --entry softmax_rank3 --check-grad --random-inputs 7 | FileCheck %s --check-prefix=RANK3

// SOFTMAX-NOT: MISMATCH
// SOFTMAX: grad.x0: 12 elements, max |analytic - numeric| = {{.*}}: ok
// SOFTMAX-NEXT: grad.x1: 12 elements, max |analytic - numeric| = {{.*}}: ok
// SOFTMAX-NOT: MISMATCH
func.func @softmax_axes(%x0: tensor<3x4xf64> {dl.param = "x0"},
                        %x1: tensor<3x4xf64> {dl.param = "x1"})
    -> (tensor<3x4xf64> {dl.output = "axis0"}, tensor<3x4xf64> {dl.output = "axis1"}) {
  %three = dl.constant dense<3.0> : tensor<f64>
  %s0 = dl.mul %x0, %three : (tensor<3x4xf64>, tensor<f64>) -> tensor<3x4xf64>
  %s1 = dl.mul %x1, %three : (tensor<3x4xf64>, tensor<f64>) -> tensor<3x4xf64>
  %y0 = dl.softmax %s0 axis = 0 : tensor<3x4xf64>
  %y1 = dl.softmax %s1 axis = 1 : tensor<3x4xf64>
  return %y0, %y1 : tensor<3x4xf64>, tensor<3x4xf64>
}

// LOGSOFTMAX-NOT: MISMATCH
// LOGSOFTMAX: grad.x0: 12 elements, max |analytic - numeric| = {{.*}}: ok
// LOGSOFTMAX-NEXT: grad.x1: 12 elements, max |analytic - numeric| = {{.*}}: ok
// LOGSOFTMAX-NOT: MISMATCH
func.func @log_softmax_axes(%x0: tensor<3x4xf64> {dl.param = "x0"},
                            %x1: tensor<3x4xf64> {dl.param = "x1"})
    -> (tensor<3x4xf64> {dl.output = "axis0"}, tensor<3x4xf64> {dl.output = "axis1"}) {
  %three = dl.constant dense<3.0> : tensor<f64>
  %s0 = dl.mul %x0, %three : (tensor<3x4xf64>, tensor<f64>) -> tensor<3x4xf64>
  %s1 = dl.mul %x1, %three : (tensor<3x4xf64>, tensor<f64>) -> tensor<3x4xf64>
  %y0 = dl.log_softmax %s0 axis = 0 : tensor<3x4xf64>
  %y1 = dl.log_softmax %s1 axis = 1 : tensor<3x4xf64>
  return %y0, %y1 : tensor<3x4xf64>, tensor<3x4xf64>
}

// RANK3-NOT: MISMATCH
// RANK3: grad.x: 24 elements, max |analytic - numeric| = {{.*}}: ok
// RANK3-NEXT: grad.z: 24 elements, max |analytic - numeric| = {{.*}}: ok
// RANK3-NOT: MISMATCH
func.func @softmax_rank3(%x: tensor<2x3x4xf64> {dl.param = "x"},
                         %z: tensor<2x3x4xf64> {dl.param = "z"})
    -> (tensor<2x3x4xf64> {dl.output = "softmax"}, tensor<2x3x4xf64> {dl.output = "log_softmax"}) {
  %y = dl.softmax %x axis = 1 : tensor<2x3x4xf64>
  %l = dl.log_softmax %z axis = 1 : tensor<2x3x4xf64>
  return %y, %l : tensor<2x3x4xf64>, tensor<2x3x4xf64>
}
