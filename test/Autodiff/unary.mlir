// RUN: dl-opt %s --split-input-file --dl-autodiff=seed=1 --canonicalize --cse | FileCheck %s
// The gradient IR of each rule after canonicalize and cse, exactly: what a
// rule builds for the cotangent seed.<result> of a non-scalar result.
// CHECK-LABEL: func.func @tanh_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<4xf32> {dl.param = "x"}, %[[ARG1:.+]]: tensor<4xf32> {dl.input = "seed.y"}) -> (tensor<4xf32> {dl.output = "y"}, tensor<4xf32> {dl.output = "grad.x"})
// CHECK-NEXT: %[[V0:.+]] = dl.constant dense<1.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V1:.+]] = dl.tanh %[[ARG0]] : tensor<4xf32>
// CHECK-NEXT: %[[V2:.+]] = dl.mul %[[V1]], %[[V1]] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: %[[V3:.+]] = dl.sub %[[V0]], %[[V2]] : (tensor<f32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: %[[V4:.+]] = dl.mul %[[ARG1]], %[[V3]] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: return %[[V1]], %[[V4]] : tensor<4xf32>, tensor<4xf32>
// CHECK-NEXT: }
// tanh: g * (1 - y*y), from the result.
func.func @tanh(%x: tensor<4xf32> {dl.param = "x"}) -> (tensor<4xf32> {dl.output = "y"}) {
  %0 = dl.tanh %x : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @sigmoid_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<4xf32> {dl.param = "x"}, %[[ARG1:.+]]: tensor<4xf32> {dl.input = "seed.y"}) -> (tensor<4xf32> {dl.output = "y"}, tensor<4xf32> {dl.output = "grad.x"})
// CHECK-NEXT: %[[V0:.+]] = dl.constant dense<1.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V1:.+]] = dl.sigmoid %[[ARG0]] : tensor<4xf32>
// CHECK-NEXT: %[[V2:.+]] = dl.sub %[[V0]], %[[V1]] : (tensor<f32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: %[[V3:.+]] = dl.mul %[[V1]], %[[V2]] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: %[[V4:.+]] = dl.mul %[[ARG1]], %[[V3]] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: return %[[V1]], %[[V4]] : tensor<4xf32>, tensor<4xf32>
// CHECK-NEXT: }
// sigmoid: g * y * (1 - y).
func.func @sigmoid(%x: tensor<4xf32> {dl.param = "x"}) -> (tensor<4xf32> {dl.output = "y"}) {
  %0 = dl.sigmoid %x : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @log_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<4xf32> {dl.param = "x"}, %[[ARG1:.+]]: tensor<4xf32> {dl.input = "seed.y"}) -> (tensor<4xf32> {dl.output = "y"}, tensor<4xf32> {dl.output = "grad.x"})
// CHECK-NEXT: %[[V0:.+]] = dl.log %[[ARG0]] : tensor<4xf32>
// CHECK-NEXT: %[[V1:.+]] = dl.div %[[ARG1]], %[[ARG0]] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: return %[[V0]], %[[V1]] : tensor<4xf32>, tensor<4xf32>
// CHECK-NEXT: }
// log: g / x.
func.func @log(%x: tensor<4xf32> {dl.param = "x"}) -> (tensor<4xf32> {dl.output = "y"}) {
  %0 = dl.log %x : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @sqrt_rsqrt_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<4xf32> {dl.param = "x"}, %[[ARG1:.+]]: tensor<4xf32> {dl.input = "seed.y"}) -> (tensor<4xf32> {dl.output = "y"}, tensor<4xf32> {dl.output = "grad.x"})
// CHECK-NEXT: %[[V0:.+]] = dl.constant dense<5.000000e-01> : tensor<f32>
// CHECK-NEXT: %[[V1:.+]] = dl.constant dense<-5.000000e-01> : tensor<f32>
// CHECK-NEXT: %[[V2:.+]] = dl.sqrt %[[ARG0]] : tensor<4xf32>
// CHECK-NEXT: %[[V3:.+]] = dl.rsqrt %[[V2]] : tensor<4xf32>
// CHECK-NEXT: %[[V4:.+]] = dl.mul %[[V3]], %[[V1]] : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
// CHECK-NEXT: %[[V5:.+]] = dl.mul %[[ARG1]], %[[V4]] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: %[[V6:.+]] = dl.div %[[V5]], %[[V2]] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: %[[V7:.+]] = dl.mul %[[V6]], %[[V0]] : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
// CHECK-NEXT: %[[V8:.+]] = dl.div %[[V7]], %[[V2]] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: return %[[V3]], %[[V8]] : tensor<4xf32>, tensor<4xf32>
// CHECK-NEXT: }
// sqrt: g * 0.5 / y. rsqrt: g * (y * -0.5) / x.
func.func @sqrt_rsqrt(%x: tensor<4xf32> {dl.param = "x"}) -> (tensor<4xf32> {dl.output = "y"}) {
  %0 = dl.sqrt %x : tensor<4xf32>
  %1 = dl.rsqrt %0 : tensor<4xf32>
  return %1 : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @abs_neg_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<4xf32> {dl.param = "x"}, %[[ARG1:.+]]: tensor<4xf32> {dl.input = "seed.y"}) -> (tensor<4xf32> {dl.output = "y"}, tensor<4xf32> {dl.output = "grad.x"})
// CHECK-NEXT: %[[V0:.+]] = dl.constant dense<0.000000e+00> : tensor<4xf32>
// CHECK-NEXT: %[[V1:.+]] = dl.constant dense<0.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V2:.+]] = dl.abs %[[ARG0]] : tensor<4xf32>
// CHECK-NEXT: %[[V3:.+]] = dl.neg %[[V2]] : tensor<4xf32>
// CHECK-NEXT: %[[V4:.+]] = dl.neg %[[ARG1]] : tensor<4xf32>
// CHECK-NEXT: %[[V5:.+]] = dl.compare lt, %[[ARG0]], %[[V1]] : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
// CHECK-NEXT: %[[V6:.+]] = dl.select %[[V5]], %[[ARG1]], %[[V0]] : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: %[[V7:.+]] = dl.compare gt, %[[ARG0]], %[[V1]] : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
// CHECK-NEXT: %[[V8:.+]] = dl.select %[[V7]], %[[V4]], %[[V6]] : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: return %[[V3]], %[[V8]] : tensor<4xf32>, tensor<4xf32>
// CHECK-NEXT: }
// abs: the sign of x, 0 at 0; neg: -g.
func.func @abs_neg(%x: tensor<4xf32> {dl.param = "x"}) -> (tensor<4xf32> {dl.output = "y"}) {
  %0 = dl.abs %x : tensor<4xf32>
  %1 = dl.neg %0 : tensor<4xf32>
  return %1 : tensor<4xf32>
}
