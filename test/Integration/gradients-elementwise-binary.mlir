// Finite-difference checks (f64) of the gradient rules of the elementwise
// binary ops, with numpy broadcasting in both directions. Each function
// returns one tensor per broadcasting pattern, so dlc adds random seed.<r>
// cotangents and checks the vector-Jacobian product for every parameter:
//   r0: a0 [2, 3] op b0 [2, 3] -> [2, 3]: same shapes
//   r1: a1 [2, 3, 4] op b1 [3, 1] -> [2, 3, 4]: rhs gains a dimension and is stretched
//   r2: a2 [3, 1] op b2 [2, 3, 4] -> [2, 3, 4]: the same for the lhs
//   r3: a3 [2, 1, 4] op b3 [3, 1] -> [2, 3, 4]: each operand stretched along its own 1
//   r4: a4 [] op b4 [2, 3] -> [2, 3]: rank-0 lhs
//   r5: a5 [2, 3] op b5 [] -> [2, 3]: rank-0 rhs
// div divides by exp(b) and pow raises exp(a), so that denominators and bases
// are positive; max and min compare independent random values, which are
// distinct. pow_negative_base raises negative and positive bases to
// constant integer exponents, where C pow is defined and smooth.
// Entries are prefixed with binary_: a model function named like a libm
// function (@pow, @exp) crashes when run, because the lowered math calls
// bind to it.

// RUN: dlc run %s --entry binary_add --check-grad --random-inputs 7 | FileCheck %s --check-prefix=ADD
// RUN: dlc run %s --entry binary_sub --check-grad --random-inputs 7 | FileCheck %s --check-prefix=SUB
// RUN: dlc run %s --entry binary_mul --check-grad --random-inputs 7 | FileCheck %s --check-prefix=MUL
// RUN: dlc run %s --entry binary_div --check-grad --random-inputs 7 | FileCheck %s --check-prefix=DIV
// RUN: dlc run %s --entry binary_max --check-grad --random-inputs 7 | FileCheck %s --check-prefix=MAX
// RUN: dlc run %s --entry binary_min --check-grad --random-inputs 7 | FileCheck %s --check-prefix=MIN
// RUN: dlc run %s --entry binary_pow --check-grad --random-inputs 7 | FileCheck %s --check-prefix=POW
// RUN: dlc run %s --entry binary_pow_negative_base --check-grad --random-inputs 7 | FileCheck %s --check-prefix=POWNEG

// ADD-NOT: MISMATCH
// ADD: grad.a0: 6 elements, max |analytic - numeric| = {{.*}}: ok
// ADD-NEXT: grad.b0: 6 elements, max |analytic - numeric| = {{.*}}: ok
// ADD-NEXT: grad.a1: 24 elements, max |analytic - numeric| = {{.*}}: ok
// ADD-NEXT: grad.b1: 3 elements, max |analytic - numeric| = {{.*}}: ok
// ADD-NEXT: grad.a2: 3 elements, max |analytic - numeric| = {{.*}}: ok
// ADD-NEXT: grad.b2: 24 elements, max |analytic - numeric| = {{.*}}: ok
// ADD-NEXT: grad.a3: 8 elements, max |analytic - numeric| = {{.*}}: ok
// ADD-NEXT: grad.b3: 3 elements, max |analytic - numeric| = {{.*}}: ok
// ADD-NEXT: grad.a4: 1 elements, max |analytic - numeric| = {{.*}}: ok
// ADD-NEXT: grad.b4: 6 elements, max |analytic - numeric| = {{.*}}: ok
// ADD-NEXT: grad.a5: 6 elements, max |analytic - numeric| = {{.*}}: ok
// ADD-NEXT: grad.b5: 1 elements, max |analytic - numeric| = {{.*}}: ok
// ADD-NOT: MISMATCH
func.func @binary_add(%a0: tensor<2x3xf64> {dl.param = "a0"},
                      %b0: tensor<2x3xf64> {dl.param = "b0"},
                      %a1: tensor<2x3x4xf64> {dl.param = "a1"},
                      %b1: tensor<3x1xf64> {dl.param = "b1"},
                      %a2: tensor<3x1xf64> {dl.param = "a2"},
                      %b2: tensor<2x3x4xf64> {dl.param = "b2"},
                      %a3: tensor<2x1x4xf64> {dl.param = "a3"},
                      %b3: tensor<3x1xf64> {dl.param = "b3"},
                      %a4: tensor<f64> {dl.param = "a4"},
                      %b4: tensor<2x3xf64> {dl.param = "b4"},
                      %a5: tensor<2x3xf64> {dl.param = "a5"},
                      %b5: tensor<f64> {dl.param = "b5"})
    -> (tensor<2x3xf64> {dl.output = "r0"},
        tensor<2x3x4xf64> {dl.output = "r1"},
        tensor<2x3x4xf64> {dl.output = "r2"},
        tensor<2x3x4xf64> {dl.output = "r3"},
        tensor<2x3xf64> {dl.output = "r4"},
        tensor<2x3xf64> {dl.output = "r5"}) {
  %r0 = dl.add %a0, %b0 : (tensor<2x3xf64>, tensor<2x3xf64>) -> tensor<2x3xf64>
  %r1 = dl.add %a1, %b1 : (tensor<2x3x4xf64>, tensor<3x1xf64>) -> tensor<2x3x4xf64>
  %r2 = dl.add %a2, %b2 : (tensor<3x1xf64>, tensor<2x3x4xf64>) -> tensor<2x3x4xf64>
  %r3 = dl.add %a3, %b3 : (tensor<2x1x4xf64>, tensor<3x1xf64>) -> tensor<2x3x4xf64>
  %r4 = dl.add %a4, %b4 : (tensor<f64>, tensor<2x3xf64>) -> tensor<2x3xf64>
  %r5 = dl.add %a5, %b5 : (tensor<2x3xf64>, tensor<f64>) -> tensor<2x3xf64>
  return %r0, %r1, %r2, %r3, %r4, %r5 :
      tensor<2x3xf64>, tensor<2x3x4xf64>, tensor<2x3x4xf64>, tensor<2x3x4xf64>, tensor<2x3xf64>, tensor<2x3xf64>
}

// SUB-NOT: MISMATCH
// SUB: grad.a0: 6 elements, max |analytic - numeric| = {{.*}}: ok
// SUB-NEXT: grad.b0: 6 elements, max |analytic - numeric| = {{.*}}: ok
// SUB-NEXT: grad.a1: 24 elements, max |analytic - numeric| = {{.*}}: ok
// SUB-NEXT: grad.b1: 3 elements, max |analytic - numeric| = {{.*}}: ok
// SUB-NEXT: grad.a2: 3 elements, max |analytic - numeric| = {{.*}}: ok
// SUB-NEXT: grad.b2: 24 elements, max |analytic - numeric| = {{.*}}: ok
// SUB-NEXT: grad.a3: 8 elements, max |analytic - numeric| = {{.*}}: ok
// SUB-NEXT: grad.b3: 3 elements, max |analytic - numeric| = {{.*}}: ok
// SUB-NEXT: grad.a4: 1 elements, max |analytic - numeric| = {{.*}}: ok
// SUB-NEXT: grad.b4: 6 elements, max |analytic - numeric| = {{.*}}: ok
// SUB-NEXT: grad.a5: 6 elements, max |analytic - numeric| = {{.*}}: ok
// SUB-NEXT: grad.b5: 1 elements, max |analytic - numeric| = {{.*}}: ok
// SUB-NOT: MISMATCH
func.func @binary_sub(%a0: tensor<2x3xf64> {dl.param = "a0"},
                      %b0: tensor<2x3xf64> {dl.param = "b0"},
                      %a1: tensor<2x3x4xf64> {dl.param = "a1"},
                      %b1: tensor<3x1xf64> {dl.param = "b1"},
                      %a2: tensor<3x1xf64> {dl.param = "a2"},
                      %b2: tensor<2x3x4xf64> {dl.param = "b2"},
                      %a3: tensor<2x1x4xf64> {dl.param = "a3"},
                      %b3: tensor<3x1xf64> {dl.param = "b3"},
                      %a4: tensor<f64> {dl.param = "a4"},
                      %b4: tensor<2x3xf64> {dl.param = "b4"},
                      %a5: tensor<2x3xf64> {dl.param = "a5"},
                      %b5: tensor<f64> {dl.param = "b5"})
    -> (tensor<2x3xf64> {dl.output = "r0"},
        tensor<2x3x4xf64> {dl.output = "r1"},
        tensor<2x3x4xf64> {dl.output = "r2"},
        tensor<2x3x4xf64> {dl.output = "r3"},
        tensor<2x3xf64> {dl.output = "r4"},
        tensor<2x3xf64> {dl.output = "r5"}) {
  %r0 = dl.sub %a0, %b0 : (tensor<2x3xf64>, tensor<2x3xf64>) -> tensor<2x3xf64>
  %r1 = dl.sub %a1, %b1 : (tensor<2x3x4xf64>, tensor<3x1xf64>) -> tensor<2x3x4xf64>
  %r2 = dl.sub %a2, %b2 : (tensor<3x1xf64>, tensor<2x3x4xf64>) -> tensor<2x3x4xf64>
  %r3 = dl.sub %a3, %b3 : (tensor<2x1x4xf64>, tensor<3x1xf64>) -> tensor<2x3x4xf64>
  %r4 = dl.sub %a4, %b4 : (tensor<f64>, tensor<2x3xf64>) -> tensor<2x3xf64>
  %r5 = dl.sub %a5, %b5 : (tensor<2x3xf64>, tensor<f64>) -> tensor<2x3xf64>
  return %r0, %r1, %r2, %r3, %r4, %r5 :
      tensor<2x3xf64>, tensor<2x3x4xf64>, tensor<2x3x4xf64>, tensor<2x3x4xf64>, tensor<2x3xf64>, tensor<2x3xf64>
}

// MUL-NOT: MISMATCH
// MUL: grad.a0: 6 elements, max |analytic - numeric| = {{.*}}: ok
// MUL-NEXT: grad.b0: 6 elements, max |analytic - numeric| = {{.*}}: ok
// MUL-NEXT: grad.a1: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MUL-NEXT: grad.b1: 3 elements, max |analytic - numeric| = {{.*}}: ok
// MUL-NEXT: grad.a2: 3 elements, max |analytic - numeric| = {{.*}}: ok
// MUL-NEXT: grad.b2: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MUL-NEXT: grad.a3: 8 elements, max |analytic - numeric| = {{.*}}: ok
// MUL-NEXT: grad.b3: 3 elements, max |analytic - numeric| = {{.*}}: ok
// MUL-NEXT: grad.a4: 1 elements, max |analytic - numeric| = {{.*}}: ok
// MUL-NEXT: grad.b4: 6 elements, max |analytic - numeric| = {{.*}}: ok
// MUL-NEXT: grad.a5: 6 elements, max |analytic - numeric| = {{.*}}: ok
// MUL-NEXT: grad.b5: 1 elements, max |analytic - numeric| = {{.*}}: ok
// MUL-NOT: MISMATCH
func.func @binary_mul(%a0: tensor<2x3xf64> {dl.param = "a0"},
                      %b0: tensor<2x3xf64> {dl.param = "b0"},
                      %a1: tensor<2x3x4xf64> {dl.param = "a1"},
                      %b1: tensor<3x1xf64> {dl.param = "b1"},
                      %a2: tensor<3x1xf64> {dl.param = "a2"},
                      %b2: tensor<2x3x4xf64> {dl.param = "b2"},
                      %a3: tensor<2x1x4xf64> {dl.param = "a3"},
                      %b3: tensor<3x1xf64> {dl.param = "b3"},
                      %a4: tensor<f64> {dl.param = "a4"},
                      %b4: tensor<2x3xf64> {dl.param = "b4"},
                      %a5: tensor<2x3xf64> {dl.param = "a5"},
                      %b5: tensor<f64> {dl.param = "b5"})
    -> (tensor<2x3xf64> {dl.output = "r0"},
        tensor<2x3x4xf64> {dl.output = "r1"},
        tensor<2x3x4xf64> {dl.output = "r2"},
        tensor<2x3x4xf64> {dl.output = "r3"},
        tensor<2x3xf64> {dl.output = "r4"},
        tensor<2x3xf64> {dl.output = "r5"}) {
  %r0 = dl.mul %a0, %b0 : (tensor<2x3xf64>, tensor<2x3xf64>) -> tensor<2x3xf64>
  %r1 = dl.mul %a1, %b1 : (tensor<2x3x4xf64>, tensor<3x1xf64>) -> tensor<2x3x4xf64>
  %r2 = dl.mul %a2, %b2 : (tensor<3x1xf64>, tensor<2x3x4xf64>) -> tensor<2x3x4xf64>
  %r3 = dl.mul %a3, %b3 : (tensor<2x1x4xf64>, tensor<3x1xf64>) -> tensor<2x3x4xf64>
  %r4 = dl.mul %a4, %b4 : (tensor<f64>, tensor<2x3xf64>) -> tensor<2x3xf64>
  %r5 = dl.mul %a5, %b5 : (tensor<2x3xf64>, tensor<f64>) -> tensor<2x3xf64>
  return %r0, %r1, %r2, %r3, %r4, %r5 :
      tensor<2x3xf64>, tensor<2x3x4xf64>, tensor<2x3x4xf64>, tensor<2x3x4xf64>, tensor<2x3xf64>, tensor<2x3xf64>
}

// DIV-NOT: MISMATCH
// DIV: grad.a0: 6 elements, max |analytic - numeric| = {{.*}}: ok
// DIV-NEXT: grad.b0: 6 elements, max |analytic - numeric| = {{.*}}: ok
// DIV-NEXT: grad.a1: 24 elements, max |analytic - numeric| = {{.*}}: ok
// DIV-NEXT: grad.b1: 3 elements, max |analytic - numeric| = {{.*}}: ok
// DIV-NEXT: grad.a2: 3 elements, max |analytic - numeric| = {{.*}}: ok
// DIV-NEXT: grad.b2: 24 elements, max |analytic - numeric| = {{.*}}: ok
// DIV-NEXT: grad.a3: 8 elements, max |analytic - numeric| = {{.*}}: ok
// DIV-NEXT: grad.b3: 3 elements, max |analytic - numeric| = {{.*}}: ok
// DIV-NEXT: grad.a4: 1 elements, max |analytic - numeric| = {{.*}}: ok
// DIV-NEXT: grad.b4: 6 elements, max |analytic - numeric| = {{.*}}: ok
// DIV-NEXT: grad.a5: 6 elements, max |analytic - numeric| = {{.*}}: ok
// DIV-NEXT: grad.b5: 1 elements, max |analytic - numeric| = {{.*}}: ok
// DIV-NOT: MISMATCH
func.func @binary_div(%a0: tensor<2x3xf64> {dl.param = "a0"},
                      %b0: tensor<2x3xf64> {dl.param = "b0"},
                      %a1: tensor<2x3x4xf64> {dl.param = "a1"},
                      %b1: tensor<3x1xf64> {dl.param = "b1"},
                      %a2: tensor<3x1xf64> {dl.param = "a2"},
                      %b2: tensor<2x3x4xf64> {dl.param = "b2"},
                      %a3: tensor<2x1x4xf64> {dl.param = "a3"},
                      %b3: tensor<3x1xf64> {dl.param = "b3"},
                      %a4: tensor<f64> {dl.param = "a4"},
                      %b4: tensor<2x3xf64> {dl.param = "b4"},
                      %a5: tensor<2x3xf64> {dl.param = "a5"},
                      %b5: tensor<f64> {dl.param = "b5"})
    -> (tensor<2x3xf64> {dl.output = "r0"},
        tensor<2x3x4xf64> {dl.output = "r1"},
        tensor<2x3x4xf64> {dl.output = "r2"},
        tensor<2x3x4xf64> {dl.output = "r3"},
        tensor<2x3xf64> {dl.output = "r4"},
        tensor<2x3xf64> {dl.output = "r5"}) {
  %d0 = dl.exp %b0 : tensor<2x3xf64>
  %r0 = dl.div %a0, %d0 : (tensor<2x3xf64>, tensor<2x3xf64>) -> tensor<2x3xf64>
  %d1 = dl.exp %b1 : tensor<3x1xf64>
  %r1 = dl.div %a1, %d1 : (tensor<2x3x4xf64>, tensor<3x1xf64>) -> tensor<2x3x4xf64>
  %d2 = dl.exp %b2 : tensor<2x3x4xf64>
  %r2 = dl.div %a2, %d2 : (tensor<3x1xf64>, tensor<2x3x4xf64>) -> tensor<2x3x4xf64>
  %d3 = dl.exp %b3 : tensor<3x1xf64>
  %r3 = dl.div %a3, %d3 : (tensor<2x1x4xf64>, tensor<3x1xf64>) -> tensor<2x3x4xf64>
  %d4 = dl.exp %b4 : tensor<2x3xf64>
  %r4 = dl.div %a4, %d4 : (tensor<f64>, tensor<2x3xf64>) -> tensor<2x3xf64>
  %d5 = dl.exp %b5 : tensor<f64>
  %r5 = dl.div %a5, %d5 : (tensor<2x3xf64>, tensor<f64>) -> tensor<2x3xf64>
  return %r0, %r1, %r2, %r3, %r4, %r5 :
      tensor<2x3xf64>, tensor<2x3x4xf64>, tensor<2x3x4xf64>, tensor<2x3x4xf64>, tensor<2x3xf64>, tensor<2x3xf64>
}

// MAX-NOT: MISMATCH
// MAX: grad.a0: 6 elements, max |analytic - numeric| = {{.*}}: ok
// MAX-NEXT: grad.b0: 6 elements, max |analytic - numeric| = {{.*}}: ok
// MAX-NEXT: grad.a1: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MAX-NEXT: grad.b1: 3 elements, max |analytic - numeric| = {{.*}}: ok
// MAX-NEXT: grad.a2: 3 elements, max |analytic - numeric| = {{.*}}: ok
// MAX-NEXT: grad.b2: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MAX-NEXT: grad.a3: 8 elements, max |analytic - numeric| = {{.*}}: ok
// MAX-NEXT: grad.b3: 3 elements, max |analytic - numeric| = {{.*}}: ok
// MAX-NEXT: grad.a4: 1 elements, max |analytic - numeric| = {{.*}}: ok
// MAX-NEXT: grad.b4: 6 elements, max |analytic - numeric| = {{.*}}: ok
// MAX-NEXT: grad.a5: 6 elements, max |analytic - numeric| = {{.*}}: ok
// MAX-NEXT: grad.b5: 1 elements, max |analytic - numeric| = {{.*}}: ok
// MAX-NOT: MISMATCH
func.func @binary_max(%a0: tensor<2x3xf64> {dl.param = "a0"},
                      %b0: tensor<2x3xf64> {dl.param = "b0"},
                      %a1: tensor<2x3x4xf64> {dl.param = "a1"},
                      %b1: tensor<3x1xf64> {dl.param = "b1"},
                      %a2: tensor<3x1xf64> {dl.param = "a2"},
                      %b2: tensor<2x3x4xf64> {dl.param = "b2"},
                      %a3: tensor<2x1x4xf64> {dl.param = "a3"},
                      %b3: tensor<3x1xf64> {dl.param = "b3"},
                      %a4: tensor<f64> {dl.param = "a4"},
                      %b4: tensor<2x3xf64> {dl.param = "b4"},
                      %a5: tensor<2x3xf64> {dl.param = "a5"},
                      %b5: tensor<f64> {dl.param = "b5"})
    -> (tensor<2x3xf64> {dl.output = "r0"},
        tensor<2x3x4xf64> {dl.output = "r1"},
        tensor<2x3x4xf64> {dl.output = "r2"},
        tensor<2x3x4xf64> {dl.output = "r3"},
        tensor<2x3xf64> {dl.output = "r4"},
        tensor<2x3xf64> {dl.output = "r5"}) {
  %r0 = dl.max %a0, %b0 : (tensor<2x3xf64>, tensor<2x3xf64>) -> tensor<2x3xf64>
  %r1 = dl.max %a1, %b1 : (tensor<2x3x4xf64>, tensor<3x1xf64>) -> tensor<2x3x4xf64>
  %r2 = dl.max %a2, %b2 : (tensor<3x1xf64>, tensor<2x3x4xf64>) -> tensor<2x3x4xf64>
  %r3 = dl.max %a3, %b3 : (tensor<2x1x4xf64>, tensor<3x1xf64>) -> tensor<2x3x4xf64>
  %r4 = dl.max %a4, %b4 : (tensor<f64>, tensor<2x3xf64>) -> tensor<2x3xf64>
  %r5 = dl.max %a5, %b5 : (tensor<2x3xf64>, tensor<f64>) -> tensor<2x3xf64>
  return %r0, %r1, %r2, %r3, %r4, %r5 :
      tensor<2x3xf64>, tensor<2x3x4xf64>, tensor<2x3x4xf64>, tensor<2x3x4xf64>, tensor<2x3xf64>, tensor<2x3xf64>
}

// MIN-NOT: MISMATCH
// MIN: grad.a0: 6 elements, max |analytic - numeric| = {{.*}}: ok
// MIN-NEXT: grad.b0: 6 elements, max |analytic - numeric| = {{.*}}: ok
// MIN-NEXT: grad.a1: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MIN-NEXT: grad.b1: 3 elements, max |analytic - numeric| = {{.*}}: ok
// MIN-NEXT: grad.a2: 3 elements, max |analytic - numeric| = {{.*}}: ok
// MIN-NEXT: grad.b2: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MIN-NEXT: grad.a3: 8 elements, max |analytic - numeric| = {{.*}}: ok
// MIN-NEXT: grad.b3: 3 elements, max |analytic - numeric| = {{.*}}: ok
// MIN-NEXT: grad.a4: 1 elements, max |analytic - numeric| = {{.*}}: ok
// MIN-NEXT: grad.b4: 6 elements, max |analytic - numeric| = {{.*}}: ok
// MIN-NEXT: grad.a5: 6 elements, max |analytic - numeric| = {{.*}}: ok
// MIN-NEXT: grad.b5: 1 elements, max |analytic - numeric| = {{.*}}: ok
// MIN-NOT: MISMATCH
func.func @binary_min(%a0: tensor<2x3xf64> {dl.param = "a0"},
                      %b0: tensor<2x3xf64> {dl.param = "b0"},
                      %a1: tensor<2x3x4xf64> {dl.param = "a1"},
                      %b1: tensor<3x1xf64> {dl.param = "b1"},
                      %a2: tensor<3x1xf64> {dl.param = "a2"},
                      %b2: tensor<2x3x4xf64> {dl.param = "b2"},
                      %a3: tensor<2x1x4xf64> {dl.param = "a3"},
                      %b3: tensor<3x1xf64> {dl.param = "b3"},
                      %a4: tensor<f64> {dl.param = "a4"},
                      %b4: tensor<2x3xf64> {dl.param = "b4"},
                      %a5: tensor<2x3xf64> {dl.param = "a5"},
                      %b5: tensor<f64> {dl.param = "b5"})
    -> (tensor<2x3xf64> {dl.output = "r0"},
        tensor<2x3x4xf64> {dl.output = "r1"},
        tensor<2x3x4xf64> {dl.output = "r2"},
        tensor<2x3x4xf64> {dl.output = "r3"},
        tensor<2x3xf64> {dl.output = "r4"},
        tensor<2x3xf64> {dl.output = "r5"}) {
  %r0 = dl.min %a0, %b0 : (tensor<2x3xf64>, tensor<2x3xf64>) -> tensor<2x3xf64>
  %r1 = dl.min %a1, %b1 : (tensor<2x3x4xf64>, tensor<3x1xf64>) -> tensor<2x3x4xf64>
  %r2 = dl.min %a2, %b2 : (tensor<3x1xf64>, tensor<2x3x4xf64>) -> tensor<2x3x4xf64>
  %r3 = dl.min %a3, %b3 : (tensor<2x1x4xf64>, tensor<3x1xf64>) -> tensor<2x3x4xf64>
  %r4 = dl.min %a4, %b4 : (tensor<f64>, tensor<2x3xf64>) -> tensor<2x3xf64>
  %r5 = dl.min %a5, %b5 : (tensor<2x3xf64>, tensor<f64>) -> tensor<2x3xf64>
  return %r0, %r1, %r2, %r3, %r4, %r5 :
      tensor<2x3xf64>, tensor<2x3x4xf64>, tensor<2x3x4xf64>, tensor<2x3x4xf64>, tensor<2x3xf64>, tensor<2x3xf64>
}

// POW-NOT: MISMATCH
// POW: grad.a0: 6 elements, max |analytic - numeric| = {{.*}}: ok
// POW-NEXT: grad.b0: 6 elements, max |analytic - numeric| = {{.*}}: ok
// POW-NEXT: grad.a1: 24 elements, max |analytic - numeric| = {{.*}}: ok
// POW-NEXT: grad.b1: 3 elements, max |analytic - numeric| = {{.*}}: ok
// POW-NEXT: grad.a2: 3 elements, max |analytic - numeric| = {{.*}}: ok
// POW-NEXT: grad.b2: 24 elements, max |analytic - numeric| = {{.*}}: ok
// POW-NEXT: grad.a3: 8 elements, max |analytic - numeric| = {{.*}}: ok
// POW-NEXT: grad.b3: 3 elements, max |analytic - numeric| = {{.*}}: ok
// POW-NEXT: grad.a4: 1 elements, max |analytic - numeric| = {{.*}}: ok
// POW-NEXT: grad.b4: 6 elements, max |analytic - numeric| = {{.*}}: ok
// POW-NEXT: grad.a5: 6 elements, max |analytic - numeric| = {{.*}}: ok
// POW-NEXT: grad.b5: 1 elements, max |analytic - numeric| = {{.*}}: ok
// POW-NOT: MISMATCH
func.func @binary_pow(%a0: tensor<2x3xf64> {dl.param = "a0"},
                      %b0: tensor<2x3xf64> {dl.param = "b0"},
                      %a1: tensor<2x3x4xf64> {dl.param = "a1"},
                      %b1: tensor<3x1xf64> {dl.param = "b1"},
                      %a2: tensor<3x1xf64> {dl.param = "a2"},
                      %b2: tensor<2x3x4xf64> {dl.param = "b2"},
                      %a3: tensor<2x1x4xf64> {dl.param = "a3"},
                      %b3: tensor<3x1xf64> {dl.param = "b3"},
                      %a4: tensor<f64> {dl.param = "a4"},
                      %b4: tensor<2x3xf64> {dl.param = "b4"},
                      %a5: tensor<2x3xf64> {dl.param = "a5"},
                      %b5: tensor<f64> {dl.param = "b5"})
    -> (tensor<2x3xf64> {dl.output = "r0"},
        tensor<2x3x4xf64> {dl.output = "r1"},
        tensor<2x3x4xf64> {dl.output = "r2"},
        tensor<2x3x4xf64> {dl.output = "r3"},
        tensor<2x3xf64> {dl.output = "r4"},
        tensor<2x3xf64> {dl.output = "r5"}) {
  %e0 = dl.exp %a0 : tensor<2x3xf64>
  %r0 = dl.pow %e0, %b0 : (tensor<2x3xf64>, tensor<2x3xf64>) -> tensor<2x3xf64>
  %e1 = dl.exp %a1 : tensor<2x3x4xf64>
  %r1 = dl.pow %e1, %b1 : (tensor<2x3x4xf64>, tensor<3x1xf64>) -> tensor<2x3x4xf64>
  %e2 = dl.exp %a2 : tensor<3x1xf64>
  %r2 = dl.pow %e2, %b2 : (tensor<3x1xf64>, tensor<2x3x4xf64>) -> tensor<2x3x4xf64>
  %e3 = dl.exp %a3 : tensor<2x1x4xf64>
  %r3 = dl.pow %e3, %b3 : (tensor<2x1x4xf64>, tensor<3x1xf64>) -> tensor<2x3x4xf64>
  %e4 = dl.exp %a4 : tensor<f64>
  %r4 = dl.pow %e4, %b4 : (tensor<f64>, tensor<2x3xf64>) -> tensor<2x3xf64>
  %e5 = dl.exp %a5 : tensor<2x3xf64>
  %r5 = dl.pow %e5, %b5 : (tensor<2x3xf64>, tensor<f64>) -> tensor<2x3xf64>
  return %r0, %r1, %r2, %r3, %r4, %r5 :
      tensor<2x3xf64>, tensor<2x3x4xf64>, tensor<2x3x4xf64>, tensor<2x3x4xf64>, tensor<2x3xf64>, tensor<2x3xf64>
}

// POWNEG-NOT: MISMATCH
// POWNEG: grad.x: 6 elements, max |analytic - numeric| = {{.*}}: ok
// POWNEG-NOT: MISMATCH
func.func @binary_pow_negative_base(%x: tensor<2x3xf64> {dl.param = "x"})
    -> (tensor<2x3xf64> {dl.output = "square"}, tensor<2x3xf64> {dl.output = "cube"}) {
  %two = dl.constant dense<2.0> : tensor<f64>
  %three = dl.constant dense<[3.0, 3.0, 3.0]> : tensor<3xf64>
  %sq = dl.pow %x, %two : (tensor<2x3xf64>, tensor<f64>) -> tensor<2x3xf64>
  %cube = dl.pow %x, %three : (tensor<2x3xf64>, tensor<3xf64>) -> tensor<2x3xf64>
  return %sq, %cube : tensor<2x3xf64>, tensor<2x3xf64>
}
