// Finite-difference checks (f64) of how dl-autodiff walks the graph rather
// than of single rules: values used several times (cotangents accumulate),
// parameters that do not reach the result (their gradient is exactly zero),
// functions with several or non-scalar results (random seed.<result>
// cotangents), a result that is an argument, and --wrt selecting inputs as
// well as parameters.

// RUN: dlc run %s --entry fan_out --check-grad --random-inputs 7 | FileCheck %s --check-prefix=FANOUT
// RUN: dlc run %s --entry unused_parameters --check-grad --random-inputs 7 | FileCheck %s --check-prefix=UNUSED
// RUN: dlc run %s --entry several_results --check-grad --random-inputs 7 | FileCheck %s --check-prefix=RESULTS
// RUN: dlc run %s --entry several_results --check-grad --random-inputs 7 --wrt x,w | FileCheck %s --check-prefix=WRT

// a feeds three ops, and t = tanh(a) has three uses (two in one mul) on
// two paths that meet again:
//   loss = sum(t * t + exp(t) * a) + sum(a * b)
// FANOUT-NOT: MISMATCH
// FANOUT: grad.a: 6 elements, max |analytic - numeric| = {{.*}}: ok
// FANOUT-NEXT: grad.b: 6 elements, max |analytic - numeric| = {{.*}}: ok
// FANOUT-NOT: MISMATCH
func.func @fan_out(%a: tensor<2x3xf64> {dl.param = "a"}, %b: tensor<2x3xf64> {dl.param = "b"})
    -> (tensor<f64> {dl.output = "loss"}) {
  %t = dl.tanh %a : tensor<2x3xf64>
  %tt = dl.mul %t, %t : (tensor<2x3xf64>, tensor<2x3xf64>) -> tensor<2x3xf64>
  %e = dl.exp %t : tensor<2x3xf64>
  %ea = dl.mul %e, %a : (tensor<2x3xf64>, tensor<2x3xf64>) -> tensor<2x3xf64>
  %s = dl.add %tt, %ea : (tensor<2x3xf64>, tensor<2x3xf64>) -> tensor<2x3xf64>
  %ab = dl.mul %a, %b : (tensor<2x3xf64>, tensor<2x3xf64>) -> tensor<2x3xf64>
  %s1 = dl.sum %s axes = [0, 1] : (tensor<2x3xf64>) -> tensor<f64>
  %s2 = dl.sum %ab axes = [0, 1] : (tensor<2x3xf64>) -> tensor<f64>
  %loss = dl.add %s1, %s2 : (tensor<f64>, tensor<f64>) -> tensor<f64>
  return %loss : tensor<f64>
}

// unused is not used at all, dead feeds only ops whose results are dropped,
// and mask feeds only a compare: their gradients are zeros, exactly equal to
// the central differences, which are exactly 0 too.
// UNUSED-NOT: MISMATCH
// UNUSED: grad.w: 3 elements, max |analytic - numeric| = {{.*}}: ok
// UNUSED-NEXT: grad.unused: 5 elements, max |analytic - numeric| = 0.000000e+00: ok
// UNUSED-NEXT: grad.dead: 3 elements, max |analytic - numeric| = 0.000000e+00: ok
// UNUSED-NEXT: grad.mask: 3 elements, max |analytic - numeric| = 0.000000e+00: ok
// UNUSED-NOT: MISMATCH
func.func @unused_parameters(%x: tensor<4x3xf64> {dl.input = "x"},
                             %w: tensor<3xf64> {dl.param = "w"},
                             %unused: tensor<5xf64> {dl.param = "unused"},
                             %dead: tensor<3xf64> {dl.param = "dead"},
                             %mask: tensor<3xf64> {dl.param = "mask"})
    -> (tensor<f64> {dl.output = "loss"}) {
  %xw = dl.mul %x, %w : (tensor<4x3xf64>, tensor<3xf64>) -> tensor<4x3xf64>
  %d0 = dl.exp %dead : tensor<3xf64>
  %d1 = dl.mul %xw, %d0 : (tensor<4x3xf64>, tensor<3xf64>) -> tensor<4x3xf64>
  %m = dl.compare gt, %x, %mask : (tensor<4x3xf64>, tensor<3xf64>) -> tensor<4x3xi1>
  %zero = dl.constant dense<0.0> : tensor<f64>
  %sel = dl.select %m, %xw, %zero : (tensor<4x3xi1>, tensor<4x3xf64>, tensor<f64>) -> tensor<4x3xf64>
  %t = dl.tanh %sel : tensor<4x3xf64>
  %loss = dl.sum %t axes = [0, 1] : (tensor<4x3xf64>) -> tensor<f64>
  return %loss : tensor<f64>
}

// Three results: a matrix, a rank-0 tensor computed from it (so y's
// cotangent is its seed plus the norm's contribution), and an argument
// returned as it is (its seed goes straight into w's gradient). Every float
// result gets a seed.<result> input. (Returning one value twice would test
// the accumulation of two seeds, but such a function does not compile: dlc
// crashes in promoteBufferResultsToOutParams even without --grad.)
// RESULTS-NOT: MISMATCH
// RESULTS: grad.w: 6 elements, max |analytic - numeric| = {{.*}}: ok
// RESULTS-NEXT: grad.b: 2 elements, max |analytic - numeric| = {{.*}}: ok
// RESULTS-NOT: MISMATCH
// With --wrt, only the named arguments, in the order given; x is an input.
// WRT-NOT: MISMATCH
// WRT: grad.x: 12 elements, max |analytic - numeric| = {{.*}}: ok
// WRT-NEXT: grad.w: 6 elements, max |analytic - numeric| = {{.*}}: ok
// WRT-NOT: grad.b
// WRT-NOT: MISMATCH
func.func @several_results(%x: tensor<4x3xf64> {dl.input = "x"},
                           %w: tensor<3x2xf64> {dl.param = "w"},
                           %b: tensor<2xf64> {dl.param = "b"})
    -> (tensor<4x2xf64> {dl.output = "y"}, tensor<f64> {dl.output = "norm"},
        tensor<3x2xf64> {dl.output = "w_out"}) {
  %xw = dl.matmul %x, %w : (tensor<4x3xf64>, tensor<3x2xf64>) -> tensor<4x2xf64>
  %z = dl.add %xw, %b : (tensor<4x2xf64>, tensor<2xf64>) -> tensor<4x2xf64>
  %y = dl.sigmoid %z : tensor<4x2xf64>
  %sq = dl.mul %y, %y : (tensor<4x2xf64>, tensor<4x2xf64>) -> tensor<4x2xf64>
  %norm = dl.sum %sq axes = [0, 1] : (tensor<4x2xf64>) -> tensor<f64>
  return %y, %norm, %w : tensor<4x2xf64>, tensor<f64>, tensor<3x2xf64>
}
