// Finite-difference checks (f64) of the gradient rule of dl.select, with
// masks made by dl.compare. compare has no derivative (its result is i1):
// a parameter that feeds a compare gets a gradient only through the other
// ops it feeds. The results are tensors, so dlc adds random seed.<result>
// cotangents for the float results; i1 results get none. Random inputs are
// independent, so the compared values are distinct and each mask is constant
// near the random point.

// RUN: dlc run %s --entry select_as_max --check-grad --random-inputs 7 | FileCheck %s --check-prefix=ASMAX
// RUN: dlc run %s --entry select_broadcast --check-grad --random-inputs 7 | FileCheck %s --check-prefix=BCAST
// RUN: dlc run %s --entry select_mask_result --check-grad --random-inputs 7 | FileCheck %s --check-prefix=MASKRES
// RUN: dlc run %s --entry select_integer_mask --check-grad --random-inputs 7 | FileCheck %s --check-prefix=INTMASK
// RUN: dlc run %s --entry compare_only --check-grad --random-inputs 7 | FileCheck %s --check-prefix=CMPONLY

// select(a > b, a, b) = max(a, b) for a 2x3 and b 3 (broadcast): a gets the
// cotangent where it wins, b the sum over rows where it wins.
// ASMAX-NOT: MISMATCH
// ASMAX: grad.a: 6 elements, max |analytic - numeric| = {{.*}}: ok
// ASMAX-NEXT: grad.b: 3 elements, max |analytic - numeric| = {{.*}}: ok
// ASMAX-NOT: MISMATCH
func.func @select_as_max(%a: tensor<2x3xf64> {dl.param = "a"}, %b: tensor<3xf64> {dl.param = "b"})
    -> (tensor<2x3xf64> {dl.output = "y"}) {
  %m = dl.compare gt, %a, %b : (tensor<2x3xf64>, tensor<3xf64>) -> tensor<2x3xi1>
  %y = dl.select %m, %a, %b : (tensor<2x3xi1>, tensor<2x3xf64>, tensor<3xf64>) -> tensor<2x3xf64>
  return %y : tensor<2x3xf64>
}

// Every operand of select broadcast: a 2x1x4 mask from an input, a 3x1
// on_true and a rank-0 on_false give a 2x3x4 result; and a rank-1 mask
// selects between a 3x4 and a 3x1 operand.
// BCAST-NOT: MISMATCH
// BCAST: grad.t: 3 elements, max |analytic - numeric| = {{.*}}: ok
// BCAST-NEXT: grad.f: 1 elements, max |analytic - numeric| = {{.*}}: ok
// BCAST-NEXT: grad.p: 12 elements, max |analytic - numeric| = {{.*}}: ok
// BCAST-NEXT: grad.q: 3 elements, max |analytic - numeric| = {{.*}}: ok
// BCAST-NOT: MISMATCH
func.func @select_broadcast(%x: tensor<2x1x4xf64> {dl.input = "x"},
                            %t: tensor<3x1xf64> {dl.param = "t"},
                            %f: tensor<f64> {dl.param = "f"},
                            %z: tensor<4xf64> {dl.input = "z"},
                            %p: tensor<3x4xf64> {dl.param = "p"},
                            %q: tensor<3x1xf64> {dl.param = "q"})
    -> (tensor<2x3x4xf64> {dl.output = "y"}, tensor<3x4xf64> {dl.output = "w"}) {
  %zero = dl.constant dense<0.0> : tensor<f64>
  %m = dl.compare ge, %x, %zero : (tensor<2x1x4xf64>, tensor<f64>) -> tensor<2x1x4xi1>
  %y = dl.select %m, %t, %f : (tensor<2x1x4xi1>, tensor<3x1xf64>, tensor<f64>) -> tensor<2x3x4xf64>
  %n = dl.compare lt, %z, %zero : (tensor<4xf64>, tensor<f64>) -> tensor<4xi1>
  %w = dl.select %n, %p, %q : (tensor<4xi1>, tensor<3x4xf64>, tensor<3x1xf64>) -> tensor<3x4xf64>
  return %y, %w : tensor<2x3x4xf64>, tensor<3x4xf64>
}

// A leaky square: select(a > 0, a * a, -0.1 * a), returned together with its
// i1 mask, which gets no seed and no cotangent.
// MASKRES-NOT: MISMATCH
// MASKRES: grad.a: 12 elements, max |analytic - numeric| = {{.*}}: ok
// MASKRES-NOT: MISMATCH
func.func @select_mask_result(%a: tensor<3x4xf64> {dl.param = "a"})
    -> (tensor<3x4xi1> {dl.output = "positive"}, tensor<3x4xf64> {dl.output = "y"}) {
  %zero = dl.constant dense<0.0> : tensor<f64>
  %slope = dl.constant dense<-0.1> : tensor<f64>
  %m = dl.compare gt, %a, %zero : (tensor<3x4xf64>, tensor<f64>) -> tensor<3x4xi1>
  %sq = dl.mul %a, %a : (tensor<3x4xf64>, tensor<3x4xf64>) -> tensor<3x4xf64>
  %lin = dl.mul %a, %slope : (tensor<3x4xf64>, tensor<f64>) -> tensor<3x4xf64>
  %y = dl.select %m, %sq, %lin : (tensor<3x4xi1>, tensor<3x4xf64>, tensor<3x4xf64>) -> tensor<3x4xf64>
  return %m, %y : tensor<3x4xi1>, tensor<3x4xf64>
}

// A one-hot mask from integer labels (random in [0, 10)) compared with
// [0, 1, ..., 9]; the integer compare beside the differentiated path does not
// stop the pass. sum(select(onehot, exp(a), b)) per row, a scalar: mean of
// the rows.
// INTMASK-NOT: MISMATCH
// INTMASK: grad.a: 40 elements, max |analytic - numeric| = {{.*}}: ok
// INTMASK-NEXT: grad.b: 10 elements, max |analytic - numeric| = {{.*}}: ok
// INTMASK-NOT: MISMATCH
func.func @select_integer_mask(%labels: tensor<4x1xi64> {dl.input = "labels"},
                               %a: tensor<4x10xf64> {dl.param = "a"},
                               %b: tensor<10xf64> {dl.param = "b"})
    -> (tensor<f64> {dl.output = "loss"}) {
  %classes = dl.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]> : tensor<10xi64>
  %onehot = dl.compare eq, %labels, %classes : (tensor<4x1xi64>, tensor<10xi64>) -> tensor<4x10xi1>
  %e = dl.exp %a : tensor<4x10xf64>
  %s = dl.select %onehot, %e, %b : (tensor<4x10xi1>, tensor<4x10xf64>, tensor<10xf64>) -> tensor<4x10xf64>
  %loss = dl.mean %s axes = [0, 1] : (tensor<4x10xf64>) -> tensor<f64>
  return %loss : tensor<f64>
}

// A parameter that only feeds a compare has a zero gradient, exactly: the
// mask is constant near the random point, so the central difference is 0
// too. b reaches the result through the select.
// CMPONLY-NOT: MISMATCH
// CMPONLY: grad.threshold: 3 elements, max |analytic - numeric| = 0.000000e+00: ok
// CMPONLY-NEXT: grad.b: 6 elements, max |analytic - numeric| = {{.*}}: ok
// CMPONLY-NOT: MISMATCH
func.func @compare_only(%x: tensor<2x3xf64> {dl.input = "x"},
                        %threshold: tensor<3xf64> {dl.param = "threshold"},
                        %b: tensor<2x3xf64> {dl.param = "b"})
    -> (tensor<2x3xf64> {dl.output = "y"}) {
  %zero = dl.constant dense<0.0> : tensor<f64>
  %m = dl.compare lt, %x, %threshold : (tensor<2x3xf64>, tensor<3xf64>) -> tensor<2x3xi1>
  %y = dl.select %m, %b, %zero : (tensor<2x3xi1>, tensor<2x3xf64>, tensor<f64>) -> tensor<2x3xf64>
  return %y : tensor<2x3xf64>
}
