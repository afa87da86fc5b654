// --check-grad can fail: it reports MISMATCH, names the elements and exits 1.
// No gradient rule is known to be wrong, so the failures here are honest
// disagreements between a correct analytic gradient and the central
// difference, at points where the function is smooth.
//
// 1. An f32 model passes with the f32 step and tolerance (h = 1e-2,
//    |analytic - numeric| <= 1e-3 + 1e-2 |numeric|).
// RUN: dlc run %s --entry tanh_mse_f32 --check-grad --random-inputs 7 | FileCheck %s --check-prefix=F32
//
// 2. sum(exp(k w)) with k an input. Its central difference with the f64 step
//    h = 1e-6 overestimates the derivative k exp(k w) by the factor
//    sinh(k h) / (k h), that is by (k h)^2 / 6 relative. With k = 1 that is
//    1.7e-13 and the check passes; with k = 3e4 it is 1.5e-4, 15 times the
//    relative tolerance 1e-5, and every element fails, although the analytic
//    gradient is exact and the function is smooth everywhere. (w is small so
//    that k w stays in [-3, 3].)
// RUN: dl-tensors make %t.gentle.safetensors 'k:f64[]=1' 'w:f64[3]=1e-4,-1e-4,5e-5'
// RUN: dl-tensors make %t.steep.safetensors 'k:f64[]=3e4' 'w:f64[3]=1e-4,-1e-4,5e-5'
// RUN: dlc run %s --entry scaled_exp --inputs %t.gentle.safetensors --check-grad --random-inputs 7 | FileCheck %s --check-prefix=GENTLE
// RUN: not dlc run %s --entry scaled_exp --inputs %t.steep.safetensors --check-grad --random-inputs 7 2> %t.steep.err | FileCheck %s --check-prefix=STEEP
// RUN: FileCheck %s --check-prefix=STEEP-ERR < %t.steep.err
//
// 3. An f32 section inside an f64 function. The step and tolerance follow
//    the element type of the argument (f64 here), but the objective is only
//    as precise as its f32 section: rounding to f32 moves a value v by up to
//    6e-8 |v|, several percent of the derivative after dividing by 2h = 2e-6.
//    The check fails on random inputs of magnitude ~0.5, although the
//    gradient is right (gradients-shape-ops.mlir checks the same round trip
//    on inputs small enough for the f64 tolerance).
// RUN: not dlc run %s --entry f32_section --check-grad --random-inputs 7 2>/dev/null | FileCheck %s --check-prefix=SECTION

// F32-NOT: MISMATCH
// F32: grad.dense0.kernel: 15 elements, max |analytic - numeric| = {{.*}}: ok
// F32-NEXT: grad.dense0.bias: 5 elements, max |analytic - numeric| = {{.*}}: ok
// F32-NEXT: grad.dense1.kernel: 10 elements, max |analytic - numeric| = {{.*}}: ok
// F32-NEXT: grad.dense1.bias: 2 elements, max |analytic - numeric| = {{.*}}: ok
// F32-NOT: MISMATCH
func.func @tanh_mse_f32(%x: tensor<4x3xf32> {dl.input = "x"},
                        %y: tensor<4x2xf32> {dl.input = "y"},
                        %w0: tensor<3x5xf32> {dl.param = "dense0.kernel"},
                        %b0: tensor<5xf32> {dl.param = "dense0.bias"},
                        %w1: tensor<5x2xf32> {dl.param = "dense1.kernel"},
                        %b1: tensor<2xf32> {dl.param = "dense1.bias"})
    -> (tensor<f32> {dl.output = "loss"}) {
  %z0 = dl.matmul %x, %w0 : (tensor<4x3xf32>, tensor<3x5xf32>) -> tensor<4x5xf32>
  %a0 = dl.add %z0, %b0 : (tensor<4x5xf32>, tensor<5xf32>) -> tensor<4x5xf32>
  %h = dl.tanh %a0 : tensor<4x5xf32>
  %z1 = dl.matmul %h, %w1 : (tensor<4x5xf32>, tensor<5x2xf32>) -> tensor<4x2xf32>
  %pred = dl.add %z1, %b1 : (tensor<4x2xf32>, tensor<2xf32>) -> tensor<4x2xf32>
  %d = dl.sub %pred, %y : (tensor<4x2xf32>, tensor<4x2xf32>) -> tensor<4x2xf32>
  %sq = dl.mul %d, %d : (tensor<4x2xf32>, tensor<4x2xf32>) -> tensor<4x2xf32>
  %loss = dl.mean %sq axes = [0, 1] : (tensor<4x2xf32>) -> tensor<f32>
  return %loss : tensor<f32>
}

// GENTLE-NOT: MISMATCH
// GENTLE: grad.w: 3 elements, max |analytic - numeric| = {{.*}}: ok
// GENTLE-NOT: MISMATCH
//
// STEEP: grad.w: 3 elements, max |analytic - numeric| = {{.*}}: MISMATCH
// d/dw = 3e4 exp(3) = 602566.1, 3e4 exp(-3) = 1493.6, 3e4 exp(1.5) = 134450.7;
// the central differences are 1.5e-4 larger.
// STEEP-ERR: error: grad.w[0]: analytic 6.025661e+05 but central difference 6.0265{{[0-9][0-9]}}e+05
// STEEP-ERR: error: grad.w[1]: analytic 1.493612e+03 but central difference 1.4938{{[0-9][0-9]}}e+03
// STEEP-ERR: error: grad.w[2]: analytic 1.344507e+05 but central difference 1.3447{{[0-9][0-9]}}e+05
func.func @scaled_exp(%k: tensor<f64> {dl.input = "k"}, %w: tensor<3xf64> {dl.param = "w"})
    -> (tensor<f64> {dl.output = "total"}) {
  %kw = dl.mul %k, %w : (tensor<f64>, tensor<3xf64>) -> tensor<3xf64>
  %e = dl.exp %kw : tensor<3xf64>
  %total = dl.sum %e axes = [0] : (tensor<3xf64>) -> tensor<f64>
  return %total : tensor<f64>
}

// f64(tanh(f32(x))).
// SECTION: grad.x: 6 elements, max |analytic - numeric| = {{.*}}: MISMATCH
func.func @f32_section(%x: tensor<2x3xf64> {dl.param = "x"}) -> (tensor<2x3xf64> {dl.output = "y"}) {
  %0 = dl.cast %x : tensor<2x3xf64> to tensor<2x3xf32>
  %1 = dl.tanh %0 : tensor<2x3xf32>
  %y = dl.cast %1 : tensor<2x3xf32> to tensor<2x3xf64>
  return %y : tensor<2x3xf64>
}

// A NaN gradient is a mismatch, and the reported maximum says nan: the
// square root of random inputs in [-1, 1) is NaN for the negative ones.
// RUN: not dlc run %s --entry nan_roots --check-grad --random-inputs 1 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NAN
// NAN: grad.x: 4 elements, max |analytic - numeric| = nan: MISMATCH
func.func @nan_roots(%x: tensor<4xf64> {dl.param = "x"}) -> (tensor<f64> {dl.output = "loss"}) {
  %r = dl.sqrt %x : tensor<4xf64>
  %l = dl.sum %r axes = [0] : (tensor<4xf64>) -> tensor<f64>
  return %l : tensor<f64>
}
