// Finite-difference checks (f64) of the gradient rules of the elementwise
// unary ops. Each function returns the op's result as a tensor, so dlc adds a
// random seed.y cotangent and checks the vector-Jacobian product. Random
// inputs are uniform in [-1, 1): abs and relu are checked away from their
// kink at 0, which random values miss; log, sqrt and rsqrt get positive
// operands computed inside the function (x * x + 0.5, exp(x)).

// RUN: dlc run %s --entry unary_neg --check-grad --random-inputs 7 | FileCheck %s --check-prefix=NEG
// RUN: dlc run %s --entry unary_abs --check-grad --random-inputs 7 | FileCheck %s --check-prefix=ABS
// RUN: dlc run %s --entry unary_relu --check-grad --random-inputs 7 | FileCheck %s --check-prefix=RELU
// RUN: dlc run %s --entry unary_exp --check-grad --random-inputs 7 | FileCheck %s --check-prefix=EXP
// RUN: dlc run %s --entry unary_log --check-grad --random-inputs 7 | FileCheck %s --check-prefix=LOG
// RUN: dlc run %s --entry unary_sqrt --check-grad --random-inputs 7 | FileCheck %s --check-prefix=SQRT
// RUN: dlc run %s --entry unary_rsqrt --check-grad --random-inputs 7 | FileCheck %s --check-prefix=RSQRT
// RUN: dlc run %s --entry unary_tanh --check-grad --random-inputs 7 | FileCheck %s --check-prefix=TANH
// RUN: dlc run %s --entry unary_sigmoid --check-grad --random-inputs 7 | FileCheck %s --check-prefix=SIGMOID
// RUN: dlc run %s --entry unary_chain --check-grad --random-inputs 7 | FileCheck %s --check-prefix=CHAIN
//
// (Entries are prefixed with unary_: a model function named like a libm
// function, @exp or @tanh, crashes when run, because the lowered math calls
// bind to it.)

// NEG-NOT: MISMATCH
// NEG: grad.x: 12 elements, max |analytic - numeric| = {{.*}}: ok
// NEG-NOT: MISMATCH
func.func @unary_neg(%x: tensor<3x4xf64> {dl.param = "x"}) -> (tensor<3x4xf64> {dl.output = "y"}) {
  %y = dl.neg %x : tensor<3x4xf64>
  return %y : tensor<3x4xf64>
}

// ABS-NOT: MISMATCH
// ABS: grad.x: 12 elements, max |analytic - numeric| = {{.*}}: ok
// ABS-NOT: MISMATCH
func.func @unary_abs(%x: tensor<3x4xf64> {dl.param = "x"}) -> (tensor<3x4xf64> {dl.output = "y"}) {
  %y = dl.abs %x : tensor<3x4xf64>
  return %y : tensor<3x4xf64>
}

// RELU-NOT: MISMATCH
// RELU: grad.x: 12 elements, max |analytic - numeric| = {{.*}}: ok
// RELU-NOT: MISMATCH
func.func @unary_relu(%x: tensor<3x4xf64> {dl.param = "x"}) -> (tensor<3x4xf64> {dl.output = "y"}) {
  %y = dl.relu %x : tensor<3x4xf64>
  return %y : tensor<3x4xf64>
}

// EXP-NOT: MISMATCH
// EXP: grad.x: 12 elements, max |analytic - numeric| = {{.*}}: ok
// EXP-NOT: MISMATCH
func.func @unary_exp(%x: tensor<3x4xf64> {dl.param = "x"}) -> (tensor<3x4xf64> {dl.output = "y"}) {
  %y = dl.exp %x : tensor<3x4xf64>
  return %y : tensor<3x4xf64>
}

// log(x * x + 0.5): the operand is at least 0.5.
// LOG-NOT: MISMATCH
// LOG: grad.x: 12 elements, max |analytic - numeric| = {{.*}}: ok
// LOG-NOT: MISMATCH
func.func @unary_log(%x: tensor<3x4xf64> {dl.param = "x"}) -> (tensor<3x4xf64> {dl.output = "y"}) {
  %half = dl.constant dense<0.5> : tensor<f64>
  %sq = dl.mul %x, %x : (tensor<3x4xf64>, tensor<3x4xf64>) -> tensor<3x4xf64>
  %p = dl.add %sq, %half : (tensor<3x4xf64>, tensor<f64>) -> tensor<3x4xf64>
  %y = dl.log %p : tensor<3x4xf64>
  return %y : tensor<3x4xf64>
}

// sqrt(exp(x)): the operand is in (0.36, 2.72).
// SQRT-NOT: MISMATCH
// SQRT: grad.x: 12 elements, max |analytic - numeric| = {{.*}}: ok
// SQRT-NOT: MISMATCH
func.func @unary_sqrt(%x: tensor<3x4xf64> {dl.param = "x"}) -> (tensor<3x4xf64> {dl.output = "y"}) {
  %p = dl.exp %x : tensor<3x4xf64>
  %y = dl.sqrt %p : tensor<3x4xf64>
  return %y : tensor<3x4xf64>
}

// rsqrt(x * x + 0.5).
// RSQRT-NOT: MISMATCH
// RSQRT: grad.x: 12 elements, max |analytic - numeric| = {{.*}}: ok
// RSQRT-NOT: MISMATCH
func.func @unary_rsqrt(%x: tensor<3x4xf64> {dl.param = "x"}) -> (tensor<3x4xf64> {dl.output = "y"}) {
  %half = dl.constant dense<0.5> : tensor<f64>
  %sq = dl.mul %x, %x : (tensor<3x4xf64>, tensor<3x4xf64>) -> tensor<3x4xf64>
  %p = dl.add %sq, %half : (tensor<3x4xf64>, tensor<f64>) -> tensor<3x4xf64>
  %y = dl.rsqrt %p : tensor<3x4xf64>
  return %y : tensor<3x4xf64>
}

// tanh of 3x, so that the curvature is not negligible.
// TANH-NOT: MISMATCH
// TANH: grad.x: 12 elements, max |analytic - numeric| = {{.*}}: ok
// TANH-NOT: MISMATCH
func.func @unary_tanh(%x: tensor<3x4xf64> {dl.param = "x"}) -> (tensor<3x4xf64> {dl.output = "y"}) {
  %three = dl.constant dense<3.0> : tensor<f64>
  %s = dl.mul %x, %three : (tensor<3x4xf64>, tensor<f64>) -> tensor<3x4xf64>
  %y = dl.tanh %s : tensor<3x4xf64>
  return %y : tensor<3x4xf64>
}

// sigmoid of 3x.
// SIGMOID-NOT: MISMATCH
// SIGMOID: grad.x: 12 elements, max |analytic - numeric| = {{.*}}: ok
// SIGMOID-NOT: MISMATCH
func.func @unary_sigmoid(%x: tensor<3x4xf64> {dl.param = "x"}) -> (tensor<3x4xf64> {dl.output = "y"}) {
  %three = dl.constant dense<3.0> : tensor<f64>
  %s = dl.mul %x, %three : (tensor<3x4xf64>, tensor<f64>) -> tensor<3x4xf64>
  %y = dl.sigmoid %s : tensor<3x4xf64>
  return %y : tensor<3x4xf64>
}

// Every unary op in one chain reduced to a scalar, so the scalar path (seed
// 1, no seed inputs) sees them too:
//   sum(sigmoid(tanh(rsqrt(sqrt(log(exp(abs(neg(x))) + 1))) + relu(x))))
// CHAIN-NOT: MISMATCH
// CHAIN: grad.x: 12 elements, max |analytic - numeric| = {{.*}}: ok
// CHAIN-NOT: MISMATCH
func.func @unary_chain(%x: tensor<3x4xf64> {dl.param = "x"}) -> (tensor<f64> {dl.output = "loss"}) {
  %one = dl.constant dense<1.0> : tensor<f64>
  %0 = dl.neg %x : tensor<3x4xf64>
  %1 = dl.abs %0 : tensor<3x4xf64>
  %2 = dl.exp %1 : tensor<3x4xf64>
  %3 = dl.add %2, %one : (tensor<3x4xf64>, tensor<f64>) -> tensor<3x4xf64>
  %4 = dl.log %3 : tensor<3x4xf64>
  %5 = dl.sqrt %4 : tensor<3x4xf64>
  %6 = dl.rsqrt %5 : tensor<3x4xf64>
  %7 = dl.relu %x : tensor<3x4xf64>
  %8 = dl.add %6, %7 : (tensor<3x4xf64>, tensor<3x4xf64>) -> tensor<3x4xf64>
  %9 = dl.tanh %8 : tensor<3x4xf64>
  %10 = dl.sigmoid %9 : tensor<3x4xf64>
  %loss = dl.sum %10 axes = [0, 1] : (tensor<3x4xf64>) -> tensor<f64>
  return %loss : tensor<f64>
}
