// Finite-difference checks (f64) of the gradient rules of sum, mean and
// reduce_max over a 2x3x4 tensor, along no axis, one axis, two axes and every
// axis, with and without keep_dims. Each configuration has its own parameter,
// named after it, and its own result; the results are tensors (and one
// rank-0 tensor), so dlc adds random seed.<result> cotangents. reduce_max
// reduces independent random values, which are distinct, so that the maximum
// is unique and differentiable. The *_scalar entries reduce to a single
// scalar, which is differentiated directly (seed 1).
//
// RUN: dlc run %s --entry reduce_sum_axes --check-grad --random-inputs 7 | FileCheck %s --check-prefix=SUM
// RUN: dlc run %s --entry reduce_mean_axes --check-grad --random-inputs 7 | FileCheck %s --check-prefix=MEAN
// RUN: dlc run %s --entry reduce_max_axes --check-grad --random-inputs 7 | FileCheck %s --check-prefix=MAX
// RUN: dlc run %s --entry mean_scalar --check-grad --random-inputs 7 | FileCheck %s --check-prefix=MEANSCALAR
// RUN: dlc run %s --entry reduce_max_scalar --check-grad --random-inputs 7 | FileCheck %s --check-prefix=MAXSCALAR

// SUM-NOT: MISMATCH
// SUM: grad.none: 24 elements, max |analytic - numeric| = {{.*}}: ok
// SUM-NEXT: grad.axis0: 24 elements, max |analytic - numeric| = {{.*}}: ok
// SUM-NEXT: grad.axis1.keep: 24 elements, max |analytic - numeric| = {{.*}}: ok
// SUM-NEXT: grad.axis2: 24 elements, max |analytic - numeric| = {{.*}}: ok
// SUM-NEXT: grad.axes02: 24 elements, max |analytic - numeric| = {{.*}}: ok
// SUM-NEXT: grad.axes02.keep: 24 elements, max |analytic - numeric| = {{.*}}: ok
// SUM-NEXT: grad.axes12.keep: 24 elements, max |analytic - numeric| = {{.*}}: ok
// SUM-NEXT: grad.all: 24 elements, max |analytic - numeric| = {{.*}}: ok
// SUM-NEXT: grad.all.keep: 24 elements, max |analytic - numeric| = {{.*}}: ok
// SUM-NOT: MISMATCH
func.func @reduce_sum_axes(%x0: tensor<2x3x4xf64> {dl.param = "none"},
                           %x1: tensor<2x3x4xf64> {dl.param = "axis0"},
                           %x2: tensor<2x3x4xf64> {dl.param = "axis1.keep"},
                           %x3: tensor<2x3x4xf64> {dl.param = "axis2"},
                           %x4: tensor<2x3x4xf64> {dl.param = "axes02"},
                           %x5: tensor<2x3x4xf64> {dl.param = "axes02.keep"},
                           %x6: tensor<2x3x4xf64> {dl.param = "axes12.keep"},
                           %x7: tensor<2x3x4xf64> {dl.param = "all"},
                           %x8: tensor<2x3x4xf64> {dl.param = "all.keep"})
    -> (tensor<2x3x4xf64> {dl.output = "none"},
        tensor<3x4xf64> {dl.output = "axis0"},
        tensor<2x1x4xf64> {dl.output = "axis1.keep"},
        tensor<2x3xf64> {dl.output = "axis2"},
        tensor<3xf64> {dl.output = "axes02"},
        tensor<1x3x1xf64> {dl.output = "axes02.keep"},
        tensor<2x1x1xf64> {dl.output = "axes12.keep"},
        tensor<f64> {dl.output = "all"},
        tensor<1x1x1xf64> {dl.output = "all.keep"}) {
  %r0 = dl.sum %x0 axes = [] : (tensor<2x3x4xf64>) -> tensor<2x3x4xf64>
  %r1 = dl.sum %x1 axes = [0] : (tensor<2x3x4xf64>) -> tensor<3x4xf64>
  %r2 = dl.sum %x2 axes = [1] keep_dims : (tensor<2x3x4xf64>) -> tensor<2x1x4xf64>
  %r3 = dl.sum %x3 axes = [2] : (tensor<2x3x4xf64>) -> tensor<2x3xf64>
  %r4 = dl.sum %x4 axes = [0, 2] : (tensor<2x3x4xf64>) -> tensor<3xf64>
  %r5 = dl.sum %x5 axes = [0, 2] keep_dims : (tensor<2x3x4xf64>) -> tensor<1x3x1xf64>
  %r6 = dl.sum %x6 axes = [1, 2] keep_dims : (tensor<2x3x4xf64>) -> tensor<2x1x1xf64>
  %r7 = dl.sum %x7 axes = [0, 1, 2] : (tensor<2x3x4xf64>) -> tensor<f64>
  %r8 = dl.sum %x8 axes = [0, 1, 2] keep_dims : (tensor<2x3x4xf64>) -> tensor<1x1x1xf64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8 :
      tensor<2x3x4xf64>, tensor<3x4xf64>, tensor<2x1x4xf64>, tensor<2x3xf64>, tensor<3xf64>, tensor<1x3x1xf64>, tensor<2x1x1xf64>, tensor<f64>, tensor<1x1x1xf64>
}

// MEAN-NOT: MISMATCH
// MEAN: grad.none: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MEAN-NEXT: grad.axis0: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MEAN-NEXT: grad.axis1.keep: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MEAN-NEXT: grad.axis2: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MEAN-NEXT: grad.axes02: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MEAN-NEXT: grad.axes02.keep: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MEAN-NEXT: grad.axes12.keep: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MEAN-NEXT: grad.all: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MEAN-NEXT: grad.all.keep: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MEAN-NOT: MISMATCH
func.func @reduce_mean_axes(%x0: tensor<2x3x4xf64> {dl.param = "none"},
                            %x1: tensor<2x3x4xf64> {dl.param = "axis0"},
                            %x2: tensor<2x3x4xf64> {dl.param = "axis1.keep"},
                            %x3: tensor<2x3x4xf64> {dl.param = "axis2"},
                            %x4: tensor<2x3x4xf64> {dl.param = "axes02"},
                            %x5: tensor<2x3x4xf64> {dl.param = "axes02.keep"},
                            %x6: tensor<2x3x4xf64> {dl.param = "axes12.keep"},
                            %x7: tensor<2x3x4xf64> {dl.param = "all"},
                            %x8: tensor<2x3x4xf64> {dl.param = "all.keep"})
    -> (tensor<2x3x4xf64> {dl.output = "none"},
        tensor<3x4xf64> {dl.output = "axis0"},
        tensor<2x1x4xf64> {dl.output = "axis1.keep"},
        tensor<2x3xf64> {dl.output = "axis2"},
        tensor<3xf64> {dl.output = "axes02"},
        tensor<1x3x1xf64> {dl.output = "axes02.keep"},
        tensor<2x1x1xf64> {dl.output = "axes12.keep"},
        tensor<f64> {dl.output = "all"},
        tensor<1x1x1xf64> {dl.output = "all.keep"}) {
  %r0 = dl.mean %x0 axes = [] : (tensor<2x3x4xf64>) -> tensor<2x3x4xf64>
  %r1 = dl.mean %x1 axes = [0] : (tensor<2x3x4xf64>) -> tensor<3x4xf64>
  %r2 = dl.mean %x2 axes = [1] keep_dims : (tensor<2x3x4xf64>) -> tensor<2x1x4xf64>
  %r3 = dl.mean %x3 axes = [2] : (tensor<2x3x4xf64>) -> tensor<2x3xf64>
  %r4 = dl.mean %x4 axes = [0, 2] : (tensor<2x3x4xf64>) -> tensor<3xf64>
  %r5 = dl.mean %x5 axes = [0, 2] keep_dims : (tensor<2x3x4xf64>) -> tensor<1x3x1xf64>
  %r6 = dl.mean %x6 axes = [1, 2] keep_dims : (tensor<2x3x4xf64>) -> tensor<2x1x1xf64>
  %r7 = dl.mean %x7 axes = [0, 1, 2] : (tensor<2x3x4xf64>) -> tensor<f64>
  %r8 = dl.mean %x8 axes = [0, 1, 2] keep_dims : (tensor<2x3x4xf64>) -> tensor<1x1x1xf64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8 :
      tensor<2x3x4xf64>, tensor<3x4xf64>, tensor<2x1x4xf64>, tensor<2x3xf64>, tensor<3xf64>, tensor<1x3x1xf64>, tensor<2x1x1xf64>, tensor<f64>, tensor<1x1x1xf64>
}

// MAX-NOT: MISMATCH
// MAX: grad.none: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MAX-NEXT: grad.axis0: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MAX-NEXT: grad.axis1.keep: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MAX-NEXT: grad.axis2: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MAX-NEXT: grad.axes02: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MAX-NEXT: grad.axes02.keep: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MAX-NEXT: grad.axes12.keep: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MAX-NEXT: grad.all: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MAX-NEXT: grad.all.keep: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MAX-NOT: MISMATCH
func.func @reduce_max_axes(%x0: tensor<2x3x4xf64> {dl.param = "none"},
                           %x1: tensor<2x3x4xf64> {dl.param = "axis0"},
                           %x2: tensor<2x3x4xf64> {dl.param = "axis1.keep"},
                           %x3: tensor<2x3x4xf64> {dl.param = "axis2"},
                           %x4: tensor<2x3x4xf64> {dl.param = "axes02"},
                           %x5: tensor<2x3x4xf64> {dl.param = "axes02.keep"},
                           %x6: tensor<2x3x4xf64> {dl.param = "axes12.keep"},
                           %x7: tensor<2x3x4xf64> {dl.param = "all"},
                           %x8: tensor<2x3x4xf64> {dl.param = "all.keep"})
    -> (tensor<2x3x4xf64> {dl.output = "none"},
        tensor<3x4xf64> {dl.output = "axis0"},
        tensor<2x1x4xf64> {dl.output = "axis1.keep"},
        tensor<2x3xf64> {dl.output = "axis2"},
        tensor<3xf64> {dl.output = "axes02"},
        tensor<1x3x1xf64> {dl.output = "axes02.keep"},
        tensor<2x1x1xf64> {dl.output = "axes12.keep"},
        tensor<f64> {dl.output = "all"},
        tensor<1x1x1xf64> {dl.output = "all.keep"}) {
  %r0 = dl.reduce_max %x0 axes = [] : (tensor<2x3x4xf64>) -> tensor<2x3x4xf64>
  %r1 = dl.reduce_max %x1 axes = [0] : (tensor<2x3x4xf64>) -> tensor<3x4xf64>
  %r2 = dl.reduce_max %x2 axes = [1] keep_dims : (tensor<2x3x4xf64>) -> tensor<2x1x4xf64>
  %r3 = dl.reduce_max %x3 axes = [2] : (tensor<2x3x4xf64>) -> tensor<2x3xf64>
  %r4 = dl.reduce_max %x4 axes = [0, 2] : (tensor<2x3x4xf64>) -> tensor<3xf64>
  %r5 = dl.reduce_max %x5 axes = [0, 2] keep_dims : (tensor<2x3x4xf64>) -> tensor<1x3x1xf64>
  %r6 = dl.reduce_max %x6 axes = [1, 2] keep_dims : (tensor<2x3x4xf64>) -> tensor<2x1x1xf64>
  %r7 = dl.reduce_max %x7 axes = [0, 1, 2] : (tensor<2x3x4xf64>) -> tensor<f64>
  %r8 = dl.reduce_max %x8 axes = [0, 1, 2] keep_dims : (tensor<2x3x4xf64>) -> tensor<1x1x1xf64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8 :
      tensor<2x3x4xf64>, tensor<3x4xf64>, tensor<2x1x4xf64>, tensor<2x3xf64>, tensor<3xf64>, tensor<1x3x1xf64>, tensor<2x1x1xf64>, tensor<f64>, tensor<1x1x1xf64>
}

// mean(x * x) over every axis: the scalar path of the mean rule.
// MEANSCALAR-NOT: MISMATCH
// MEANSCALAR: grad.x: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MEANSCALAR-NOT: MISMATCH
func.func @mean_scalar(%x: tensor<2x3x4xf64> {dl.param = "x"}) -> (tensor<f64> {dl.output = "loss"}) {
  %sq = dl.mul %x, %x : (tensor<2x3x4xf64>, tensor<2x3x4xf64>) -> tensor<2x3x4xf64>
  %m = dl.mean %sq axes = [0, 1, 2] : (tensor<2x3x4xf64>) -> tensor<f64>
  return %m : tensor<f64>
}

// sum over rows of the row maxima, as keep_dims then all axes: only the
// maximum of each row gets a cotangent.
// MAXSCALAR-NOT: MISMATCH
// MAXSCALAR: grad.x: 24 elements, max |analytic - numeric| = {{.*}}: ok
// MAXSCALAR-NOT: MISMATCH
func.func @reduce_max_scalar(%x: tensor<2x3x4xf64> {dl.param = "x"}) -> (tensor<f64> {dl.output = "loss"}) {
  %m = dl.reduce_max %x axes = [2] keep_dims : (tensor<2x3x4xf64>) -> tensor<2x3x1xf64>
  %e = dl.exp %m : tensor<2x3x1xf64>
  %s = dl.sum %e axes = [0, 1, 2] : (tensor<2x3x1xf64>) -> tensor<f64>
  return %s : tensor<f64>
}
